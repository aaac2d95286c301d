package org.zjcs.security.domain;

import java.io.Serializable;

/** What the session remembers about the logged-in user. Roles are read from the database on each check. */
public record ZjcsPrincipal(long userId, String username, long organisationId) implements Serializable {

    @Override
    public String toString() {
        return username;
    }
}
