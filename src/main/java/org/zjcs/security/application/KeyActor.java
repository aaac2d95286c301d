package org.zjcs.security.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;

/**
 * Who acts in this request when a machine presented an API key rather than a login: set by the context that checked
 * the key (e.g. supervision's key filter for {@code /api/supervision/...}), read by the {@link Guard} before the
 * session's subject. Request-scoped, so it ends with the request and never leaks into another one; outside a request
 * (timers) there is none. The key's principal has no user account ({@code userId} 0) and a name {@code api-key:<id>}.
 */
@RequestScoped
public class KeyActor {

    private ZjcsPrincipal principal;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** From now on in this request the Guard sees {@code principal} with exactly {@code roles}. */
    public void actAs(ZjcsPrincipal principal, Set<Role> roles) {
        this.principal = principal;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Optional<ZjcsPrincipal> principal() {
        return Optional.ofNullable(principal);
    }

    public boolean hasRole(Role role) {
        return principal != null && roles.contains(role);
    }
}
