package org.zjcs.firm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.zjcs.shared.error.DomainException;

/**
 * A qualification a firm holds (资质): type, level, certificate, issuer, validity and the scan. It counts only
 * on the days from valid-from to valid-to inclusive; past valid-to it stops counting by itself.
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

    protected Qualification() {
    }

    public Qualification(long firmId, String typeCode, String level, String certificateNo, String issuer,
                         LocalDate validFrom, LocalDate validTo, long scanFileId) {
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
        this.firmId = firmId;
        this.typeCode = typeCode;
        this.level = level == null || level.isBlank() ? null : level.trim();
        this.certificateNo = certificateNo.trim();
        this.issuer = issuer.trim();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.scanFileId = scanFileId;
    }

    /** Whether the qualification counts on {@code day}. */
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
}
