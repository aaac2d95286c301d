package org.zjcs.supervision.domain;

import org.zjcs.shared.error.DomainException;

/** The life of a risk warning: raised OPEN, then CHECKED once by a regulator with a note. Nothing else. */
public enum RiskWarningState {
    OPEN, CHECKED;

    /** The state after {@code to}; an already checked warning is not checked again. */
    public RiskWarningState moveTo(RiskWarningState to) {
        if (this == OPEN && to == CHECKED) {
            return CHECKED;
        }
        throw new DomainException("risk.error.notOpen");
    }
}
