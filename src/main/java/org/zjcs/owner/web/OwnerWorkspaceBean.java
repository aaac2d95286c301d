package org.zjcs.owner.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.owner.application.OwnerService;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.owner.domain.UnitType;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.security.domain.ReviewStep;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.web.UploadedFiles;

/** Backing bean of the owner's workspace: its registration's state and history, and correcting a returned one. */
@Named
@ViewScoped
public class OwnerWorkspaceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OwnerService ownerService;

    @Inject
    RegionService regions;

    /** Read again after the view was restored without it (on another node, from the session store). */
    private transient OwnerUnit unit;
    private transient boolean loaded;
    private UnitType unitType;
    private String contactName;
    private String contactPhone;
    private String address;
    private transient UploadedFile certificate;

    @PostConstruct
    void load() {
        unit = ownerService.myUnitIfAny();
        loaded = true;
        if (unit != null) {
            unitType = unit.getUnitType();
            contactName = unit.getContactName();
            contactPhone = unit.getContactPhone();
            address = unit.getAddress();
        }
    }

    /** The unit, read again when the view came back without it (its field is transient). */
    private OwnerUnit unit() {
        if (!loaded) {
            unit = ownerService.myUnitIfAny();
            loaded = true;
        }
        return unit;
    }

    public void resubmit() {
        try {
            ownerService.resubmit(new OwnerUnit.Details(unitType, nz(contactName), nz(contactPhone), nz(address),
                    unit().getRegionCode()), UploadedFiles.of(certificate));
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
        return unit() != null;
    }

    public boolean isReturned() {
        return unit() != null && unit().getStatus() == RegistrationStatus.RETURNED;
    }

    public OwnerUnit getUnit() {
        return unit();
    }

    public List<ReviewStep> getHistory() {
        return unit() == null ? List.of() : unit().review().history();
    }

    public String getReturnReason() {
        return unit() == null ? null : unit().review().latestReturnReason();
    }

    public String getRegionName() {
        return unit() == null ? "" : regions.fullName(unit().getRegionCode());
    }

    public UnitType[] getUnitTypes() {
        return UnitType.values();
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public void setUnitType(UnitType unitType) {
        this.unitType = unitType;
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

    public UploadedFile getCertificate() {
        return certificate;
    }

    public void setCertificate(UploadedFile certificate) {
        this.certificate = certificate;
    }
}
