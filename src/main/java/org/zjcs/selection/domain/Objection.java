package org.zjcs.selection.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.history.Exchange;

/**
 * An objection (质疑) by an enrolled firm against a selection result, raised in the publicity period and answered once
 * by the owner: rejected (the period resumes for the time it had left) or upheld (naming the entry taken out). Raised
 * and answered by/at, and the answer, are the {@link Exchange} (columns {@code raised_by}, {@code raised_at},
 * {@code answered_by}, {@code answered_at}, {@code answer}).
 */
@Entity
@Table(name = "objection")
@NamedQuery(name = "Objection.ofNotice", query = "SELECT o FROM Objection o WHERE o.noticeId = :notice ORDER BY o.id")
public class Objection {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "selection_id", nullable = false)
    private long selectionId;

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    @Column(name = "reason", nullable = false, length = TEXT_LENGTH)
    private String reason;

    @Column(name = "evidence_file_id")
    private Long evidenceFileId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "submittedBy", column = @Column(name = "raised_by", nullable = false, length = 100)),
            @AttributeOverride(name = "submittedAt", column = @Column(name = "raised_at", nullable = false)),
            @AttributeOverride(name = "answerReason", column = @Column(name = "answer", length = TEXT_LENGTH))})
    private Exchange exchange;

    @Column(name = "answer_due", nullable = false)
    private Instant answerDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ObjectionStatus status;

    @Column(name = "disqualified_firm_id")
    private Long disqualifiedFirmId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Objection() {
    }

    public Objection(long noticeId, long selectionId, long firmId, String reason, Long evidenceFileId, Instant raisedAt,
                     String raisedBy, Instant answerDue) {
        this.reason = checkText(reason, "objection.error.reasonRequired");
        this.noticeId = noticeId;
        this.selectionId = selectionId;
        this.firmId = firmId;
        this.evidenceFileId = evidenceFileId;
        this.exchange = Exchange.submitted(raisedBy, raisedAt);
        this.answerDue = answerDue;
        this.status = ObjectionStatus.OPEN;
    }

    /**
     * Whether a firm may object now: the notice ANNOUNCED (not SUSPENDED by an objection pending) and its publicity
     * period still running, the firm among the enrolled, and the notice's latest result a selection.
     */
    public static void checkRaisable(NoticeStatus noticeStatus, Instant publicityEndsAt, boolean enrolled,
                                     boolean resultSelected, Instant now) {
        if (noticeStatus == NoticeStatus.SUSPENDED) {
            throw new DomainException("objection.error.pending");
        }
        if (noticeStatus != NoticeStatus.ANNOUNCED || publicityEndsAt == null || !now.isBefore(publicityEndsAt)) {
            throw new DomainException("objection.error.period");
        }
        if (!enrolled) {
            throw new DomainException("objection.error.notEnrolled");
        }
        if (!resultSelected) {
            throw new DomainException("objection.error.period");
        }
    }

    /** The owner's answer with its reasons; an upheld objection names the entry taken out. */
    public void answer(boolean upheld, String text, Long disqualified, Instant now, String by) {
        String checked = checkText(text, "objection.error.answerRequired");
        status = status.answer(upheld);
        disqualifiedFirmId = upheld ? disqualified : null;
        exchange.answer(by, now, checked);
    }

    /**
     * The new end of the publicity period when this objection is rejected at {@code now}: the period resumes for the
     * time it had left when the objection was raised (none when it was raised at or after {@code publicityEndsAt}).
     */
    public Instant resumedPublicityEnd(Instant publicityEndsAt, Instant now) {
        Duration left = Duration.between(getRaisedAt(), publicityEndsAt);
        return now.plus(left.isNegative() ? Duration.ZERO : left);
    }

    /** Open past its answer deadline: flagged to the owner and the regulators. */
    public boolean isOverdueAt(Instant now) {
        return status == ObjectionStatus.OPEN && now.isAfter(answerDue);
    }

    /** The firms disqualified by the upheld objections among {@code objections}, in the order they were raised. */
    public static Set<Long> disqualifiedFirms(List<Objection> objections) {
        Set<Long> out = new LinkedHashSet<>();
        objections.stream().filter(o -> o.status == ObjectionStatus.UPHELD && o.disqualifiedFirmId != null)
                .forEach(o -> out.add(o.disqualifiedFirmId));
        return out;
    }

    private static String checkText(String text, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new DomainException(requiredKey);
        }
        if (text.trim().length() > TEXT_LENGTH) {
            throw new DomainException("objection.error.tooLong");
        }
        return text.trim();
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public long getSelectionId() {
        return selectionId;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getReason() {
        return reason;
    }

    public Long getEvidenceFileId() {
        return evidenceFileId;
    }

    public Exchange getExchange() {
        return exchange;
    }

    public Instant getRaisedAt() {
        return exchange.getSubmittedAt();
    }

    public String getRaisedBy() {
        return exchange.getSubmittedBy();
    }

    public Instant getAnswerDue() {
        return answerDue;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return exchange.getAnswerReason();
    }

    public Long getDisqualifiedFirmId() {
        return disqualifiedFirmId;
    }

    public Instant getAnsweredAt() {
        return exchange.getAnsweredAt();
    }

    public String getAnsweredBy() {
        return exchange.getAnsweredBy();
    }
}
