package org.zjcs.supervision.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileRef;

/**
 * A complaint (投诉) or a report (举报) to the regulators it is routed to, and their answer. A complaint is a firm's,
 * after the owner rejected its objection; a report is anyone's, against a notice, a firm, an owner unit or an approval
 * department. The reporter is an organisation (the account that filed it is kept for the audit); only that organisation
 * and the regulators it was routed to ever read it, never the accused. The life cycle is {@link ComplaintStatus}'s.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    public static final int TEXT_LENGTH = 2000;
    /** Evidence files per complaint or report (none required). */
    public static final int MAX_FILES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private ComplaintKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 20, updatable = false)
    private ReportTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 12, updatable = false)
    private TargetKind targetKind;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    /** The target's name when filed (a notice's title, an organisation's name): the lists read no other table. */
    @Column(name = "target_name", nullable = false, length = 300, updatable = false)
    private String targetName;

    @Column(name = "notice_id", updatable = false)
    private Long noticeId;

    @Column(name = "objection_id", updatable = false)
    private Long objectionId;

    @Column(name = "service_item_code", length = 32, updatable = false)
    private String serviceItemCode;

    @Column(name = "accused_firm_id", updatable = false)
    private Long accusedFirmId;

    @Column(name = "reporter_org_id", nullable = false, updatable = false)
    private long reporterOrgId;

    @Column(name = "filed_by", nullable = false, length = 100, updatable = false)
    private String filedBy;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ComplaintStatus status;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding", length = 14)
    private Finding finding;

    @Column(name = "answer", length = TEXT_LENGTH)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(name = "consequence", length = 12)
    private Consequence consequence;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_route", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "regulator_org_id", nullable = false)
    private Set<Long> regulators = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_evidence", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    private List<FileRef> evidence = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Complaint() {
    }

    /**
     * Whether a firm may complain about an objection now. Checked in this order: it enrolled on the notice, the objection
     * is its own, the owner rejected it, no complaint on it yet, and the complaint period after the rejection still runs.
     */
    public static void checkComplainable(boolean enrolled, boolean ownObjection, boolean rejected, boolean complainedAlready,
                                         Instant periodEnds, Instant now) {
        if (!enrolled) {
            throw new DomainException("complaint.error.notEnrolled");
        }
        if (!ownObjection) {
            throw new DomainException("complaint.error.noObjection");
        }
        if (!rejected) {
            throw new DomainException("complaint.error.notRejected");
        }
        if (complainedAlready) {
            throw new DomainException("complaint.error.duplicate");
        }
        if (periodEnds == null || now.isAfter(periodEnds)) {
            throw new DomainException("complaint.error.period");
        }
    }

    /** A firm's complaint about the owner's rejection of its objection on a notice. */
    public static Complaint complaint(long noticeId, String noticeTitle, long objectionId, String serviceItemCode,
                                      Long accusedFirmId, long firmId, String by, String text, Instant now, Instant dueAt,
                                      Collection<Long> regulators) {
        Complaint c = new Complaint(ComplaintKind.COMPLAINT, ReportTopic.OBJECTION_REJECTED, TargetKind.NOTICE, noticeId,
                noticeTitle, firmId, by, text, now, dueAt, regulators);
        c.noticeId = noticeId;
        c.objectionId = objectionId;
        c.serviceItemCode = serviceItemCode;
        c.accusedFirmId = accusedFirmId;
        return c;
    }

    /**
     * A report of misconduct against a target that exists; {@code noticeId} and {@code serviceItemCode} when it is a
     * notice, {@code accusedFirmId} when it is a firm.
     */
    public static Complaint report(ReportTopic topic, TargetKind targetKind, long targetId, String targetName, Long noticeId,
                                   String serviceItemCode, Long accusedFirmId, long reporterOrgId, String by, String text,
                                   Instant now, Instant dueAt, Collection<Long> regulators) {
        if (topic == null || topic == ReportTopic.OBJECTION_REJECTED) {
            throw new DomainException("report.error.topic");
        }
        Complaint c = new Complaint(ComplaintKind.REPORT, topic, targetKind, targetId, targetName, reporterOrgId, by, text,
                now, dueAt, regulators);
        c.noticeId = noticeId;
        c.serviceItemCode = serviceItemCode;
        c.accusedFirmId = accusedFirmId;
        return c;
    }

    private Complaint(ComplaintKind kind, ReportTopic topic, TargetKind targetKind, long targetId, String targetName,
                      long reporterOrgId, String by, String text, Instant now, Instant dueAt, Collection<Long> regulators) {
        this.text = checkText(text, kind == ComplaintKind.COMPLAINT ? "complaint.error.textRequired" : "report.error.textRequired");
        if (targetKind == null) {
            throw new DomainException("report.error.targetRequired");
        }
        if (regulators == null || regulators.isEmpty()) {
            throw new DomainException("complaint.error.noRegulator");
        }
        this.kind = kind;
        this.topic = topic;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.targetName = targetName == null ? "" : targetName.length() > 300 ? targetName.substring(0, 300) : targetName;
        this.reporterOrgId = reporterOrgId;
        this.filedBy = by;
        this.filedAt = now;
        this.dueAt = dueAt;
        this.status = ComplaintStatus.SUBMITTED;
        this.regulators = new HashSet<>(regulators);
    }

    public void addEvidence(FileRef f) {
        if (evidence.size() >= MAX_FILES) {
            throw new DomainException("upload.error.listFull", MAX_FILES);
        }
        evidence.add(f);
    }

    /** A regulator takes it up. */
    public void review(Instant now, String by) {
        status = status.review();
        reviewedAt = now;
        reviewedBy = by;
    }

    /**
     * The regulator's answer: a finding with its text, and the consequence for the accused firm (none unless the finding
     * is against the accused and there is an accused firm).
     */
    public void answer(Finding f, String answerText, Consequence c, Instant now, String by) {
        if (f == null) {
            throw new DomainException("complaint.error.findingRequired");
        }
        String checked = checkText(answerText, "complaint.error.answerRequired");
        Consequence applied = c == null ? Consequence.NONE : c;
        if (applied != Consequence.NONE && (!f.againstAccused() || accusedFirmId == null)) {
            throw new DomainException("complaint.error.consequenceNotAllowed");
        }
        status = status.answer();
        finding = f;
        answer = checked;
        consequence = applied;
        answeredAt = now;
        answeredBy = by;
    }

    /** The reporter withdraws it before the answer. */
    public void withdraw(Instant now) {
        status = status.withdraw();
        withdrawnAt = now;
    }

    /** Open past its due time: shown as overdue to the regulators and the reporter. */
    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }

    /** Whether the regulator organisation {@code orgId} is one this was routed to. */
    public boolean routedTo(long orgId) {
        return regulators.contains(orgId);
    }

    private static String checkText(String text, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new DomainException(requiredKey);
        }
        if (text.strip().length() > TEXT_LENGTH) {
            throw new DomainException("complaint.error.tooLong", TEXT_LENGTH);
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public ReportTopic getTopic() {
        return topic;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getTargetName() {
        return targetName;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Long getObjectionId() {
        return objectionId;
    }

    public String getServiceItemCode() {
        return serviceItemCode;
    }

    public Long getAccusedFirmId() {
        return accusedFirmId;
    }

    public long getReporterOrgId() {
        return reporterOrgId;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getText() {
        return text;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Finding getFinding() {
        return finding;
    }

    public String getAnswer() {
        return answer;
    }

    public Consequence getConsequence() {
        return consequence;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Set<Long> getRegulators() {
        return Set.copyOf(regulators);
    }

    public List<FileRef> getEvidence() {
        return List.copyOf(evidence);
    }
}
