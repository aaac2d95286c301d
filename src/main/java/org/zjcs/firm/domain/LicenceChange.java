package org.zjcs.firm.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.security.domain.Registration;
import org.zjcs.security.domain.RegistrationReview;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.security.domain.ReviewStep;

/**
 * A firm's request to change its licence data ({@link LicenceData}), reviewed by the operator in the one registration
 * review ({@link RegistrationReview}: submitted → approved, or returned with a reason). It keeps the values before and
 * after. A returned change is closed: the firm submits a new one. The firm's data is replaced only on approval.
 */
@Entity
@Table(name = "firm_licence_change")
public class LicenceChange implements Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "old_name", nullable = false, length = 200)
    private String oldName;
    @Column(name = "new_name", nullable = false, length = 200)
    private String newName;
    @Column(name = "old_credit_code", length = 18)
    private String oldCreditCode;
    @Column(name = "new_credit_code", nullable = false, length = 18)
    private String newCreditCode;
    @Column(name = "old_legal_representative", nullable = false, length = 50)
    private String oldLegalRepresentative;
    @Column(name = "new_legal_representative", nullable = false, length = 50)
    private String newLegalRepresentative;
    @Column(name = "old_address", nullable = false, length = 200)
    private String oldAddress;
    @Column(name = "new_address", nullable = false, length = 200)
    private String newAddress;
    @Column(name = "old_region_code", nullable = false, length = 6)
    private String oldRegionCode;
    @Column(name = "new_region_code", nullable = false, length = 6)
    private String newRegionCode;
    @Column(name = "old_licence_file_id")
    private Long oldLicenceFileId;
    @Column(name = "new_licence_file_id", nullable = false)
    private Long newLicenceFileId;

    @Embedded
    private RegistrationReview review;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "firm_licence_change_event", joinColumns = @JoinColumn(name = "change_id"))
    @OrderBy("id")
    private List<ReviewStep> reviewSteps = new ArrayList<>();

    @Version
    private long version;

    protected LicenceChange() {
    }

    /** A change submitted by {@code actor}: from the data in force to the new data. */
    public LicenceChange(long firmId, LicenceData before, LicenceData after, String actor, Instant now) {
        this.firmId = firmId;
        this.oldName = before.name();
        this.oldCreditCode = before.creditCode();
        this.oldLegalRepresentative = before.legalRepresentative();
        this.oldAddress = before.address();
        this.oldRegionCode = before.regionCode();
        this.oldLicenceFileId = before.licenceFileId();
        this.newName = after.name();
        this.newCreditCode = after.creditCode();
        this.newLegalRepresentative = after.legalRepresentative();
        this.newAddress = after.address();
        this.newRegionCode = after.regionCode();
        this.newLicenceFileId = after.licenceFileId();
        this.review = RegistrationReview.submitted(actor, now, reviewSteps);
    }

    public LicenceData before() {
        return new LicenceData(oldName, oldCreditCode, oldLegalRepresentative, oldAddress, oldRegionCode, oldLicenceFileId);
    }

    public LicenceData after() {
        return new LicenceData(newName, newCreditCode, newLegalRepresentative, newAddress, newRegionCode, newLicenceFileId);
    }

    /** Whether it waits for the operator (the one open change a firm may have). */
    public boolean isOpen() {
        return getStatus() == RegistrationStatus.SUBMITTED;
    }

    /** The fields that change, each with its old and new value (for the audit trail). */
    public Map<String, Object> differences() {
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "name", oldName, newName);
        put(d, "creditCode", oldCreditCode, newCreditCode);
        put(d, "legalRepresentative", oldLegalRepresentative, newLegalRepresentative);
        put(d, "address", oldAddress, newAddress);
        put(d, "regionCode", oldRegionCode, newRegionCode);
        put(d, "licenceFile", oldLicenceFileId, newLicenceFileId);
        return d;
    }

    private static void put(Map<String, Object> d, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            d.put(field, before + " → " + after);
        }
    }

    @Override
    public RegistrationReview review() {
        return review.over(reviewSteps);
    }

    public Long getId() {
        return id;
    }

    /** The firm's id (its organisation's): a change is reviewed under the firm it belongs to. */
    @Override
    public Long getOrganisationId() {
        return firmId;
    }

    @Override
    public String getRegionCode() {
        return newRegionCode;
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

    public String getReturnReason() {
        return review().latestReturnReason();
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public String getOldCreditCode() {
        return oldCreditCode;
    }

    public String getNewCreditCode() {
        return newCreditCode;
    }

    public String getOldLegalRepresentative() {
        return oldLegalRepresentative;
    }

    public String getNewLegalRepresentative() {
        return newLegalRepresentative;
    }

    public String getOldAddress() {
        return oldAddress;
    }

    public String getNewAddress() {
        return newAddress;
    }

    public String getOldRegionCode() {
        return oldRegionCode;
    }

    public String getNewRegionCode() {
        return newRegionCode;
    }

    public Long getOldLicenceFileId() {
        return oldLicenceFileId;
    }

    public Long getNewLicenceFileId() {
        return newLicenceFileId;
    }
}
