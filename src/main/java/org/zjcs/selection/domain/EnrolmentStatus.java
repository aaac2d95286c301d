package org.zjcs.selection.domain;

import org.zjcs.shared.error.DomainException;

/**
 * An enrolment's life cycle before the deadline: a firm enrols (ACTIVE), may revise its price while ACTIVE, withdraw
 * (WITHDRAWN) and enrol again. The last submission counts. What is allowed is decided here, nowhere else.
 */
public enum EnrolmentStatus {
    ACTIVE, WITHDRAWN;

    /** The status after a submission of {@code kind}; refuses a submission that does not fit the current status. */
    public EnrolmentStatus after(SubmissionKind kind) {
        return switch (kind) {
            case ENROL -> throw new DomainException("eligibility.ALREADY_ENROLLED");
            case REVISE -> {
                if (this != ACTIVE) {
                    throw new DomainException("enrolment.error.notActive");
                }
                yield ACTIVE;
            }
            case WITHDRAW -> {
                if (this != ACTIVE) {
                    throw new DomainException("enrolment.error.notActive");
                }
                yield WITHDRAWN;
            }
            case REENROL -> {
                if (this != WITHDRAWN) {
                    throw new DomainException("eligibility.ALREADY_ENROLLED");
                }
                yield ACTIVE;
            }
        };
    }
}
