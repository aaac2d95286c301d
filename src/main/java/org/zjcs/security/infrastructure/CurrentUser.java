package org.zjcs.security.infrastructure;

import org.zjcs.security.domain.ZjcsPrincipal;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;

/** Access to the logged-in principal for services that check ownership. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ZjcsPrincipal> principal() {
        try {
            return Optional.ofNullable(SecurityUtils.getSubject().getPrincipals())
                    .map(p -> p.oneByType(ZjcsPrincipal.class));
        } catch (UnavailableSecurityManagerException e) {
            return Optional.empty();
        }
    }
}
