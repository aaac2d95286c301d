package org.zjcs.firm.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.UploadSlot;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.firm.application.RegistrationForm;

/**
 * The qualification fields of a form (WEB-INF/includes/qualification-fields.xhtml) as a page holds them: type, level,
 * certificate number, issuer, validity and scan. Used by the registration page and the firm's qualifications page.
 */
public class QualificationInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String typeCode;
    private String level;
    private String certificateNo;
    private String issuer;
    private LocalDate validFrom;
    private LocalDate validTo;
    private transient UploadedFile scan;
    private UploadSlot scanSlot;

    /** What the firm service takes; no scan when none was chosen. */
    RegistrationForm.QualificationForm toForm(HeldFiles held) {
        return new RegistrationForm.QualificationForm(typeCode, level, certificateNo, issuer, validFrom, validTo,
                Uploads.of(held, scanSlot));
    }

    /**
     * Holds a newly chosen scan for the form (replacing the one held), so that a failed submit keeps it.
     *
     * @throws org.zjcs.shared.error.DomainException the new scan is refused; the one held before stays
     */
    void holdScan(HeldFiles held) {
        try {
            scanSlot = held.take(scan, scanSlot);
        } finally {
            scan = null;
        }
    }

    /** The form succeeded: the held scan is deleted. */
    void release(HeldFiles held) {
        held.release(scanSlot);
        scanSlot = null;
    }

    /** The scan held from an earlier submit, or null. */
    public UploadSlot getScanSlot() {
        return scanSlot;
    }

    /** "Remove" beside the held scan: the form no longer has one (the file goes with the sweep or the session). */
    public void removeScan() {
        scanSlot = null;
    }

    /** The levels of the chosen type (none before a type is chosen, or for a type without levels). */
    List<String> levels(Map<String, QualificationType> types) {
        QualificationType t = typeCode == null ? null : types.get(typeCode);
        return t == null ? List.of() : t.levelList();
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public UploadedFile getScan() {
        return scan;
    }

    public void setScan(UploadedFile scan) {
        this.scan = scan;
    }
}
