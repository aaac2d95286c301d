package org.zjcs.security.infrastructure;

import org.zjcs.security.domain.ZjcsPrincipal;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.RolesAuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.zjcs.security.application.AccountStatusCache;

/**
 * {@code roles[X]} in shiro.ini: an anonymous user is sent to the login page; a logged-in user without
 * the role gets HTTP 403 (rendered by the 403 error page), not a redirect.
 */
public class RoleRequiredFilter extends RolesAuthorizationFilter {

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        Subject subject = getSubject(request, response);
        if (subject.getPrincipal() == null) {
            saveRequestAndRedirectToLogin(request, response);
        } else if (subject.getPrincipal() instanceof ZjcsPrincipal p
                && !CDI.current().select(AccountStatusCache.class).get().isActive(p.userId())) {
            // a deactivated account has no roles: its session ends here too (AccountStatusFilter on other paths)
            subject.logout();
            redirectToLogin(request, response);
        } else {
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
