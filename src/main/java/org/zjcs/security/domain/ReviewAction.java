package org.zjcs.security.domain;

/** One kind of step in a registration's review history. */
public enum ReviewAction {
    SUBMITTED, RETURNED, RESUBMITTED, APPROVED, SUSPENDED, REINSTATED
}
