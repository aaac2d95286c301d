package org.zjcs.firm.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.firm.application.FirmRegistration;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.application.RegistrationForm;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.security.domain.ReviewStep;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.region.RegionService;

/** Backing bean of the firm's workspace: its registration's state and history, and correcting a returned one. */
@Named
@ViewScoped
public class FirmWorkspaceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FirmService firmService;

    @Inject
    FirmRegistration firmRegistration;

    @Inject
    RegionService regions;

    /** Read again after the view was restored without it (on another node, from the session store). */
    private transient Firm firm;
    private transient boolean loaded;
    private String legalRepresentative;
    private String contactName;
    private String contactPhone;
    private String address;
    private transient UploadedFile licence;
    private transient UploadedFile legalRepId;
    private transient UploadedFile registrationForm;

    @PostConstruct
    void load() {
        firm = firmService.myFirmIfAny();
        loaded = true;
        if (firm != null) {
            legalRepresentative = firm.getLegalRepresentative();
            contactName = firm.getContactName();
            contactPhone = firm.getContactPhone();
            address = firm.getAddress();
        }
    }

    /** The firm, read again when the view came back without it (its field is transient). */
    private Firm firm() {
        if (!loaded) {
            firm = firmService.myFirmIfAny();
            loaded = true;
        }
        return firm;
    }

    public void resubmit() {
        try {
            Map<MaterialKind, RegistrationForm.Upload> replaced = new EnumMap<>(MaterialKind.class);
            Uploads.put(replaced, MaterialKind.BUSINESS_LICENCE, licence);
            Uploads.put(replaced, MaterialKind.LEGAL_REP_ID, legalRepId);
            Uploads.put(replaced, MaterialKind.REGISTRATION_FORM, registrationForm);
            firmRegistration.resubmit(new Firm.Contacts(nz(legalRepresentative), nz(contactName), nz(contactPhone), nz(address),
                    firm().getRegionCode()), replaced);
            Messages.info("firm.resubmitted");
            load();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } catch (IOException e) {
            Messages.error("upload.error.io");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }


    public boolean isRegistered() {
        return firm() != null;
    }

    public boolean isReturned() {
        return firm() != null && firm().getStatus() == RegistrationStatus.RETURNED;
    }

    public Firm getFirm() {
        return firm();
    }

    public List<ReviewStep> getHistory() {
        return firm() == null ? List.of() : firm().review().history();
    }

    /** The reason of the latest return, shown prominently while the registration is returned. */
    public String getReturnReason() {
        return firm() == null ? null : firm().review().latestReturnReason();
    }

    public List<Qualification> getQualifications() {
        return firm() == null ? List.of() : firmService.qualifications(firm().getOrganisationId());
    }

    public Map<MaterialKind, Long> getMaterials() {
        return firm() == null ? Map.of() : firm().materialFiles();
    }

    public String getRegionName() {
        return firm() == null ? "" : regions.fullName(firm().getRegionCode());
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
