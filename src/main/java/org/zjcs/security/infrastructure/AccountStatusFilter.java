package org.zjcs.security.infrastructure;

import org.zjcs.security.domain.ZjcsPrincipal;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.application.AccountStatusCache;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.ratelimit.SecurityEvents;

/**
 * After Shiro (web.xml): a session whose account is no longer active (a deactivated member) ends at its next request,
 * whatever it asks for — pages, stored files, REST. Pages and files are sent to the login page, REST calls get 401.
 * The account's status is read through {@link AccountStatusCache} (a few seconds at most). Audited as
 * {@code SESSION_ENDED_INACTIVE}.
 */
public class AccountStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountStatusCache status;

    @Inject
    transient AuditService audit;

    @Inject
    transient SecurityEvents events;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Optional<ZjcsPrincipal> me = CurrentUser.principal();
        if (me.isPresent() && !status.isActive(me.get().userId())) {
            ZjcsPrincipal p = me.get();
            SecurityUtils.getSubject().logout();
            events.count(SecurityEvents.INACTIVE_SESSION);
            audit.recordAs(p.username(), "SESSION_ENDED_INACTIVE", "UserAccount", String.valueOf(p.userId()),
                    Map.of("path", req.getRequestURI()));
            String path = req.getRequestURI().substring(req.getContextPath().length());
            if (path.startsWith("/api/")) {
                Locale locale = ApiLocale.of(req);
                byte[] body = ("{\"code\":\"security.error.sessionEnded\",\"message\":\""
                        + Messages.text(locale, "security.error.sessionEnded") + "\"}").getBytes(StandardCharsets.UTF_8);
                res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                res.setContentType("application/json;charset=UTF-8");
                res.setContentLength(body.length);
                res.getOutputStream().write(body);
            } else {
                res.sendRedirect(req.getContextPath() + "/login.xhtml");
            }
            return;
        }
        chain.doFilter(req, res);
    }
}
