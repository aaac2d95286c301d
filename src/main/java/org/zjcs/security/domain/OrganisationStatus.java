package org.zjcs.security.domain;

public enum OrganisationStatus {
    PENDING, ACTIVE, SUSPENDED,
    /** Deactivated by the operator (a department or regulator): its accounts cannot log in. */
    DEACTIVATED
}
