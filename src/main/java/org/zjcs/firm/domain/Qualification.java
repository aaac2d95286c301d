package org.zjcs.firm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.zjcs.shared.error.DomainException;

/**
 * A qualification a firm holds: type, level, certificate, issuer, validity and the scan. It counts only once the
 * operator has approved it ({@link QualificationStatus}) and only on the days from valid-from to valid-to inclusive;
 * past valid-to it stops counting by itself. A renewal names the qualification it renews ({@link #getReplacesId()}).
 */
@Entity
@Table(name = "firm_qualification")
public class Qualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    @Column(name = "type_code", nullable = false, length = 32)
    private String typeCode;

    @Column(name = "level", length = 32)
    private String level;

    @Column(name = "certificate_no", nullable = false, length = 64)
    private String certificateNo;

    @Column(name = "issuer", nullable = false, length = 100)
    private String issuer;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "scan_file_id", nullable = false)
    private long scanFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 16)
    private QualificationStatus status;

    @Column(name = "replaces_id")
    private Long replacesId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Qualification() {
    }

    /** A qualification as submitted, waiting for review. */
    public Qualification(long firmId, String typeCode, String level, String certificateNo, String issuer,
                         LocalDate validFrom, LocalDate validTo, long scanFileId) {
        this(firmId, typeCode, level, certificateNo, issuer, validFrom, validTo, scanFileId, null, null);
    }

    /** A qualification submitted at {@code submittedAt}, renewing {@code replacesId} (or null), waiting for review. */
    public Qualification(long firmId, String typeCode, String level, String certificateNo, String issuer,
                         LocalDate validFrom, LocalDate validTo, long scanFileId, Long replacesId, Instant submittedAt) {
        this.firmId = firmId;
        apply(typeCode, level, certificateNo, issuer, validFrom, validTo, scanFileId);
        this.replacesId = replacesId;
        this.status = QualificationStatus.PENDING;
        this.submittedAt = submittedAt;
    }

    public void approve(Instant now) {
        status = status.approve();
        decidedAt = now;
    }

    public void returnForCorrection(Instant now) {
        status = status.returnForCorrection();
        decidedAt = now;
    }

    /** The firm's correction of a returned qualification: its details (and scan) as now given, again waiting for review. */
    public void resubmit(String typeCode, String level, String certificateNo, String issuer, LocalDate validFrom,
                         LocalDate validTo, long scanFileId, Instant now) {
        QualificationStatus next = status.resubmit();
        apply(typeCode, level, certificateNo, issuer, validFrom, validTo, scanFileId);
        status = next;
        submittedAt = now;
        decidedAt = null;
    }

    /** Its renewal has been approved: it no longer counts. */
    public void supersede() {
        status = status.supersede();
    }

    /** Whether it counts on {@code day}: approved, and valid that day. */
    public boolean countsOn(LocalDate day) {
        return status.counts() && isValidOn(day);
    }

    public boolean isRenewal() {
        return replacesId != null;
    }

    private void apply(String typeCode, String level, String certificateNo, String issuer, LocalDate validFrom,
                       LocalDate validTo, long scanFileId) {
        if (certificateNo == null || certificateNo.isBlank()) {
            throw new DomainException("firm.error.certificateRequired");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new DomainException("firm.error.issuerRequired");
        }
        if (validFrom == null || validTo == null) {
            throw new DomainException("firm.error.validityRequired");
        }
        if (validTo.isBefore(validFrom)) {
            throw new DomainException("firm.error.validToBeforeFrom");
        }
        if (certificateNo.trim().length() > 64 || issuer.trim().length() > 100) {
            throw new DomainException("registration.error.tooLong");
        }
        this.typeCode = typeCode;
        this.level = level == null || level.isBlank() ? null : level.trim();
        this.certificateNo = certificateNo.trim();
        this.issuer = issuer.trim();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.scanFileId = scanFileId;
    }

    /** Whether {@code day} lies within its validity (whatever its review status). */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public Long getId() {
        return id;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getLevel() {
        return level;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getScanFileId() {
        return scanFileId;
    }

    public QualificationStatus getStatus() {
        return status;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** What the audit log keeps of this qualification with each step. */
    public java.util.Map<String, Object> auditDetails() {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("firm", getFirmId());
        details.put("type", getTypeCode());
        details.put("level", getLevel() == null ? "" : getLevel());
        details.put("certificate", getCertificateNo());
        details.put("validFrom", getValidFrom().toString());
        details.put("validTo", getValidTo().toString());
        details.put("scan", getScanFileId());
        return details;
    }
}
