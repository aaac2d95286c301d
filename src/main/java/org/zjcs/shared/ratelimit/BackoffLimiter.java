package org.zjcs.shared.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progressive slow-down per key (an account name, a client address): the first {@code freeFailures} failures cost
 * nothing, each further one makes the key wait 1 s, 2 s, 4 s … at most {@code maxDelay} after it. Attempts made while
 * a key waits are refused without being counted, so hammering does not lengthen the wait beyond the cap, and a key
 * never waits longer than the cap after its last counted failure. A key quiet for {@code forgetAfter} starts afresh.
 *
 * <p>In memory and bounded: at most {@code maxKeys} keys, the least recently used one is dropped first. Thread-safe.
 * Several servers each keep their own counts (docs/security.md, "Throttling").
 */
public final class BackoffLimiter {

    /** The limits, read from the settings at each attempt. */
    public record Policy(int freeFailures, Duration maxDelay, Duration forgetAfter) {
    }

    private static final class Entry {
        int failures;
        Instant lastFailure;
        Instant waitUntil;
    }

    private final int maxKeys;
    private final Map<String, Entry> entries;

    public BackoffLimiter(int maxKeys) {
        this.maxKeys = maxKeys;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > BackoffLimiter.this.maxKeys;
            }
        };
    }

    /** How long {@code key} must still wait at {@code now}; zero when it may try. */
    public synchronized Duration waitFor(String key, Instant now, Policy policy) {
        Entry e = live(key, now, policy);
        if (e == null || e.waitUntil == null || !now.isBefore(e.waitUntil)) {
            return Duration.ZERO;
        }
        return Duration.between(now, e.waitUntil);
    }

    /** Counts a failure of {@code key}; returns the wait it now has (zero while failures are still free). */
    public synchronized Duration failure(String key, Instant now, Policy policy) {
        Entry e = live(key, now, policy);
        if (e == null) {
            e = new Entry();
            entries.put(key, e);
        }
        e.failures++;
        e.lastFailure = now;
        int over = e.failures - Math.max(0, policy.freeFailures());
        if (over <= 0) {
            e.waitUntil = null;
            return Duration.ZERO;
        }
        Duration delay = delay(over, policy.maxDelay());
        e.waitUntil = now.plus(delay);
        return delay;
    }

    /** Forgets {@code key} (a successful login of the account). */
    public synchronized void reset(String key) {
        entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The delay after the {@code over}-th failure beyond the free ones: 1 s, 2 s, 4 s … capped. */
    static Duration delay(int over, Duration max) {
        long seconds = over >= 31 ? Long.MAX_VALUE : 1L << (over - 1);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(max) > 0 ? max : d;
    }

    private Entry live(String key, Instant now, Policy policy) {
        Entry e = entries.get(key);
        if (e != null && e.lastFailure != null && !now.isBefore(e.lastFailure.plus(policy.forgetAfter()))
                && (e.waitUntil == null || !now.isBefore(e.waitUntil))) {
            entries.remove(key);
            return null;
        }
        return e;
    }
}
