package org.zjcs.contract.domain;

import org.zjcs.shared.error.DomainException;

/**
 * A service-period extension (延期申请) is REQUESTED by the winning firm until the owner unit answers: APPROVED (the
 * effective service end becomes the requested end) or REFUSED with a reason. Both answers are final.
 */
public enum ExtensionStatus {
    REQUESTED, APPROVED, REFUSED;

    public ExtensionStatus approve() {
        if (this != REQUESTED) {
            throw new DomainException("extension.error.notRequested");
        }
        return APPROVED;
    }

    public ExtensionStatus refuse() {
        if (this != REQUESTED) {
            throw new DomainException("extension.error.notRequested");
        }
        return REFUSED;
    }
}
