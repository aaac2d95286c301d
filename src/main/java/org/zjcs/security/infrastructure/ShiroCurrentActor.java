package org.zjcs.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.zjcs.security.application.KeyActor;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.event.CurrentActor;

/** The acting user as Shiro knows it (or the API key a request presented); "system" outside a web request. */
@ApplicationScoped
public class ShiroCurrentActor implements CurrentActor {

    @Inject
    KeyActor keyActor;

    @Override
    public String name() {
        try {
            Optional<ZjcsPrincipal> key = keyActor == null ? Optional.empty() : keyActor.principal();
            if (key.isPresent()) {
                return key.get().username();
            }
        } catch (ContextNotActiveException e) {
            // no request: not a key
        }
        try {
            Subject subject = SecurityUtils.getSubject();
            Object principal = subject.getPrincipal();
            return principal == null ? ANONYMOUS : principal.toString();
        } catch (UnavailableSecurityManagerException e) {
            return SYSTEM;
        }
    }
}
