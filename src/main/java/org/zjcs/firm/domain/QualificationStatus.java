package org.zjcs.firm.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The review life cycle of a qualification: PENDING → APPROVED, or PENDING → RETURNED (with a reason) → PENDING
 * again when the firm has corrected it; an APPROVED qualification becomes SUPERSEDED when its renewal is approved.
 * Every other move is refused. Only an APPROVED qualification counts (and only on the days of its validity).
 */
public enum QualificationStatus {
    PENDING, APPROVED, RETURNED, SUPERSEDED;

    public QualificationStatus approve() {
        if (this != PENDING) {
            throw new DomainException("qualification.error.notPending");
        }
        return APPROVED;
    }

    public QualificationStatus returnForCorrection() {
        if (this != PENDING) {
            throw new DomainException("qualification.error.notPending");
        }
        return RETURNED;
    }

    public QualificationStatus resubmit() {
        if (this != RETURNED) {
            throw new DomainException("qualification.error.notReturned");
        }
        return PENDING;
    }

    public QualificationStatus supersede() {
        if (this != APPROVED) {
            throw new DomainException("qualification.error.notApproved");
        }
        return SUPERSEDED;
    }

    /** Only an approved qualification can be renewed (an expired one too: renewing is how it counts again). */
    public void requireRenewable() {
        if (this != APPROVED) {
            throw new DomainException("qualification.error.notApproved");
        }
    }

    /** Whether a qualification in this state counts (on the days of its validity). */
    public boolean counts() {
        return this == APPROVED;
    }
}
