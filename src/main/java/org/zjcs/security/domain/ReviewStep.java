package org.zjcs.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One step of a registration's review history (submitted, returned with its reason, approved, suspended ...); never
 * changed. Each kind of registration keeps its steps in its own table ({@code firm_review_event},
 * {@code owner_review_event}) as an element collection of its entity; the row id (given by the database) orders them.
 */
@Embeddable
public class ReviewStep {

    @Column(name = "id", insertable = false, updatable = false)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private ReviewAction action;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected ReviewStep() {
    }

    public ReviewStep(ReviewAction action, String reason, String actor, Instant at) {
        this.action = action;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
    }

    public ReviewAction getAction() {
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
