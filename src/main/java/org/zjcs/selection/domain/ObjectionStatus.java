package org.zjcs.selection.domain;

import org.zjcs.shared.error.DomainException;

/** An objection (质疑) is OPEN until the owner answers it: REJECTED (the publicity period resumes) or UPHELD. */
public enum ObjectionStatus {
    OPEN, REJECTED, UPHELD;

    public ObjectionStatus answer(boolean upheld) {
        if (this != OPEN) {
            throw new DomainException("objection.error.answered");
        }
        return upheld ? UPHELD : REJECTED;
    }
}
