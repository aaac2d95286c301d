package org.zjcs.security.application;

import java.time.Instant;
import org.zjcs.security.domain.Role;

/** The result of a login attempt, as the login page shows it. */
public record LoginOutcome(Result result, Role role, Instant lockedUntil) {

    public enum Result {
        SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED
    }

    public boolean success() {
        return result == Result.SUCCESS;
    }

    static LoginOutcome success(Role role) {
        return new LoginOutcome(Result.SUCCESS, role, null);
    }

    static LoginOutcome failed(Result result) {
        return new LoginOutcome(result, null, null);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Result.LOCKED, null, until);
    }
}
