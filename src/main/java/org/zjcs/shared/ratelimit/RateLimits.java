package org.zjcs.shared.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.settings.SettingsService;

/**
 * Rate limits per client address on actions that cost the platform work or storage and need no login: registration
 * (firm and owner), invitation acceptance, password reset requests, uploads (every multipart form and REST multipart call). Limits are settings
 * ({@code security.rate.<action>.limit} actions per {@code security.rate.<action>.window-minutes}), read at each
 * request; the counts are in memory, per server, at most 100,000 addresses. Addresses listed in
 * {@code zjcs.ratelimit.exempt} (MicroProfile Config, none by default) are not limited: the test server exempts the
 * test runner's own address, never a production setting.
 */
@ApplicationScoped
public class RateLimits {

    /** The limited actions, with their default limit per window. */
    public enum Action {
        REGISTRATION("registration", 20, 60),
        INVITATION("invitation", 10, 60),
        PASSWORD_RESET("password-reset", 5, 60),
        UPLOAD("upload", 60, 10);

        final String key;
        final int defaultLimit;
        final int defaultWindowMinutes;

        Action(String key, int defaultLimit, int defaultWindowMinutes) {
            this.key = key;
            this.defaultLimit = defaultLimit;
            this.defaultWindowMinutes = defaultWindowMinutes;
        }

        public String limitSetting() {
            return "security.rate." + key + ".limit";
        }

        public String windowSetting() {
            return "security.rate." + key + ".window-minutes";
        }

        public int defaultLimit() {
            return defaultLimit;
        }

        public int defaultWindowMinutes() {
            return defaultWindowMinutes;
        }
    }

    static final int MAX_KEYS = 100_000;

    @Inject
    SettingsService settings;

    @Inject
    SecurityEvents events;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zjcs.ratelimit.exempt")
    Optional<String> exemptList;

    @Inject
    @ConfigProperty(name = "zjcs.trusted.proxies")
    Optional<String> trustedProxyList;

    private final WindowLimiter limiter = new WindowLimiter(MAX_KEYS);
    private Set<String> exempt = Set.of();
    private Set<String> trustedProxies = Set.of();

    @PostConstruct
    void init() {
        exempt = ClientAddress.parse(exemptList.orElse(""));
        trustedProxies = ClientAddress.parse(trustedProxyList.orElse(""));
    }

    /** The client address of {@code request} ({@link ClientAddress}, with the configured trusted proxies). */
    public String clientOf(jakarta.servlet.http.HttpServletRequest request) {
        return ClientAddress.of(request, trustedProxies);
    }

    /** Counts one {@code action} of {@code client}; zero when allowed, else how long until it is allowed again. */
    public Duration tryAcquire(Action action, String client) {
        if (client == null || exempt.contains(client)) {
            return Duration.ZERO;
        }
        int limit = settings.intValue(action.limitSetting(), action.defaultLimit);
        int minutes = Math.max(1, settings.intValue(action.windowSetting(), action.defaultWindowMinutes));
        Duration wait = limiter.tryAcquire(action.key + "|" + client, clock.instant(), limit, Duration.ofMinutes(minutes));
        if (!wait.isZero()) {
            events.count(SecurityEvents.RATE_LIMITED);
        }
        return wait;
    }

    /** Whether {@code client} is exempt from the per-address limits (also the login's per-address slow-down). */
    public boolean exempt(String client) {
        return exempt.contains(client);
    }

    /** Whole seconds to announce for a wait (at least 1). */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
