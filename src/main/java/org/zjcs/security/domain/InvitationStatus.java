package org.zjcs.security.domain;

import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of an invitation to join an organisation: PENDING → ACCEPTED (an account was created) or
 * PENDING → REVOKED (by the unit admin). A pending invitation past its expiry can no longer be accepted.
 */
public enum InvitationStatus {
    PENDING, ACCEPTED, REVOKED;

    public InvitationStatus accept() {
        if (this != PENDING) {
            throw new DomainException("member.error.invitationClosed");
        }
        return ACCEPTED;
    }

    public InvitationStatus revoke() {
        if (this != PENDING) {
            throw new DomainException("member.error.invitationClosed");
        }
        return REVOKED;
    }
}
