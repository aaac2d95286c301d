package org.zjcs.shared.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Counts security events for monitoring: the meter {@code zjcs_security_events_total{event="…"}} on /metrics, one
 * label value per kind (a fixed, small set: never a user name or an address).
 */
@ApplicationScoped
public class SecurityEvents {

    public static final String METER = "zjcs_security_events";

    /** A login answered "too many attempts, wait" without checking the password. */
    public static final String LOGIN_THROTTLED = "login_throttled";
    /** A login answered "busy" because no password-hashing permit was free in time. */
    public static final String LOGIN_BUSY = "login_busy";
    /** A wrong password or an unknown user name. */
    public static final String LOGIN_FAILED = "login_failed";
    /** An action refused by a rate limit ({@link RateLimits}). */
    public static final String RATE_LIMITED = "rate_limited";
    /** An upload refused by the container's size limit before the application read it. */
    public static final String UPLOAD_TOO_LARGE = "upload_too_large";
    /** A request of a session whose account is no longer active. */
    public static final String INACTIVE_SESSION = "inactive_session";
    /** A state-changing REST call with the session cookie refused as cross-site (CSRF). */
    public static final String CSRF_REFUSED = "csrf_refused";
    /** A department API key that is unknown, revoked or of an inactive department. */
    public static final String API_KEY_REFUSED = "api_key_refused";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    public void count(String event) {
        metrics.counter(METER, new Tag("event", event)).inc();
    }
}
