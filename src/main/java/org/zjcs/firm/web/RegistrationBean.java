package org.zjcs.firm.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.application.RegistrationForm;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.RegionPicker;

/** Backing bean of register/firm.xhtml: the public registration form of a firm. */
@Named
@ViewScoped
public class RegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FirmService firmService;

    @Inject
    transient CatalogService catalog;

    @Inject
    LocaleBean locale;

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
    private final QualificationInput qualification = new QualificationInput();
    private boolean done;

    public void submit() {
        try {
            Map<MaterialKind, RegistrationForm.Upload> materials = new EnumMap<>(MaterialKind.class);
            Uploads.put(materials, MaterialKind.BUSINESS_LICENCE, licence);
            Uploads.put(materials, MaterialKind.LEGAL_REP_ID, legalRepId);
            Uploads.put(materials, MaterialKind.REGISTRATION_FORM, registrationForm);
            RegistrationForm form = new RegistrationForm(name, creditCode,
                    new Firm.Contacts(nz(legalRepresentative), nz(contactName), nz(contactPhone), nz(address), region.getDistrict()),
                    serviceItemIds == null ? java.util.Set.of() : new LinkedHashSet<>(serviceItemIds), username, password,
                    commitmentConfirmed, locale.getLanguageTag(), getCommitmentText(), materials, qualification.toForm());
            firmService.register(form);
            done = true;
            password = null;
        } catch (DomainException e) {
            String key = e.messageKey();
            if ("firm.error.materialMissing".equals(key)) {
                Messages.error(key, Messages.text("firm.material." + e.args()[0]));
            } else {
                Messages.error(key, e.args());
            }
        } catch (IOException e) {
            Messages.error("upload.error.io");
        }
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
