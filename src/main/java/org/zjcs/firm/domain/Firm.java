package org.zjcs.firm.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.security.domain.Registration;
import org.zjcs.security.domain.RegistrationReview;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.security.domain.ReviewStep;

/**
 * A firm's registration profile (its organisation and account live in {@code security}). Its id is the
 * organisation's id. Its review (life cycle and history, kept in {@code firm_review_event}) is the
 * {@link RegistrationReview} every kind of registration shares.
 */
@Entity
@Table(name = "firm")
@NamedQuery(name = "Firm.awaitingReview",
        query = "SELECT f FROM Firm f WHERE f.review.status = org.zjcs.security.domain.RegistrationStatus.SUBMITTED ORDER BY f.review.submittedAt")
public class Firm implements Registration {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "legal_representative", nullable = false, length = 50)
    private String legalRepresentative;

    @Column(name = "contact_name", nullable = false, length = 50)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = 30)
    private String contactPhone;

    @Column(name = "address", nullable = false, length = 200)
    private String address;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Embedded
    private RegistrationReview review;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "firm_review_event", joinColumns = @JoinColumn(name = "firm_id"))
    @OrderBy("id")
    private List<ReviewStep> reviewSteps = new ArrayList<>();

    @Column(name = "commitment_confirmed_at", nullable = false)
    private Instant commitmentConfirmedAt;

    @Column(name = "commitment_locale", nullable = false, length = 8)
    private String commitmentLocale;

    @Column(name = "commitment_hash", nullable = false, length = 64)
    private String commitmentHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "firm_service_item", joinColumns = @JoinColumn(name = "firm_id"))
    @Column(name = "service_item_id")
    private Set<Long> serviceItemIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "firm_material", joinColumns = @JoinColumn(name = "firm_id"))
    private List<Material> materials = new ArrayList<>();

    @Version
    private long version;

    protected Firm() {
    }

    /** A registration submitted by {@code actor} (its first review step). */
    public Firm(long organisationId, Contacts contacts, Set<Long> serviceItemIds, Map<MaterialKind, Long> materials,
                String actor, Instant submittedAt, String commitmentLocale, String commitmentHash) {
        this.organisationId = organisationId;
        applyContacts(contacts);
        this.serviceItemIds = new LinkedHashSet<>(serviceItemIds);
        materials.forEach((k, v) -> this.materials.add(new Material(k, v)));
        this.review = RegistrationReview.submitted(actor, submittedAt, reviewSteps);
        this.commitmentConfirmedAt = submittedAt;
        this.commitmentLocale = commitmentLocale;
        this.commitmentHash = commitmentHash;
    }

    /** The contact details a firm gives and may correct when its registration is returned. */
    public record Contacts(String legalRepresentative, String contactName, String contactPhone, String address,
                           String regionCode) {
    }

    @Override
    public RegistrationReview review() {
        return review.over(reviewSteps);
    }

    /** The firm's corrections by {@code actor}: new contact details, and any materials it replaces. */
    public void resubmit(Contacts contacts, Map<MaterialKind, Long> replacedMaterials, String actor, Instant now) {
        review().resubmit(actor, now);
        applyContacts(contacts);
        for (Map.Entry<MaterialKind, Long> e : replacedMaterials.entrySet()) {
            materials.removeIf(m -> m.getKind() == e.getKey());
            materials.add(new Material(e.getKey(), e.getValue()));
        }
    }

    /** The firm offers one more service item; false when it offered it already. */
    public boolean offer(long serviceItemId) {
        return serviceItemIds.add(serviceItemId);
    }

    /**
     * The firm no longer offers the service item (enrolments it made already are not touched); false when it did not
     * offer it. The last item cannot go: a firm offers at least one.
     */
    public boolean withdraw(long serviceItemId) {
        if (!serviceItemIds.contains(serviceItemId)) {
            return false;
        }
        if (serviceItemIds.size() == 1) {
            throw new org.zjcs.shared.error.DomainException("firm.upkeep.error.lastItem");
        }
        return serviceItemIds.remove(serviceItemId);
    }

    /** New contact person and phone (checked by the caller like a registration's). */
    public void changeContacts(String contactName, String contactPhone) {
        this.contactName = contactName.trim();
        this.contactPhone = contactPhone.trim();
    }

    /** An approved licence change: the legal representative, registered address and licence file are replaced. */
    public void applyLicence(LicenceData data) {
        this.legalRepresentative = data.legalRepresentative();
        this.address = data.address();
        this.regionCode = data.regionCode();
        materials.removeIf(m -> m.getKind() == MaterialKind.BUSINESS_LICENCE);
        materials.add(new Material(MaterialKind.BUSINESS_LICENCE, data.licenceFileId()));
    }

    private void applyContacts(Contacts c) {
        this.legalRepresentative = c.legalRepresentative().trim();
        this.contactName = c.contactName().trim();
        this.contactPhone = c.contactPhone().trim();
        this.address = c.address().trim();
        this.regionCode = c.regionCode();
    }

    public Map<MaterialKind, Long> materialFiles() {
        Map<MaterialKind, Long> m = new EnumMap<>(MaterialKind.class);
        materials.forEach(x -> m.put(x.getKind(), x.getStoredFileId()));
        return m;
    }

    public Contacts contacts() {
        return new Contacts(legalRepresentative, contactName, contactPhone, address, regionCode);
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
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

    public Instant getCommitmentConfirmedAt() {
        return commitmentConfirmedAt;
    }

    public String getCommitmentHash() {
        return commitmentHash;
    }

    public Set<Long> getServiceItemIds() {
        return Set.copyOf(serviceItemIds);
    }
}
