package org.zjcs.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.Predicate;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;

/**
 * The owner's evaluation (好差评) of the winning firm for a notice: expected once the owner accepts a deliverable, due
 * within the evaluation time limit, given once: five aspects on a 1–5 scale (5 best), an overall level and an optional
 * private comment. A regulator may revise the level on appeal; the revised level counts from then on.
 */
@Entity
@Table(name = "evaluation")
@NamedQuery(name = "Evaluation.ofNotice", query = "SELECT e FROM Evaluation e WHERE e.noticeId = :notice")
@NamedQuery(name = "Evaluation.ofOwner",
        query = "SELECT e FROM Evaluation e WHERE e.ownerId = :owner ORDER BY e.dueAt DESC, e.id DESC")
@NamedQuery(name = "Evaluation.givenOfFirm",
        query = "SELECT e FROM Evaluation e WHERE e.firmId = :firm AND e.evaluatedAt IS NOT NULL "
                + "ORDER BY e.evaluatedAt DESC, e.id DESC")
@NamedQuery(name = "Evaluation.open",
        query = "SELECT e FROM Evaluation e WHERE e.evaluatedAt IS NULL ORDER BY e.dueAt, e.id")
public class Evaluation {

    public static final int COMMENT_LENGTH = 1000;
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    private long noticeId;

    @Column(name = "notice_title", nullable = false, length = 200, updatable = false)
    private String noticeTitle;

    @Column(name = "deliverable_id", nullable = false, updatable = false)
    private long deliverableId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "quality")
    private Integer quality;

    @Column(name = "timeliness")
    private Integer timeliness;

    @Column(name = "attitude")
    private Integer attitude;

    @Column(name = "fees")
    private Integer fees;

    @Column(name = "conduct")
    private Integer conduct;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_level", length = 30)
    private EvaluationLevel overallLevel;

    @Column(name = "comment", length = COMMENT_LENGTH)
    private String comment;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    @Column(name = "evaluated_by", length = 100)
    private String evaluatedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "revised_level", length = 30)
    private EvaluationLevel revisedLevel;

    protected Evaluation() {
    }

    /** An expected evaluation: the owner accepted a deliverable at {@code acceptedAt}; due at {@code dueAt}. */
    public Evaluation(long noticeId, String noticeTitle, long deliverableId, long ownerId, long firmId, Instant acceptedAt,
                      Instant dueAt) {
        this.noticeId = noticeId;
        this.noticeTitle = noticeTitle == null ? "" : noticeTitle;
        this.deliverableId = deliverableId;
        this.ownerId = ownerId;
        this.firmId = firmId;
        this.acceptedAt = acceptedAt;
        this.dueAt = dueAt;
    }

    /**
     * The owner gives the evaluation, once: every aspect 1–5, an overall level, an optional comment of at most
     * {@value #COMMENT_LENGTH} characters. After the due time it is still taken (it was flagged overdue meanwhile).
     */
    public void evaluate(Integer quality, Integer timeliness, Integer attitude, Integer fees, Integer conduct,
                         EvaluationLevel overall, String comment, Instant now, String by) {
        if (isEvaluated()) {
            throw new DomainException("evaluation.error.twice");
        }
        for (Integer score : new Integer[] {quality, timeliness, attitude, fees, conduct}) {
            if (score == null) {
                throw new DomainException("evaluation.error.aspectRequired");
            }
            if (score < MIN_SCORE || score > MAX_SCORE) {
                throw new DomainException("evaluation.error.aspectRange", MIN_SCORE, MAX_SCORE);
            }
        }
        if (overall == null) {
            throw new DomainException("evaluation.error.levelRequired");
        }
        String c = comment == null ? null : comment.strip();
        if (c != null && c.length() > COMMENT_LENGTH) {
            throw new DomainException("evaluation.error.commentLength", COMMENT_LENGTH);
        }
        this.quality = quality;
        this.timeliness = timeliness;
        this.attitude = attitude;
        this.fees = fees;
        this.conduct = conduct;
        this.overallLevel = overall;
        this.comment = c == null || c.isEmpty() ? null : c;
        this.evaluatedAt = now;
        this.evaluatedBy = by;
    }

    /** Overdue: not given yet and the due time has passed. */
    public boolean isOverdueAt(Instant now) {
        return !isEvaluated() && now.isAfter(dueAt);
    }

    /**
     * Whether a caller of organisation {@code organisationId} holding the roles {@code hasRole} says may read the
     * evaluation: an owner account of its owner unit, a firm account of its firm, or any regulator.
     */
    public boolean readableBy(long organisationId, Predicate<Role> hasRole) {
        return hasRole.test(Role.OWNER) && organisationId == ownerId
                || hasRole.test(Role.FIRM) && organisationId == firmId
                || hasRole.test(Role.REGULATOR);
    }

    public boolean isEvaluated() {
        return evaluatedAt != null;
    }

    /** A regulator revised the level on appeal (the appeal records the decision). */
    public void revise(EvaluationLevel level) {
        this.revisedLevel = level;
    }

    /** The level that counts: the revised one if any, else the one given. */
    public EvaluationLevel getLevel() {
        return revisedLevel != null ? revisedLevel : overallLevel;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public String getNoticeTitle() {
        return noticeTitle;
    }

    public long getDeliverableId() {
        return deliverableId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getFirmId() {
        return firmId;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Integer getQuality() {
        return quality;
    }

    public Integer getTimeliness() {
        return timeliness;
    }

    public Integer getAttitude() {
        return attitude;
    }

    public Integer getFees() {
        return fees;
    }

    public Integer getConduct() {
        return conduct;
    }

    public EvaluationLevel getOverallLevel() {
        return overallLevel;
    }

    public String getComment() {
        return comment;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public EvaluationLevel getRevisedLevel() {
        return revisedLevel;
    }
}
