package org.zjcs.security.application;

import org.zjcs.security.domain.Role;

/** The result of a login attempt, as the login page shows it. */
public record LoginOutcome(Result result, Role role, long retryAfterSeconds) {

    public enum Result {
        /** Logged in. */
        SUCCESS,
        /** Unknown user name or wrong password (the same answer for both). */
        BAD_CREDENTIALS,
        /** Too many failed attempts for this name or address: wait {@link #retryAfterSeconds}; nothing was checked. */
        THROTTLED,
        /** The password was right but the account is disabled. */
        DISABLED,
        /** The password was right but the account's organisation is deactivated by the operator. */
        ORGANISATION_DEACTIVATED,
        /** No password check could start in time (too many at once): try again. */
        BUSY
    }

    public boolean success() {
        return result == Result.SUCCESS;
    }

    static LoginOutcome success(Role role) {
        return new LoginOutcome(Result.SUCCESS, role, 0);
    }

    static LoginOutcome failed(Result result) {
        return new LoginOutcome(result, null, 0);
    }

    static LoginOutcome throttled(long seconds) {
        return new LoginOutcome(Result.THROTTLED, null, seconds);
    }
}
