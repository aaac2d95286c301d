package org.zjcs.security.domain;

public enum OrganisationStatus {
    PENDING, ACTIVE, SUSPENDED
}
