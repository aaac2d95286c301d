package org.zjcs.security.domain;

public enum AccountStatus {
    ACTIVE, DISABLED
}
