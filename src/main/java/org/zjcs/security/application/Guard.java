package org.zjcs.security.application;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.zjcs.security.domain.Role;
import org.zjcs.security.infrastructure.CurrentUser;
import org.zjcs.security.infrastructure.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * The checks every application service makes before it acts, whatever page or API called it: the caller
 * has the role (and, in the contexts that own objects, belongs to the owning organisation).
 */
public final class Guard {

    private Guard() {
    }

    /** The logged-in caller, whatever its role. */
    public static ZjcsPrincipal requireLogin() {
        return CurrentUser.principal().orElseThrow(() -> new DomainException("security.error.loginRequired"));
    }

    /** The logged-in caller, who must hold {@code role}. */
    public static ZjcsPrincipal requireRole(Role role) {
        ZjcsPrincipal p = requireLogin();
        Subject subject;
        try {
            subject = SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException e) {
            throw new DomainException("security.error.loginRequired");
        }
        if (!subject.hasRole(role.name())) {
            throw new DomainException("security.error.forbidden");
        }
        return p;
    }

    /**
     * The logged-in caller, who must hold one of {@code roles} (e.g. either party of a contract): checked before the
     * object is looked at, so a caller of another role learns nothing about it (403, never "not a party").
     */
    public static ZjcsPrincipal requireAnyRole(Role... roles) {
        ZjcsPrincipal p = requireLogin();
        Subject subject;
        try {
            subject = SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException e) {
            throw new DomainException("security.error.loginRequired");
        }
        for (Role role : roles) {
            if (subject.hasRole(role.name())) {
                return p;
            }
        }
        throw new DomainException("security.error.forbidden");
    }
}
