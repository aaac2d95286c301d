package org.zjcs.credit.domain;

import jakarta.persistence.AttributeOverride;
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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.history.Exchange;
import org.zjcs.shared.time.BusinessTime;

/**
 * The firm's appeal (申诉) of an owner's evaluation, filed with reasons until the appeal deadline (the appeal time limit
 * in working days after the evaluation), one per evaluation. A regulator upholds the evaluation or revises its level
 * to another one, with a reason either way. Filed by and when ({@link Exchange} submitted, columns {@code filed_by/at});
 * decided by and when with the reason (answered, {@code decided_by/at}, {@code decision_reason}).
 */
@Entity
@Table(name = "evaluation_appeal")
@NamedQuery(name = "Appeal.ofEvaluation", query = "SELECT a FROM Appeal a WHERE a.evaluationId = :evaluation")
@NamedQuery(name = "Appeal.all", query = "SELECT a FROM Appeal a ORDER BY a.exchange.submittedAt DESC, a.id DESC")
@NamedQuery(name = "Appeal.ofFirm", query = "SELECT a FROM Appeal a WHERE a.firmId = :firm ORDER BY a.exchange.submittedAt DESC")
public class Appeal {

    public static final int REASONS_LENGTH = 2000;
    public static final int DECISION_LENGTH = 1000;
    /** How a deadline is named in a message: Beijing time to the minute. */
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private Long evaluationId;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "reasons", nullable = false, length = REASONS_LENGTH, updatable = false)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private AppealStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_level", nullable = false, length = 30, updatable = false)
    private EvaluationLevel originalLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "revised_level", length = 30)
    private EvaluationLevel revisedLevel;

    @Embedded
    @AttributeOverride(name = "submittedBy", column = @Column(name = "filed_by", nullable = false, length = 100, updatable = false))
    @AttributeOverride(name = "submittedAt", column = @Column(name = "filed_at", nullable = false, updatable = false))
    @AttributeOverride(name = "answeredBy", column = @Column(name = "decided_by", length = 100))
    @AttributeOverride(name = "answeredAt", column = @Column(name = "decided_at"))
    @AttributeOverride(name = "answerReason", column = @Column(name = "decision_reason", length = DECISION_LENGTH))
    private Exchange exchange;

    protected Appeal() {
    }

    /**
     * The firm of an evaluation appeals it with reasons, no later than {@code deadline} (the appeal time limit after the
     * evaluation); {@code appealed} says whether the evaluation has an appeal already.
     */
    public static Appeal file(Evaluation evaluation, long callerFirmId, boolean appealed, String reasons, Instant now,
                              Instant deadline, String by) {
        if (!evaluation.isEvaluated()) {
            throw new DomainException("appeal.error.notEvaluated");
        }
        if (evaluation.getFirmId() != callerFirmId) {
            throw new DomainException("appeal.error.notFirm");
        }
        if (appealed) {
            throw new DomainException("appeal.error.twice");
        }
        if (now.isAfter(deadline)) {
            throw new DomainException("appeal.error.late", MINUTES.format(deadline));
        }
        String r = reasons == null ? "" : reasons.strip();
        if (r.isEmpty()) {
            throw new DomainException("appeal.error.reasonsRequired");
        }
        if (r.length() > REASONS_LENGTH) {
            throw new DomainException("appeal.error.reasonsLength", REASONS_LENGTH);
        }
        Appeal a = new Appeal();
        a.evaluationId = evaluation.getId();
        a.firmId = callerFirmId;
        a.reasons = r;
        a.exchange = Exchange.submitted(by, now);
        a.status = AppealStatus.PENDING;
        a.originalLevel = evaluation.getLevel();
        return a;
    }

    /**
     * Whether an evaluation may still be appealed at {@code now}: it is given, has no appeal ({@code appealed}) and the
     * appeal deadline has not passed (the firm's pages show the appeal form only then).
     */
    public static boolean openFor(Evaluation evaluation, boolean appealed, Instant now, Instant deadline) {
        return evaluation.isEvaluated() && !appealed && deadline != null && !now.isAfter(deadline);
    }

    /** A regulator upholds the evaluation, with a reason. */
    public void uphold(String reason, Instant now, String by) {
        decide(AppealStatus.UPHELD, null, reason, now, by);
    }

    /** A regulator revises the evaluation's level to another one, with a reason. */
    public void revise(EvaluationLevel level, String reason, Instant now, String by) {
        if (level == null) {
            throw new DomainException("appeal.error.levelRequired");
        }
        if (level == originalLevel) {
            throw new DomainException("appeal.error.sameLevel");
        }
        decide(AppealStatus.REVISED, level, reason, now, by);
    }

    private void decide(AppealStatus outcome, EvaluationLevel level, String reason, Instant now, String by) {
        status.requirePending();
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new DomainException("appeal.error.decisionReasonRequired");
        }
        if (r.length() > DECISION_LENGTH) {
            throw new DomainException("appeal.error.decisionReasonLength", DECISION_LENGTH);
        }
        this.status = outcome;
        this.revisedLevel = level;
        exchange.answer(by, now, r);
    }

    public Long getId() {
        return id;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getReasons() {
        return reasons;
    }

    public Instant getFiledAt() {
        return exchange.getSubmittedAt();
    }

    public String getFiledBy() {
        return exchange.getSubmittedBy();
    }

    /** Filed by and when; decided by and when, with the reason. */
    public Exchange getExchange() {
        return exchange;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public boolean isPending() {
        return status == AppealStatus.PENDING;
    }

    public EvaluationLevel getOriginalLevel() {
        return originalLevel;
    }

    public EvaluationLevel getRevisedLevel() {
        return revisedLevel;
    }

    public String getDecisionReason() {
        return exchange.getAnswerReason();
    }

    public Instant getDecidedAt() {
        return exchange.getAnsweredAt();
    }

    public String getDecidedBy() {
        return exchange.getAnsweredBy();
    }
}
