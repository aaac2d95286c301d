package org.zjcs.security.domain;

import java.time.Instant;

/**
 * An organisation's registration as the operator reviews it, whatever the kind of organisation (a firm, a project
 * owner; later approval departments and regulators): its id is the organisation's, and it owns its
 * {@link RegistrationReview} (life cycle and history of steps).
 */
public interface Registration {

    Long getOrganisationId();

    /** The district-level region of the organisation's address (its contact details are checked alike). */
    String getRegionCode();

    /** The review of this registration, bound to its history of steps. */
    RegistrationReview review();

    /** The review's status (declared here, not as default methods: Expression Language does not see those). */
    RegistrationStatus getStatus();

    Instant getSubmittedAt();

    Instant getApprovedAt();
}
