package org.zjcs.firm.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmRegistration;
import org.zjcs.firm.application.RegistrationForm;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.RegionPicker;
import org.zjcs.shared.web.UploadSlot;

/** Backing bean of register/firm.xhtml: the public registration form of a firm. */
@Named
@ViewScoped
public class RegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FirmRegistration firmRegistration;

    @Inject
    CatalogService catalog;

    @Inject
    LocaleBean locale;

    @Inject
    HeldFiles held;

    private String name;
    private String creditCode;
    private String legalRepresentative;
    private String contactName;
    private String contactPhone;
    private String address;
    private final RegionPicker region = new RegionPicker();
    private List<Long> serviceItemIds;
    private String username;
    private String password;
    private boolean commitmentConfirmed;
    private transient UploadedFile licence;
    private transient UploadedFile legalRepId;
    private transient UploadedFile registrationForm;
    private UploadSlot licenceSlot;
    private UploadSlot legalRepIdSlot;
    private UploadSlot registrationFormSlot;
    /** The password typed at an earlier submit of this form, kept server-side and never shown again. */
    private String heldPassword;
    private final QualificationInput qualification = new QualificationInput();
    private boolean done;

    /**
     * Submits the registration. The files chosen are held first (checked as stored files are), so that whatever the
     * outcome they stay attached to the form; a refused file is named with its input. The password is kept the same way.
     */
    public void submit() {
        if (password != null && !password.isEmpty()) {
            heldPassword = password;
        }
        password = null;
        List<String> refused = new ArrayList<>();
        licenceSlot = hold(licence, licenceSlot, "firm.material.BUSINESS_LICENCE", refused);
        legalRepIdSlot = hold(legalRepId, legalRepIdSlot, "firm.material.LEGAL_REP_ID", refused);
        registrationFormSlot = hold(registrationForm, registrationFormSlot, "firm.material.REGISTRATION_FORM", refused);
        try {
            qualification.holdScan(held);
        } catch (DomainException e) {
            refusedFile("register.scan", e, refused);
        }
        boolean filesOk = refused.isEmpty();
        licence = null;
        legalRepId = null;
        registrationForm = null;
        if (!filesOk) {
            return;
        }
        try {
            Map<MaterialKind, RegistrationForm.Upload> materials = new EnumMap<>(MaterialKind.class);
            Uploads.put(materials, MaterialKind.BUSINESS_LICENCE, held, licenceSlot);
            Uploads.put(materials, MaterialKind.LEGAL_REP_ID, held, legalRepIdSlot);
            Uploads.put(materials, MaterialKind.REGISTRATION_FORM, held, registrationFormSlot);
            RegistrationForm form = new RegistrationForm(name, creditCode,
                    new Firm.Contacts(nz(legalRepresentative), nz(contactName), nz(contactPhone), nz(address), region.getDistrict()),
                    serviceItemIds == null ? java.util.Set.of() : new LinkedHashSet<>(serviceItemIds), username, heldPassword,
                    commitmentConfirmed, locale.getLanguageTag(), getCommitmentText(), materials, qualification.toForm(held));
            try {
                firmRegistration.register(form);
            } finally {
                close(materials.values());
                if (form.qualification() != null) {
                    close(java.util.Collections.singleton(form.qualification().scan()));
                }
            }
            done = true;
            heldPassword = null;
            held.release(licenceSlot, legalRepIdSlot, registrationFormSlot);
            qualification.release(held);
            licenceSlot = null;
            legalRepIdSlot = null;
            registrationFormSlot = null;
        } catch (DomainException e) {
            String key = e.messageKey();
            if ("firm.error.materialMissing".equals(key)) {
                Messages.error(key, Messages.text("firm.material." + e.args()[0]));
            } else {
                Messages.error(key, e.args());
            }
        }
    }

    /** A file input's slot after this submit; a refused new file is reported with the input's name. */
    private UploadSlot hold(UploadedFile chosen, UploadSlot slot, String labelKey, List<String> refused) {
        try {
            return held.take(chosen, slot);
        } catch (DomainException e) {
            refusedFile(labelKey, e, refused);
            return slot;
        }
    }

    private static void refusedFile(String labelKey, DomainException e, List<String> refused) {
        refused.add(labelKey);
        Messages.error("upload.error.inField", new DomainException.Label(labelKey), Messages.text(e.messageKey(), e.args()));
    }

    private static void close(Collection<RegistrationForm.Upload> uploads) {
        for (RegistrationForm.Upload u : uploads) {
            if (u != null && u.content() != null) {
                try {
                    u.content().close();
                } catch (IOException e) {
                    // read already
                }
            }
        }
    }

    /** "Remove" beside a held file (immediate: what else was typed stays as typed). */
    public void removeFile(String which) {
        switch (which) {
            case "licence" -> licenceSlot = null;
            case "legalRepId" -> legalRepIdSlot = null;
            case "registrationForm" -> registrationFormSlot = null;
            case "scan" -> qualification.removeScan();
            default -> throw new IllegalArgumentException(which);
        }
    }

    /** Whether a password from an earlier submit is kept (the page says so instead of asking again). */
    public boolean isPasswordHeld() {
        return heldPassword != null;
    }

    public UploadSlot getLicenceSlot() {
        return licenceSlot;
    }

    public UploadSlot getLegalRepIdSlot() {
        return legalRepIdSlot;
    }

    public UploadSlot getRegistrationFormSlot() {
        return registrationFormSlot;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }



    /** The commitment letter, in the reader's language: the text the firm confirms and whose hash is kept. */
    public String getCommitmentText() {
        return Messages.text(locale.getLocale(), "firm.commitment.text");
    }

    public List<ServiceItem> getServiceItems() {
        return catalog.itemsInForce();
    }

    public Collection<QualificationType> getQualificationTypes() {
        return catalog.qualificationTypes().values();
    }

    public List<String> getLevels() {
        return qualification.levels(catalog.qualificationTypes());
    }

    public QualificationInput getQualification() {
        return qualification;
    }

    public RegionPicker getRegion() {
        return region;
    }

    public boolean isDone() {
        return done;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<Long> getServiceItemIds() {
        return serviceItemIds;
    }

    public void setServiceItemIds(List<Long> serviceItemIds) {
        this.serviceItemIds = serviceItemIds;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isCommitmentConfirmed() {
        return commitmentConfirmed;
    }

    public void setCommitmentConfirmed(boolean commitmentConfirmed) {
        this.commitmentConfirmed = commitmentConfirmed;
    }

    public UploadedFile getLicence() {
        return licence;
    }

    public void setLicence(UploadedFile licence) {
        this.licence = licence;
    }

    public UploadedFile getLegalRepId() {
        return legalRepId;
    }

    public void setLegalRepId(UploadedFile legalRepId) {
        this.legalRepId = legalRepId;
    }

    public UploadedFile getRegistrationForm() {
        return registrationForm;
    }

    public void setRegistrationForm(UploadedFile registrationForm) {
        this.registrationForm = registrationForm;
    }
}
