package org.zjcs.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;

/** The current actor as Shiro knows it from the request's subject; nobody outside a request (timers, start-up). */
@ApplicationScoped
public class ShiroGuard implements Guard {

    @Override
    public Optional<ZjcsPrincipal> principal() {
        return CurrentUser.principal();
    }

    @Override
    public boolean hasRole(Role role) {
        try {
            return SecurityUtils.getSubject().hasRole(role.name());
        } catch (UnavailableSecurityManagerException e) {
            return false;
        }
    }
}
