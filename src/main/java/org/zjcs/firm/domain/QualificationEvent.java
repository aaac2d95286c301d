package org.zjcs.firm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a qualification's review history; never changed. */
@Entity
@Table(name = "firm_qualification_event")
public class QualificationEvent {

    public enum Action {
        SUBMITTED, RETURNED, RESUBMITTED, APPROVED, SUPERSEDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "qualification_id", nullable = false)
    private long qualificationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private Action action;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected QualificationEvent() {
    }

    public QualificationEvent(long qualificationId, Action action, String reason, String actor, Instant at) {
        this.qualificationId = qualificationId;
        this.action = action;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
    }

    public long getQualificationId() {
        return qualificationId;
    }

    public Action getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }
}
