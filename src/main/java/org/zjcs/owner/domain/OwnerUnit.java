package org.zjcs.owner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.zjcs.security.domain.RegistrationStatus;

/**
 * An owner organisation's registration profile (项目业主); its organisation and accounts live in {@code security}
 * and its id is the organisation's id. Reviewed by the operator like a firm, through {@link RegistrationStatus}.
 */
@Entity
@Table(name = "owner_unit")
@NamedQuery(name = "OwnerUnit.awaitingReview", query = "SELECT o FROM OwnerUnit o "
        + "WHERE o.status = org.zjcs.security.domain.RegistrationStatus.SUBMITTED ORDER BY o.submittedAt")
public class OwnerUnit {

    /** What an owner gives about itself and may correct when its registration is returned. */
    public record Details(UnitType unitType, String contactName, String contactPhone, String address, String regionCode) {
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 24)
    private UnitType unitType;

    @Column(name = "contact_name", nullable = false, length = 50)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = 30)
    private String contactPhone;

    @Column(name = "address", nullable = false, length = 200)
    private String address;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "certificate_file_id", nullable = false)
    private long certificateFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    protected OwnerUnit() {
    }

    public OwnerUnit(long organisationId, Details details, long certificateFileId, Instant submittedAt) {
        this.organisationId = organisationId;
        apply(details);
        this.certificateFileId = certificateFileId;
        this.status = RegistrationStatus.SUBMITTED;
        this.submittedAt = submittedAt;
    }

    public void approve(Instant now) {
        status = status.approve();
        approvedAt = now;
    }

    public void returnForCorrection() {
        status = status.returnForCorrection();
    }

    /** The corrections: new details and, when given, a new certificate scan. */
    public void resubmit(Details details, Long newCertificateFileId, Instant now) {
        status = status.resubmit();
        apply(details);
        if (newCertificateFileId != null) {
            certificateFileId = newCertificateFileId;
        }
        submittedAt = now;
    }

    private void apply(Details d) {
        this.unitType = d.unitType();
        this.contactName = d.contactName().trim();
        this.contactPhone = d.contactPhone().trim();
        this.address = d.address().trim();
        this.regionCode = d.regionCode();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAddress() {
        return address;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public long getCertificateFileId() {
        return certificateFileId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
