package org.zjcs.contract.domain;

import org.zjcs.shared.error.DomainException;

/**
 * A contract version is SUBMITTED until the other party answers: CONFIRMED (final; the notice becomes CONTRACTED) or
 * RETURNED with a reason. A RETURNED version may be followed by a corrected one, which starts SUBMITTED again. An open
 * version (SUBMITTED or RETURNED) becomes WITHDRAWN (final) when the winning firm declines the award (放弃中选).
 */
public enum ContractStatus {
    SUBMITTED, CONFIRMED, RETURNED, WITHDRAWN;

    /** Whether the version is still open: awaiting an answer, or returned and awaiting a corrected one. */
    public boolean isOpen() {
        return this == SUBMITTED || this == RETURNED;
    }

    /** The winner declined the award: an open version is withdrawn; a confirmed one cannot be (the contract is filed). */
    public ContractStatus withdraw() {
        if (!isOpen()) {
            throw new DomainException(this == CONFIRMED ? "contract.error.confirmed" : "contract.error.notSubmitted");
        }
        return WITHDRAWN;
    }

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
