package org.zjcs.contract.domain;

import org.zjcs.shared.error.DomainException;

/**
 * A contract version is SUBMITTED until the other party answers: CONFIRMED (final; the notice becomes CONTRACTED) or
 * RETURNED with a reason. A RETURNED version may be followed by a corrected one, which starts SUBMITTED again.
 */
public enum ContractStatus {
    SUBMITTED, CONFIRMED, RETURNED;

    public ContractStatus confirm() {
        if (this != SUBMITTED) {
            throw new DomainException("contract.error.notSubmitted");
        }
        return CONFIRMED;
    }

    public ContractStatus returnIt() {
        if (this != SUBMITTED) {
            throw new DomainException("contract.error.notSubmitted");
        }
        return RETURNED;
    }

    /** The state of the corrected version that follows a version in this state; refused unless this one was returned. */
    public ContractStatus resubmit() {
        if (this != RETURNED) {
            throw new DomainException(this == CONFIRMED ? "contract.error.confirmed" : "contract.error.pending");
        }
        return SUBMITTED;
    }
}
