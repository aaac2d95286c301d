package org.zjcs.owner.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.security.domain.Registration;
import org.zjcs.security.domain.RegistrationReview;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.security.domain.ReviewStep;

/**
 * An owner organisation's registration profile (项目业主); its organisation and accounts live in {@code security}
 * and its id is the organisation's id. Reviewed by the operator like a firm, through the shared
 * {@link RegistrationReview} (history kept in {@code owner_review_event}).
 */
@Entity
@Table(name = "owner_unit")
@NamedQuery(name = "OwnerUnit.awaitingReview", query = "SELECT o FROM OwnerUnit o "
        + "WHERE o.review.status = org.zjcs.security.domain.RegistrationStatus.SUBMITTED ORDER BY o.review.submittedAt")
public class OwnerUnit implements Registration {

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

    @Embedded
    private RegistrationReview review;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "owner_review_event", joinColumns = @JoinColumn(name = "owner_id"))
    @OrderBy("id")
    private List<ReviewStep> reviewSteps = new ArrayList<>();

    @Version
    private long version;

    protected OwnerUnit() {
    }

    /** A registration submitted by {@code actor} (its first review step). */
    public OwnerUnit(long organisationId, Details details, long certificateFileId, String actor, Instant submittedAt) {
        this.organisationId = organisationId;
        apply(details);
        this.certificateFileId = certificateFileId;
        this.review = RegistrationReview.submitted(actor, submittedAt, reviewSteps);
    }

    @Override
    public RegistrationReview review() {
        return review.over(reviewSteps);
    }

    /** The corrections by {@code actor}: new details and, when given, a new certificate scan. */
    public void resubmit(Details details, Long newCertificateFileId, String actor, Instant now) {
        review().resubmit(actor, now);
        apply(details);
        if (newCertificateFileId != null) {
            certificateFileId = newCertificateFileId;
        }
    }

    private void apply(Details d) {
        this.unitType = d.unitType();
        this.contactName = d.contactName().trim();
        this.contactPhone = d.contactPhone().trim();
        this.address = d.address().trim();
        this.regionCode = d.regionCode();
    }

    @Override
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

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public long getCertificateFileId() {
        return certificateFileId;
    }

    @Override
    public RegistrationStatus getStatus() {
        return review.getStatus();
    }

    @Override
    public Instant getSubmittedAt() {
        return review.getSubmittedAt();
    }

    @Override
    public Instant getApprovedAt() {
        return review.getApprovedAt();
    }
}
