package org.zjcs.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.KeyActor;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;

/**
 * The current actor as Shiro knows it from the request's subject; nobody outside a request (timers, start-up). A
 * request that authenticated with an API key ({@link KeyActor}) acts as the key's organisation instead, with the key's
 * roles only.
 */
@ApplicationScoped
public class ShiroGuard implements Guard {

    @Inject
    KeyActor keyActor;

    @Override
    public Optional<ZjcsPrincipal> principal() {
        Optional<ZjcsPrincipal> byKey = byKey();
        return byKey.isPresent() ? byKey : CurrentUser.principal();
    }

    @Override
    public boolean hasRole(Role role) {
        if (byKey().isPresent()) {
            return keyActor.hasRole(role);
        }
        try {
            return SecurityUtils.getSubject().hasRole(role.name());
        } catch (UnavailableSecurityManagerException e) {
            return false;
        }
    }

    private Optional<ZjcsPrincipal> byKey() {
        try {
            return keyActor == null ? Optional.empty() : keyActor.principal();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }
}
