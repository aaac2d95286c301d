package org.zjcs.credit.domain;

import org.zjcs.shared.error.DomainException;

/** The life cycle of a credit repair application: PENDING until a regulator approves or refuses it; both are final. */
public enum RepairStatus {
    PENDING, APPROVED, REFUSED;

    /** The status after a regulator's decision; refused unless the application is pending. */
    public RepairStatus decide(boolean approve) {
        if (this != PENDING) {
            throw new DomainException("credit.repair.error.decided");
        }
        return approve ? APPROVED : REFUSED;
    }
}
