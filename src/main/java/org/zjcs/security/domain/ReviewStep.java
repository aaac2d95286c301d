package org.zjcs.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One step of a registration's review history (submitted, returned with its reason, approved, ...); never changed.
 * Each context that reviews registrations keeps its steps in its own table through a subclass.
 */
@MappedSuperclass
public abstract class ReviewStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    protected ReviewStep(ReviewAction action, String reason, String actor, Instant at) {
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

    /** The reason of the latest return in {@code history}, or null when it was never returned. */
    public static String latestReturnReason(java.util.List<? extends ReviewStep> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).getAction() == ReviewAction.RETURNED) {
                return history.get(i).getReason();
            }
        }
        return null;
    }
}
