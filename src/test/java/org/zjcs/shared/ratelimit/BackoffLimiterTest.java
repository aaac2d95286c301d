package org.zjcs.shared.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Progressive slow-down instead of a lock-out: free failures, then 1 s, 2 s, 4 s … capped; forgotten when quiet. */
class BackoffLimiterTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");
    private static final BackoffLimiter.Policy POLICY =
            new BackoffLimiter.Policy(5, Duration.ofSeconds(60), Duration.ofMinutes(15));

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesUpToTheCap() {
        BackoffLimiter l = new BackoffLimiter(100);
        Instant t = T0;
        for (int i = 1; i <= 5; i++) {
            assertEquals(Duration.ZERO, l.failure("firm01", t, POLICY), "failure " + i + " is free");
            assertEquals(Duration.ZERO, l.waitFor("firm01", t, POLICY));
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long seconds : expected) {
            assertEquals(Duration.ofSeconds(seconds), l.failure("firm01", t, POLICY));
            assertEquals(Duration.ofSeconds(seconds), l.waitFor("firm01", t, POLICY));
            t = t.plusSeconds(seconds); // the next attempt comes as soon as it may
            assertEquals(Duration.ZERO, l.waitFor("firm01", t, POLICY), "never longer than announced");
        }
    }

    @Test
    void waitingAttemptsAreNotCountedSoHammeringCannotLengthenTheWait() {
        BackoffLimiter l = new BackoffLimiter(100);
        for (int i = 0; i < 6; i++) {
            l.failure("owner01", T0, POLICY);
        }
        for (int i = 0; i < 1000; i++) {
            l.waitFor("owner01", T0.plusMillis(i), POLICY); // refused attempts only ask
        }
        assertEquals(Duration.ZERO, l.waitFor("owner01", T0.plusSeconds(1), POLICY));
    }

    @Test
    void otherKeysAreNotSlowedAndAQuietKeyStartsAfresh() {
        BackoffLimiter l = new BackoffLimiter(100);
        for (int i = 0; i < 8; i++) {
            l.failure("a", T0, POLICY);
        }
        assertTrue(l.waitFor("a", T0, POLICY).compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, l.waitFor("b", T0, POLICY));
        Instant later = T0.plus(Duration.ofMinutes(15));
        assertEquals(Duration.ZERO, l.failure("a", later, POLICY), "counting starts again after 15 quiet minutes");
    }

    @Test
    void resetClearsAKey() {
        BackoffLimiter l = new BackoffLimiter(100);
        for (int i = 0; i < 7; i++) {
            l.failure("a", T0, POLICY);
        }
        l.reset("a");
        assertEquals(Duration.ZERO, l.waitFor("a", T0, POLICY));
    }

    @Test
    void theMemoryIsBounded() {
        BackoffLimiter l = new BackoffLimiter(1000);
        for (int i = 0; i < 10_000; i++) {
            l.failure("name" + i, T0, POLICY);
        }
        assertEquals(1000, l.size());
    }

    @Test
    void windowLimiterAllowsTheLimitThenAnnouncesTheWindowsEnd() {
        WindowLimiter w = new WindowLimiter(10);
        Duration hour = Duration.ofHours(1);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, w.tryAcquire("reg|1.2.3.4", T0.plusSeconds(i), 3, hour));
        }
        assertEquals(hour.minusSeconds(10), w.tryAcquire("reg|1.2.3.4", T0.plusSeconds(10), 3, hour));
        assertEquals(Duration.ZERO, w.tryAcquire("reg|5.6.7.8", T0.plusSeconds(10), 3, hour), "another address");
        assertEquals(Duration.ZERO, w.tryAcquire("reg|1.2.3.4", T0.plus(hour), 3, hour), "a new window");
        for (int i = 0; i < 100; i++) {
            w.tryAcquire("k" + i, T0, 3, hour);
        }
        assertEquals(10, w.size());
    }
}
