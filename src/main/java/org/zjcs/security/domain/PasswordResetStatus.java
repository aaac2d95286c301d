package org.zjcs.security.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of a password reset: REQUESTED (the user asked on the login page) → ISSUED (a one-time link exists;
 * also the start when the operator or the unit admin issues one unasked) → USED (a new password was set), or
 * ISSUED / REQUESTED → REPLACED (a newer link for the same account was issued). An issued link past its expiry can no
 * longer be used. Each refusal names why, in the words the link's page shows.
 */
public enum PasswordResetStatus {
    REQUESTED, ISSUED, USED, REPLACED;

    public PasswordResetStatus issue() {
        if (this != REQUESTED) {
            throw new DomainException("password.error.requestClosed");
        }
        return ISSUED;
    }

    public PasswordResetStatus use() {
        return switch (this) {
            case ISSUED -> USED;
            case USED -> throw new DomainException("password.error.linkUsed");
            case REPLACED -> throw new DomainException("password.error.linkReplaced");
            case REQUESTED -> throw new DomainException("password.error.linkUnknown");
        };
    }

    public PasswordResetStatus replace() {
        if (this != REQUESTED && this != ISSUED) {
            throw new DomainException("password.error.requestClosed");
        }
        return REPLACED;
    }
}
