package org.zjcs.security.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of an organisation's registration (a firm's or an owner's): SUBMITTED → APPROVED, or
 * SUBMITTED → RETURNED (with a reason) → SUBMITTED again when it has been corrected. Every other move is refused.
 */
public enum RegistrationStatus {
    SUBMITTED, RETURNED, APPROVED;

    public RegistrationStatus approve() {
        if (this != SUBMITTED) {
            throw new DomainException("registration.error.notAwaitingReview");
        }
        return APPROVED;
    }

    public RegistrationStatus returnForCorrection() {
        if (this != SUBMITTED) {
            throw new DomainException("registration.error.notAwaitingReview");
        }
        return RETURNED;
    }

    public RegistrationStatus resubmit() {
        if (this != RETURNED) {
            throw new DomainException("registration.error.notReturned");
        }
        return SUBMITTED;
    }
}
