package org.zjcs.firm.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of a firm's registration: SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with a reason)
 * → SUBMITTED again when the firm has corrected it. Every other move is refused.
 */
public enum RegistrationStatus {
    SUBMITTED, RETURNED, APPROVED;

    public RegistrationStatus approve() {
        if (this != SUBMITTED) {
            throw new DomainException("firm.error.notAwaitingReview");
        }
        return APPROVED;
    }

    public RegistrationStatus returnForCorrection() {
        if (this != SUBMITTED) {
            throw new DomainException("firm.error.notAwaitingReview");
        }
        return RETURNED;
    }

    public RegistrationStatus resubmit() {
        if (this != RETURNED) {
            throw new DomainException("firm.error.notReturned");
        }
        return SUBMITTED;
    }
}
