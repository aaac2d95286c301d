package org.zjcs.delivery.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of one deliverable version: SUBMITTED until the owner answers, ACCEPTED (then checked by the linked
 * departments) or RETURNED_BY_OWNER; an ACCEPTED version becomes PASSED when every linked department passed it (final;
 * the notice is COMPLETED) or RETURNED_BY_APPROVER as soon as one department returns it. A returned version (by the
 * owner or a department) is followed by a new version, SUBMITTED again.
 */
public enum DeliverableStatus {
    SUBMITTED, ACCEPTED, RETURNED_BY_OWNER, PASSED, RETURNED_BY_APPROVER;

    /** The owner accepts a submitted version. */
    public DeliverableStatus accept() {
        if (this != SUBMITTED) {
            throw new DomainException("deliverable.error.notSubmitted");
        }
        return ACCEPTED;
    }

    /** The owner returns a submitted version. */
    public DeliverableStatus returnByOwner() {
        if (this != SUBMITTED) {
            throw new DomainException("deliverable.error.notSubmitted");
        }
        return RETURNED_BY_OWNER;
    }

    /** Refused unless the owner has accepted the version and no department has returned it: only then is it checked. */
    public void requireCheckable() {
        if (this != ACCEPTED) {
            throw new DomainException(this == SUBMITTED || this == RETURNED_BY_OWNER ? "deliverable.error.notAccepted"
                    : "deliverable.error.checked");
        }
    }

    /** Every linked department passed the accepted version. */
    public DeliverableStatus pass() {
        requireCheckable();
        return PASSED;
    }

    /** A linked department returned the accepted version. */
    public DeliverableStatus returnByApprover() {
        requireCheckable();
        return RETURNED_BY_APPROVER;
    }

    /** The state of the new version that follows a version in this state; refused unless this one was returned. */
    public DeliverableStatus resubmit() {
        return switch (this) {
            case RETURNED_BY_OWNER, RETURNED_BY_APPROVER -> SUBMITTED;
            case SUBMITTED -> throw new DomainException("deliverable.error.pending");
            case ACCEPTED -> throw new DomainException("deliverable.error.accepted");
            case PASSED -> throw new DomainException("deliverable.error.passed");
        };
    }

    public boolean isReturned() {
        return this == RETURNED_BY_OWNER || this == RETURNED_BY_APPROVER;
    }
}
