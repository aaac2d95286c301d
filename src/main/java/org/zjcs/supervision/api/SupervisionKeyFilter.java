package org.zjcs.supervision.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.zjcs.security.application.KeyActor;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.ratelimit.RateLimits;
import org.zjcs.shared.ratelimit.SecurityEvents;
import org.zjcs.shared.ratelimit.WindowLimiter;
import org.zjcs.supervision.application.RiskSettings;
import org.zjcs.supervision.application.SupervisionApiKeys;
import org.zjcs.supervision.domain.SupervisionApiKey;

/**
 * The supervision API key for {@code /api/supervision/...}: a request that carries the key header ({@value #KEY_HEADER},
 * as the departments' keys) is answered by the key alone — an unknown or revoked key (a department's key included: it
 * has no supervision scope) is 401; a valid key with any method but GET/HEAD is 403 (read-only); more than
 * {@code risk.api.requests-per-minute} requests of one key in a minute are 429 with {@code Retry-After}; otherwise the
 * request acts as the key's regulator organisation ({@link KeyActor}: the Guard sees that organisation with the role
 * REGULATOR and nothing else). Without the header, the session login applies as everywhere. Before matching, so a
 * method the resource does not have is still 403, never a 405 that tells what exists.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SupervisionKeyFilter implements ContainerRequestFilter {

    public static final String KEY_HEADER = "X-Api-Key";
    public static final String SCHEME = "supervisionApiKey";
    private static final WindowLimiter LIMITER = new WindowLimiter(10_000);

    @Inject
    SupervisionApiKeys keys;

    @Inject
    KeyActor actor;

    @Inject
    RiskSettings settings;

    @Inject
    SecurityEvents events;

    @Inject
    Clock clock;

    /** Whether a path relative to /api is under supervision/. */
    static boolean supervised(String path) {
        String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        return p.equals("supervision") || p.startsWith("supervision/");
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        String presented = ctx.getHeaderString(KEY_HEADER);
        if (presented == null || !supervised(ctx.getUriInfo().getPath())) {
            return;
        }
        Locale locale = ApiLocale.of(ctx);
        Optional<SupervisionApiKey> key = keys.validKey(presented);
        if (key.isEmpty()) {
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + KEY_HEADER + "\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("api.error.key", Messages.text(locale, "api.error.key"))).build());
            return;
        }
        String method = ctx.getMethod();
        if (!"GET".equalsIgnoreCase(method) && !"HEAD".equalsIgnoreCase(method)) {
            ctx.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("risk.apiKey.error.readOnly",
                            Messages.text(locale, "risk.apiKey.error.readOnly"))).build());
            return;
        }
        Duration wait = LIMITER.tryAcquire("supervision-key|" + key.get().getId(), clock.instant(),
                settings.apiPerMinute(), Duration.ofMinutes(1));
        if (!wait.isZero()) {
            events.count(SecurityEvents.RATE_LIMITED);
            long seconds = RateLimits.seconds(wait);
            ctx.abortWith(Response.status(429).header("Retry-After", String.valueOf(seconds))
                    .type(MediaType.APPLICATION_JSON).entity(new ApiError("ratelimit.error.tooMany",
                            Messages.text(locale, "ratelimit.error.tooMany", seconds))).build());
            return;
        }
        actor.actAs(new ZjcsPrincipal(0, "api-key:" + key.get().getId(), key.get().getRegulatorId()),
                EnumSet.of(Role.REGULATOR));
    }
}
