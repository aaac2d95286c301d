package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.zjcs.shared.ratelimit.BackoffLimiter;
import org.zjcs.shared.ratelimit.RateLimits;
import org.zjcs.shared.settings.SettingsService;

/**
 * Progressive slow-down of failed logins, per typed user name and per client address, instead of a lock-out
 * (docs/security.md, "Authentication"). After {@code security.login.account.free-failures} (default 5) wrong
 * passwords for a name, each further attempt for that name must wait 1 s, 2 s, 4 s … at most
 * {@code security.login.account.max-delay-seconds} (default 60) after the last counted failure; after
 * {@code security.login.address.free-failures} (default 20) failures from one address, the same for that address, up
 * to {@code security.login.address.max-delay-seconds} (default 300). A name or address quiet for
 * {@code security.login.forget-minutes} (default 15) starts afresh; a successful login clears its name.
 *
 * <p>The address a name last logged in from successfully is its usual address: from there the per-name delay does
 * not apply (the per-address one still does), so a rival's wrong passwords cannot keep the real user out at all.
 *
 * <p>In memory, per server, bounded (at most 50,000 names, 50,000 addresses, 50,000 usual addresses; the least
 * recently used is forgotten first). The limits are settings read at each attempt.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final String ACCOUNT_FREE = "security.login.account.free-failures";
    public static final String ACCOUNT_MAX_DELAY = "security.login.account.max-delay-seconds";
    public static final String ADDRESS_FREE = "security.login.address.free-failures";
    public static final String ADDRESS_MAX_DELAY = "security.login.address.max-delay-seconds";
    public static final String FORGET_MINUTES = "security.login.forget-minutes";

    static final int MAX_KEYS = 50_000;
    private static final int MAX_NAME = 100;

    @Inject
    SettingsService settings;

    @Inject
    RateLimits rateLimits;

    private final BackoffLimiter names = new BackoffLimiter(MAX_KEYS);
    private final BackoffLimiter addresses = new BackoffLimiter(MAX_KEYS);
    private final Map<String, String> usual = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_KEYS;
        }
    };

    /** How long an attempt for {@code username} from {@code client} must still wait; zero when it may be checked. */
    public Duration waitFor(String username, String client, Instant now) {
        Duration wait = Duration.ZERO;
        if (!rateLimits.exempt(client)) {
            wait = addresses.waitFor(client, now, addressPolicy());
        }
        if (!isUsual(username, client)) {
            Duration byName = names.waitFor(key(username), now, accountPolicy());
            if (byName.compareTo(wait) > 0) {
                wait = byName;
            }
        }
        return wait;
    }

    /** Counts a failed attempt (wrong password or unknown name). */
    public void failed(String username, String client, Instant now) {
        if (!rateLimits.exempt(client)) {
            addresses.failure(client, now, addressPolicy());
        }
        if (!isUsual(username, client)) {
            names.failure(key(username), now, accountPolicy());
        }
    }

    /** A successful login: the name starts afresh and {@code client} becomes its usual address. */
    public void succeeded(String username, String client) {
        names.reset(key(username));
        synchronized (usual) {
            usual.put(key(username), client);
        }
    }

    private boolean isUsual(String username, String client) {
        synchronized (usual) {
            return client != null && client.equals(usual.get(key(username)));
        }
    }

    private BackoffLimiter.Policy accountPolicy() {
        return new BackoffLimiter.Policy(settings.intValue(ACCOUNT_FREE, 5),
                Duration.ofSeconds(Math.max(1, settings.intValue(ACCOUNT_MAX_DELAY, 60))), forget());
    }

    private BackoffLimiter.Policy addressPolicy() {
        return new BackoffLimiter.Policy(settings.intValue(ADDRESS_FREE, 20),
                Duration.ofSeconds(Math.max(1, settings.intValue(ADDRESS_MAX_DELAY, 300))), forget());
    }

    private Duration forget() {
        return Duration.ofMinutes(Math.max(1, settings.intValue(FORGET_MINUTES, 15)));
    }

    private static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() > MAX_NAME ? k.substring(0, MAX_NAME) : k;
    }
}
