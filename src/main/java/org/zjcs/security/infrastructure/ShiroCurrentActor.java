package org.zjcs.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.zjcs.shared.event.CurrentActor;

/** The acting user as Shiro knows it; "system" outside a web request (timers, start-up). */
@ApplicationScoped
public class ShiroCurrentActor implements CurrentActor {

    @Override
    public String name() {
        try {
            Subject subject = SecurityUtils.getSubject();
            Object principal = subject.getPrincipal();
            return principal == null ? ANONYMOUS : principal.toString();
        } catch (UnavailableSecurityManagerException e) {
            return SYSTEM;
        }
    }
}
