package org.zjcs.owner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.owner.application.OwnerRegistration;
import org.zjcs.owner.application.OwnerService;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.owner.domain.UnitType;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.RegionPicker;
import org.zjcs.shared.web.UploadSlot;

/** Backing bean of register/owner.xhtml: the public registration form of an owner organisation. */
@Named
@ViewScoped
public class OwnerRegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OwnerService ownerService;

    private String name;
    private String creditCode;
    private UnitType unitType;
    private String contactName;
    private String contactPhone;
    private String address;
    private final RegionPicker region = new RegionPicker();
    private String username;
    private String password;
    private transient UploadedFile certificate;
    private UploadSlot certificateSlot;
    /** The password typed at an earlier submit of this form, kept server-side and never shown again. */
    private String heldPassword;
    private boolean done;

    @Inject
    HeldFiles held;

    /** Submits the registration; the certificate chosen and the password stay with the form when it fails. */
    public void submit() {
        if (password != null && !password.isEmpty()) {
            heldPassword = password;
        }
        password = null;
        try {
            certificateSlot = held.take(certificate, certificateSlot);
        } catch (DomainException e) {
            Messages.error("upload.error.inField", new DomainException.Label("owner.certificate"), Messages.text(e.messageKey(), e.args()));
            return;
        } finally {
            certificate = null;
        }
        Upload upload = held.open(certificateSlot);
        try {
            ownerService.register(new OwnerRegistration(name, creditCode,
                    new OwnerUnit.Details(unitType, nz(contactName), nz(contactPhone), nz(address), region.getDistrict()),
                    username, heldPassword, contactName, upload));
            done = true;
            heldPassword = null;
            held.release(certificateSlot);
            certificateSlot = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            if (upload != null) {
                try {
                    upload.content().close();
                } catch (IOException e) {
                    // read already
                }
            }
        }
    }

    /** "Remove" beside the held certificate (immediate: what else was typed stays as typed). */
    public void removeCertificate() {
        certificateSlot = null;
    }

    public UploadSlot getCertificateSlot() {
        return certificateSlot;
    }

    /** Whether a password from an earlier submit is kept (the page says so instead of asking again). */
    public boolean isPasswordHeld() {
        return heldPassword != null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public UnitType[] getUnitTypes() {
        return UnitType.values();
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

    public UploadedFile getCertificate() {
        return certificate;
    }

    public void setCertificate(UploadedFile certificate) {
        this.certificate = certificate;
    }
}
