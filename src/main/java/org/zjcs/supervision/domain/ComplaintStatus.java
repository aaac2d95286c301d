package org.zjcs.supervision.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of a complaint (投诉) or report (举报): SUBMITTED → UNDER_REVIEW (a regulator takes it up) → ANSWERED
 * (with a finding); the reporter may withdraw it (WITHDRAWN) until it is answered. Every other move is refused.
 */
public enum ComplaintStatus {
    SUBMITTED, UNDER_REVIEW, ANSWERED, WITHDRAWN;

    /** A regulator takes the item up. */
    public ComplaintStatus review() {
        if (this != SUBMITTED) {
            throw new DomainException("complaint.error.notSubmitted");
        }
        return UNDER_REVIEW;
    }

    /** A regulator answers with a finding: only an item under review. */
    public ComplaintStatus answer() {
        if (this != UNDER_REVIEW) {
            throw new DomainException(this == SUBMITTED ? "complaint.error.notUnderReview" : "complaint.error.closed");
        }
        return ANSWERED;
    }

    /** The reporter withdraws it before the answer. */
    public ComplaintStatus withdraw() {
        if (!isOpen()) {
            throw new DomainException("complaint.error.closed");
        }
        return WITHDRAWN;
    }

    /** Waiting for the regulator's answer. */
    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
