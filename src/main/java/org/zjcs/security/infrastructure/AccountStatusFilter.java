package org.zjcs.security.infrastructure;

import org.zjcs.security.domain.ZjcsPrincipal;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.application.AccountStatusCache;
import org.zjcs.security.application.SessionEpochs;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.ratelimit.SecurityEvents;

/**
 * After Shiro (web.xml): a session whose account is no longer active (a deactivated member) ends at its next request,
 * whatever it asks for — pages, stored files, REST. Pages and files are sent to the login page, REST calls get 401.
 * The account's status is read through {@link AccountStatusCache} (a few seconds at most). Audited as
 * {@code SESSION_ENDED_INACTIVE}. Likewise a session that logged in before the account's password was changed or reset
 * ({@link SessionEpochs}), audited as {@code SESSION_ENDED_PASSWORD_CHANGED}.
 */
public class AccountStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountStatusCache status;

    @Inject
    transient AuditService audit;

    @Inject
    transient SecurityEvents events;

    @Inject
    transient SessionEpochs epochs;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Optional<ZjcsPrincipal> me = CurrentUser.principal();
        String ended = me.isEmpty() ? null : !status.isActive(me.get().userId()) ? "SESSION_ENDED_INACTIVE"
                : passwordChangedSince(req, me.get()) ? "SESSION_ENDED_PASSWORD_CHANGED" : null;
        if (ended != null) {
            ZjcsPrincipal p = me.get();
            SecurityUtils.getSubject().logout();
            events.count(SecurityEvents.INACTIVE_SESSION);
            audit.recordAs(p.username(), ended, "UserAccount", String.valueOf(p.userId()),
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

    /** Whether the account's password changed (or was reset) after this session logged in (SessionEpochs). */
    private boolean passwordChangedSince(HttpServletRequest req, ZjcsPrincipal p) {
        HttpSession session = req.getSession(false);
        Object epoch = session == null ? null : session.getAttribute(SessionEpochs.ATTRIBUTE);
        return epochs.outdated(p.userId(), epoch instanceof Integer i ? i : null);
    }
}
