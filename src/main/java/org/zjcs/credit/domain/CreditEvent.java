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

/**
 * One change of a firm's credit score, immutable: the code, its points under the named rule version, the source object
 * and when it happened. A correction is a new {@link CreditCode#REVERSAL} event naming the event it cancels.
 */
@Entity
@Table(name = "credit_event")
@NamedQuery(name = "CreditEvent.ofFirm",
        query = "SELECT e FROM CreditEvent e WHERE e.firmId = :firm ORDER BY e.occurredAt, e.id")
@NamedQuery(name = "CreditEvent.fact",
        query = "SELECT e FROM CreditEvent e WHERE e.firmId = :firm AND e.code = :code AND e.source = :source "
                + "AND e.sourceId = :sourceId")
@NamedQuery(name = "CreditEvent.ofSource",
        query = "SELECT e FROM CreditEvent e WHERE e.source = :source AND e.sourceId = :sourceId ORDER BY e.id")
public class CreditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private CreditCode code;

    @Column(name = "points", nullable = false, updatable = false)
    private int points;

    @Column(name = "rule_version_id", nullable = false, updatable = false)
    private long ruleVersionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 30, updatable = false)
    private CreditSource source;

    @Column(name = "source_id", nullable = false, length = 64, updatable = false)
    private String sourceId;

    @Column(name = "notice_id", updatable = false)
    private Long noticeId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "reverses_event_id", updatable = false)
    private Long reversesEventId;

    protected CreditEvent() {
    }

    /** The event of a fact under a rule version. */
    public CreditEvent(CreditFact fact, CreditRuleVersion rules, Instant recordedAt, String recordedBy) {
        this.firmId = fact.firmId();
        this.code = fact.code();
        this.points = rules.pointsOf(fact.code());
        if (rules.getId() == null) {
            throw new IllegalStateException("Credit rule version " + rules.getVersionNo() + " is not stored yet");
        }
        this.ruleVersionId = rules.getId();
        this.source = fact.source();
        this.sourceId = fact.sourceId();
        this.noticeId = fact.noticeId();
        this.occurredAt = fact.occurredAt();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The reversal of {@code original}: the opposite points, under the original's rule version. */
    public static CreditEvent reversalOf(CreditEvent original, CreditSource source, String sourceId, Instant at,
                                         String by) {
        if (original.code == CreditCode.REVERSAL) {
            throw new IllegalArgumentException("A reversal is not reversed; record the fact again instead");
        }
        CreditEvent r = new CreditEvent();
        r.firmId = original.firmId;
        r.code = CreditCode.REVERSAL;
        r.points = -original.points;
        r.ruleVersionId = original.ruleVersionId;
        r.source = source;
        r.sourceId = sourceId;
        r.noticeId = original.noticeId;
        r.occurredAt = at;
        r.recordedAt = at;
        r.recordedBy = by;
        r.reversesEventId = original.id;
        return r;
    }

    public Long getId() {
        return id;
    }

    public long getFirmId() {
        return firmId;
    }

    public CreditCode getCode() {
        return code;
    }

    public int getPoints() {
        return points;
    }

    public long getRuleVersionId() {
        return ruleVersionId;
    }

    public CreditSource getSource() {
        return source;
    }

    public String getSourceId() {
        return sourceId;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Long getReversesEventId() {
        return reversesEventId;
    }
}
