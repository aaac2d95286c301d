package org.zjcs.credit.domain;

import org.zjcs.shared.error.DomainException;

/** The life cycle of an appeal: PENDING until a regulator upholds the evaluation (UPHELD) or revises it (REVISED). */
public enum AppealStatus {
    PENDING, UPHELD, REVISED;

    /** Refuses deciding an appeal that is decided already. */
    public void requirePending() {
        if (this != PENDING) {
            throw new DomainException("appeal.error.decided");
        }
    }
}
