package org.zjcs.security.infrastructure;

import org.zjcs.security.domain.ZjcsPrincipal;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.audit.application.AuditService;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.ratelimit.SecurityEvents;

/**
 * Cross-site request forgery on the REST API ({@link CsrfCheck}): a state-changing call with the session cookie but
 * without a same-site Origin/Referer and the {@value CsrfCheck#HEADER} header is refused before any resource runs:
 * 403 with {@link ApiError} {@value #KEY} in the caller's language, counted as {@link SecurityEvents#CSRF_REFUSED} and
 * audited ({@value #ACTION}: method, path, reason and the claimed origin; never a cookie or header value beyond that).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class CsrfFilter implements ContainerRequestFilter {

    public static final String KEY = "security.error.csrf";
    public static final String ACTION = "CSRF_REFUSED";
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

    @Context
    HttpServletRequest request;

    @Inject
    AuditService audit;

    @Inject
    SecurityEvents events;

    /** Further origins of this site, e.g. the public https://… address when a proxy forwards to plain HTTP. */
    @Inject
    @ConfigProperty(name = "zjcs.site.origins")
    Optional<String> extraOrigins;

    @Override
    public void filter(ContainerRequestContext ctx) {
        Map<String, Cookie> cookies = ctx.getCookies();
        CsrfCheck.Verdict verdict = CsrfCheck.check(ctx.getMethod(),
                cookies != null && cookies.containsKey(CsrfCheck.SESSION_COOKIE),
                ctx.getHeaderString(CsrfCheck.API_KEY_HEADER) != null,
                ctx.getHeaderString("Origin"), ctx.getHeaderString("Referer"),
                ctx.getHeaderString(CsrfCheck.HEADER), ctx.getHeaderString(CsrfCheck.REQUESTED_WITH), ownOrigins());
        if (verdict == CsrfCheck.Verdict.ALLOWED) {
            return;
        }
        String reason = verdict == CsrfCheck.Verdict.FOREIGN_ORIGIN ? "origin" : "header";
        String path = ctx.getUriInfo().getPath();
        try {
            events.count(SecurityEvents.CSRF_REFUSED);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", ctx.getMethod());
            details.put("path", path.length() > 200 ? path.substring(0, 200) : path);
            details.put("reason", reason);
            String claimed = CsrfCheck.originOf(Optional.ofNullable(ctx.getHeaderString("Origin"))
                    .orElse(ctx.getHeaderString("Referer")));
            details.put("origin", claimed == null ? "-" : claimed);
            audit.recordAs(CurrentUser.principal().map(ZjcsPrincipal::username).orElse(CurrentActor.ANONYMOUS),
                    ACTION, "HTTP_REQUEST", ctx.getMethod() + " " + path, details);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record a refused cross-site call", e);
        }
        Locale locale = ApiLocale.of(ctx);
        ctx.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(KEY, Messages.text(locale, KEY))).build());
    }

    /** The origin the request was addressed to, and any configured public origins. */
    private List<String> ownOrigins() {
        List<String> own = new ArrayList<>();
        own.add(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        for (String o : extraOrigins.orElse("").split(",")) {
            if (!o.isBlank()) {
                own.add(o.trim());
            }
        }
        return own;
    }
}
