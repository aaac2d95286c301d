package org.zjcs.procurement.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.shared.error.DomainException;

/**
 * A procurement notice (采购公告). Its terms change freely while it is a DRAFT; from publication on they change only
 * through a correction (更正公告), which is an announcement of its own. The life cycle is {@link NoticeStatus}.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "created_by_user", nullable = false)
    private long createdByUser;

    @Column(name = "service_item_id", nullable = false)
    private long serviceItemId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "service_content", nullable = false, length = 4000)
    private String serviceContent;

    @Column(name = "project_scale", nullable = false, length = 1000)
    private String projectScale;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "fund_source", nullable = false, length = 8)
    private FundSource fundSource;

    /** How the firm is selected. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "method", column = @Column(name = "selection_method", nullable = false, length = 20)),
            @AttributeOverride(name = "fixedPrice", column = @Column(name = "fixed_price", precision = 14, scale = 2)),
            @AttributeOverride(name = "priceFloor", column = @Column(name = "price_floor", precision = 14, scale = 2)),
            @AttributeOverride(name = "priceCeiling", column = @Column(name = "price_ceiling", precision = 14, scale = 2)),
            @AttributeOverride(name = "minBidders", column = @Column(name = "min_bidders", nullable = false)),
            @AttributeOverride(name = "weightPrice", column = @Column(name = "weight_price")),
            @AttributeOverride(name = "weightCredit", column = @Column(name = "weight_credit")),
            @AttributeOverride(name = "weightQualification", column = @Column(name = "weight_qualification")),
            @AttributeOverride(name = "coefficients", column = @Column(name = "coefficients", length = 100)),
            @AttributeOverride(name = "directPickReason", column = @Column(name = "direct_pick_reason", length = 1000))})
    private SelectionTerms selection;

    @Enumerated(EnumType.STRING)
    @Column(name = "requirement_mode", nullable = false, length = 8)
    private RequirementMode requirementMode;

    @Column(name = "service_days", nullable = false)
    private int serviceDays;

    /** As the owner set it (Beijing wall-clock time) while drafting; fixed as {@link #enrolmentDeadline} at publication. */
    @Column(name = "planned_deadline", nullable = false)
    private java.time.LocalDateTime plannedDeadline;

    @Column(name = "enrolment_deadline")
    private Instant enrolmentDeadline;

    /** Whom the public calls. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "contact_name", nullable = false, length = 50)),
            @AttributeOverride(name = "phone", column = @Column(name = "contact_phone", nullable = false, length = 30)),
            @AttributeOverride(name = "complaintPhone", column = @Column(name = "complaint_phone", nullable = false, length = 30))})
    private Contacts contacts;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private NoticeStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The end of the publicity period of the current selection result (ANNOUNCED). */
    @Column(name = "publicity_ends_at")
    private Instant publicityEndsAt;

    /** The failed notice this one posts again, if any. */
    @Column(name = "reposted_from")
    private Long repostedFrom;

    /** What the notice committed to for its draw at publication; null for a draft. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "seedCommitment", column = @Column(name = "draw_commitment", length = 64)),
            @AttributeOverride(name = "sealedSeed", column = @Column(name = "draw_seed_sealed", length = 200)),
            @AttributeOverride(name = "witnessSalt", column = @Column(name = "draw_witness_salt", length = 64)),
            @AttributeOverride(name = "witnessCommitment", column = @Column(name = "draw_witness_commitment", length = 64))})
    private DrawCommitment draw;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_case", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    @Column(name = "approval_case_id")
    private List<Long> caseIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_requirement", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<NoticeRequirement> requirements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_avoidance", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<Avoidance> avoidances = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_attachment", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<NoticeAttachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected Notice() {
    }

    /** A new draft of {@code ownerId}, written by the account {@code userId}, with checked terms. */
    public Notice(long ownerId, long userId, NoticeTerms checked, RequirementMode mode, List<NoticeRequirement> reqs,
                  Instant now) {
        this.ownerId = ownerId;
        this.createdByUser = userId;
        this.status = NoticeStatus.DRAFT;
        this.createdAt = now;
        apply(checked, mode, reqs, now);
    }

    /** Changes a draft; a published notice is never edited in place (a correction is published instead). */
    public void revise(NoticeTerms checked, RequirementMode mode, List<NoticeRequirement> reqs, Instant now) {
        requireDraft();
        apply(checked, mode, reqs, now);
    }

    private void apply(NoticeTerms t, RequirementMode mode, List<NoticeRequirement> reqs, Instant now) {
        serviceItemId = t.serviceItemId();
        title = t.title();
        serviceContent = t.serviceContent();
        projectScale = t.projectScale();
        regionCode = t.regionCode();
        fundSource = t.fundSource();
        selection = t.selection();
        serviceDays = t.serviceDays();
        plannedDeadline = t.deadline();
        contacts = t.contacts();
        caseIds = new ArrayList<>(t.caseIds());
        avoidances = new ArrayList<>(t.avoidances().stream().map(a -> new Avoidance(a.firmId(), a.reason())).toList());
        requirementMode = mode;
        requirements = new ArrayList<>(reqs);
        updatedAt = now;
    }

    public void addAttachment(NoticeAttachment a, Instant now) {
        requireDraft();
        if (attachments.size() >= 20) {
            throw new DomainException("notice.error.tooManyAttachments");
        }
        attachments.add(a);
        updatedAt = now;
    }

    public void removeAttachment(long storedFileId, Instant now) {
        requireDraft();
        attachments.removeIf(a -> a.getStoredFileId() == storedFileId);
        updatedAt = now;
    }

    /** Publishes the draft with its checked deadline and a version-1 commitment to its sealed draw seed. */
    public void publish(Instant deadline, String seedCommitment, String sealedSeed, Instant now) {
        publish(deadline, DrawCommitment.of(seedCommitment, sealedSeed), now);
    }

    /** Publishes the draft with its checked deadline and what it commits to for its draw. */
    public void publish(Instant deadline, DrawCommitment commitment, Instant now) {
        status = status.moveTo(NoticeStatus.PUBLISHED);
        draw = java.util.Objects.requireNonNull(commitment, "commitment");
        enrolmentDeadline = deadline;
        publishedAt = now;
        updatedAt = now;
    }

    /** Whether enrolment is still open at {@code now} (the server's clock decides). */
    public boolean isOpenAt(Instant now) {
        return status == NoticeStatus.PUBLISHED && now.isBefore(enrolmentDeadline);
    }

    /** A correction before the deadline: new text, contacts, requirement mode and deadline; the caller announces it. */
    public void correct(String newServiceContent, String newProjectScale, Contacts newContacts, RequirementMode newMode, Instant newDeadline, java.time.LocalDateTime newPlanned, Instant now) {
        if (status != NoticeStatus.PUBLISHED) {
            throw new DomainException("notice.error.notPublished");
        }
        if (!isOpenAt(now)) {
            throw new DomainException("notice.error.correctionAfterDeadline");
        }
        serviceContent = newServiceContent;
        projectScale = newProjectScale;
        contacts = newContacts;
        requirementMode = newMode;
        enrolmentDeadline = newDeadline;
        plannedDeadline = newPlanned;
        updatedAt = now;
    }

    /** The deadline passed: enrolment is closed and the selection runs. */
    public void close(Instant now) {
        status = status.moveTo(NoticeStatus.CLOSED);
        updatedAt = now;
    }

    /** A winner was selected; the result is announced at once and its publicity period runs until {@code publicityEnds}. */
    public void announceResult(Instant publicityEnds, Instant now) {
        status = status.moveTo(NoticeStatus.SELECTED).moveTo(NoticeStatus.ANNOUNCED);
        publicityEndsAt = publicityEnds;
        updatedAt = now;
    }

    /** Too few eligible entries (流标), or no one left after an upheld objection. */
    public void fail(Instant now) {
        status = status.moveTo(NoticeStatus.FAILED);
        publicityEndsAt = null;
        updatedAt = now;
    }

    /** An objection is being handled: the publicity period stops. */
    public void suspend(Instant now) {
        status = status.moveTo(NoticeStatus.SUSPENDED);
        updatedAt = now;
    }

    /** The objection was rejected: the publicity period resumes and now ends at {@code publicityEnds}. */
    public void resumePublicity(Instant publicityEnds, Instant now) {
        status = status.moveTo(NoticeStatus.ANNOUNCED);
        publicityEndsAt = publicityEnds;
        updatedAt = now;
    }

    /** The publicity period ended without an objection pending: the winner is awarded. */
    public void award(Instant now) {
        status = status.moveTo(NoticeStatus.AWARDED);
        updatedAt = now;
    }

    /**
     * The awarded firm declined the award (放弃中选) before the contract was filed: DECLINED when the method ranks
     * runners-up (the owner then takes the runner-up or ends the notice), FAILED otherwise (the owner may post it again).
     */
    public void declineAward(Instant now) {
        status = status.moveTo(selection.getMethod().hasRunnersUp() ? NoticeStatus.DECLINED : NoticeStatus.FAILED);
        publicityEndsAt = null;
        updatedAt = now;
    }

    /** The other party confirmed the filed contract (合同备案). */
    public void contracted(Instant now) {
        status = status.moveTo(NoticeStatus.CONTRACTED);
        updatedAt = now;
    }

    /** The winning firm uploaded the first deliverable version (服务成果): the service is under way. */
    public void inService(Instant now) {
        status = status.moveTo(NoticeStatus.IN_SERVICE);
        updatedAt = now;
    }

    /** The owner accepted a deliverable version. */
    public void delivered(Instant now) {
        status = status.moveTo(NoticeStatus.DELIVERED);
        updatedAt = now;
    }

    /** Every department linked to the notice's approval cases passed the accepted deliverable. */
    public void completed(Instant now) {
        status = status.moveTo(NoticeStatus.COMPLETED);
        updatedAt = now;
    }

    /** The terms of this notice, e.g. to post a failed notice again as a new draft. */
    public NoticeTerms terms() {
        return new NoticeTerms(serviceItemId, title, serviceContent, projectScale, regionCode, fundSource, selection,
                serviceDays, plannedDeadline, contacts, List.copyOf(caseIds), avoidances.stream()
                        .map(a -> new NoticeTerms.AvoidanceLine(a.getFirmId(), a.getReason())).toList());
    }

    /** A new notice posts a failed one again. */
    public void repostOf(long failedNoticeId) {
        repostedFrom = failedNoticeId;
    }

    public void cancel(Instant now) {
        status = status.moveTo(NoticeStatus.CANCELLED);
        updatedAt = now;
    }

    private void requireDraft() {
        if (status != NoticeStatus.DRAFT) {
            throw new DomainException("notice.error.notDraft");
        }
    }

    public Long getId() {
        return id;
    }

    /** The optimistic-lock version: changes with every change of the notice (e.g. a correction). */
    public long getVersion() {
        return version;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getCreatedByUser() {
        return createdByUser;
    }

    public long getServiceItemId() {
        return serviceItemId;
    }

    public String getTitle() {
        return title;
    }

    public String getServiceContent() {
        return serviceContent;
    }

    public String getProjectScale() {
        return projectScale;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public FundSource getFundSource() {
        return fundSource;
    }

    /** How the firm is selected. */
    public SelectionTerms getSelection() {
        return selection;
    }

    public SelectionMethod getMethod() {
        return selection.getMethod();
    }

    public BigDecimal getFixedPrice() {
        return selection.getFixedPrice();
    }

    public BigDecimal getPriceFloor() {
        return selection.getPriceFloor();
    }

    public BigDecimal getPriceCeiling() {
        return selection.getPriceCeiling();
    }

    /** The budget: the fixed price, or the ceiling of a priced method. */
    public BigDecimal getBudget() {
        return selection.getBudget();
    }

    public int getMinBidders() {
        return selection.getMinBidders();
    }

    public Integer getWeightPrice() {
        return selection.getWeightPrice();
    }

    public Integer getWeightCredit() {
        return selection.getWeightCredit();
    }

    public Integer getWeightQualification() {
        return selection.getWeightQualification();
    }

    public String getCoefficients() {
        return selection.getCoefficients();
    }

    public String getDirectPickReason() {
        return selection.getDirectPickReason();
    }

    public RequirementMode getRequirementMode() {
        return requirementMode;
    }

    public int getServiceDays() {
        return serviceDays;
    }

    public java.time.LocalDateTime getPlannedDeadline() {
        return plannedDeadline;
    }

    public Instant getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    /** Whom the public calls. */
    public Contacts getContacts() {
        return contacts;
    }

    public String getContactName() {
        return contacts.getName();
    }

    public String getContactPhone() {
        return contacts.getPhone();
    }

    public String getComplaintPhone() {
        return contacts.getComplaintPhone();
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getPublicityEndsAt() {
        return publicityEndsAt;
    }

    public Long getRepostedFrom() {
        return repostedFrom;
    }

    /** What the notice committed to for its draw; null before publication. */
    public DrawCommitment getDraw() {
        return draw;
    }

    public String getDrawCommitment() {
        return draw == null ? null : draw.getSeedCommitment();
    }

    public String getDrawSeedSealed() {
        return draw == null ? null : draw.getSealedSeed();
    }

    public String getDrawWitnessSalt() {
        return draw == null ? null : draw.getWitnessSalt();
    }

    public String getDrawWitnessCommitment() {
        return draw == null ? null : draw.getWitnessCommitment();
    }

    /** The linked approval cases' ids, in the order the owner gave them. */
    public List<Long> getCaseIds() {
        return List.copyOf(caseIds);
    }

    public List<NoticeRequirement> getRequirements() {
        return List.copyOf(requirements);
    }

    public List<Avoidance> getAvoidances() {
        return List.copyOf(avoidances);
    }

    public List<NoticeAttachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
