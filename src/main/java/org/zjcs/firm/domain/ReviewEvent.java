package org.zjcs.firm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a registration's review history; never changed. */
@Entity
@Table(name = "firm_review_event")
@NamedQuery(name = "ReviewEvent.ofFirm", query = "SELECT e FROM ReviewEvent e WHERE e.firmId = :firm ORDER BY e.id")
public class ReviewEvent {

    public enum Action {
        SUBMITTED, RETURNED, RESUBMITTED, APPROVED, SUSPENDED, REINSTATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private Action action;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected ReviewEvent() {
    }

    public ReviewEvent(long firmId, Action action, String reason, String actor, Instant at) {
        this.firmId = firmId;
        this.action = action;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
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
