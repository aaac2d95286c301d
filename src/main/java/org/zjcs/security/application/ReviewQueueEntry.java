package org.zjcs.security.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An organisation's registration waiting for the operator, with its review deadline (working days after submission).
 * Getters, not record accessors: pages read it through Expression Language 5, which does not know records.
 */
public final class ReviewQueueEntry {

    private final long organisationId;
    private final String name;
    private final String creditCode;
    private final Instant submittedAt;
    private final LocalDate deadline;
    private final boolean overdue;

    public ReviewQueueEntry(long organisationId, String name, String creditCode, Instant submittedAt, LocalDate deadline,
                            boolean overdue) {
        this.organisationId = organisationId;
        this.name = name;
        this.creditCode = creditCode;
        this.submittedAt = submittedAt;
        this.deadline = deadline;
        this.overdue = overdue;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
