package org.zjcs.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.ratelimit.RateLimits;
import org.zjcs.shared.settings.SettingsService;

/** The login's slow-down per name and per address, with the default settings. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");
    private LoginThrottle throttle;

    @BeforeEach
    void defaults() {
        throttle = new LoginThrottle();
        throttle.settings = new SettingsService() {
            @Override
            public int intValue(String key, int defaultValue) {
                return defaultValue;
            }
        };
        throttle.rateLimits = new RateLimits();
    }

    @Test
    void aNameSlowsDownAfterFiveFailuresFromAnyAddressButItsUsualOne() {
        throttle.succeeded("firm01", "198.51.100.1");
        for (int i = 0; i < 6; i++) {
            throttle.failed("firm01", "203.0.113.1", T0);
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("firm01", "203.0.113.1", T0));
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("FIRM01 ", "203.0.113.2", T0), "any spelling, any address");
        assertEquals(Duration.ZERO, throttle.waitFor("firm01", "198.51.100.1", T0), "not from its usual address");
        assertEquals(Duration.ZERO, throttle.waitFor("firm02", "203.0.113.2", T0), "other names are free");
    }

    @Test
    void theWaitOfANameIsCappedAtAMinute() {
        Instant t = T0;
        for (int i = 0; i < 40; i++) { // from many addresses (each address has its own, longer cap)
            throttle.failed("owner01", "203.0.113." + i, t);
            t = t.plus(throttle.waitFor("owner01", "203.0.113." + i, t));
        }
        throttle.failed("owner01", "203.0.113.200", t);
        assertEquals(Duration.ofSeconds(60), throttle.waitFor("owner01", "198.51.100.200", t));
    }

    @Test
    void anAddressSlowsDownAfterTwentyFailuresWhateverTheNames() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("name" + i, "203.0.113.5", T0);
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("firm01", "203.0.113.5", T0), "even for another name");
        assertEquals(Duration.ZERO, throttle.waitFor("firm01", "203.0.113.6", T0), "other addresses are free");
    }

    @Test
    void aSuccessClearsTheName() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("firm03", "203.0.113.7", T0);
        }
        throttle.succeeded("firm03", "198.51.100.3");
        assertEquals(Duration.ZERO, throttle.waitFor("firm03", "203.0.113.8", T0));
    }
}
