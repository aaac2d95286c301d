package org.zjcs.security.application;

import java.util.Optional;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * The current actor, as the application services see it (a port: {@code ShiroGuard} answers from the Shiro subject
 * of the request; in-container tests install their own). Every service checks, before it acts and whatever page or
 * API called it, that the caller has the role and, in the contexts that own objects, belongs to the owning
 * organisation. Services never call Shiro themselves.
 */
public interface Guard {

    /** The logged-in caller, if any ("system" work such as timers has none). */
    Optional<ZjcsPrincipal> principal();

    /** Whether a caller is logged in and holds {@code role}. */
    boolean hasRole(Role role);

    /** The logged-in caller, whatever its role. */
    default ZjcsPrincipal requireLogin() {
        return principal().orElseThrow(() -> new DomainException("security.error.loginRequired"));
    }

    /** The logged-in caller, who must hold {@code role}. */
    default ZjcsPrincipal requireRole(Role role) {
        ZjcsPrincipal p = requireLogin();
        if (!hasRole(role)) {
            throw new DomainException("security.error.forbidden");
        }
        return p;
    }

    /**
     * The logged-in caller, who must hold one of {@code roles} (e.g. either party of a contract): checked before the
     * object is looked at, so a caller of another role learns nothing about it (403, never "not a party").
     */
    default ZjcsPrincipal requireAnyRole(Role... roles) {
        ZjcsPrincipal p = requireLogin();
        for (Role role : roles) {
            if (hasRole(role)) {
                return p;
            }
        }
        throw new DomainException("security.error.forbidden");
    }
}
