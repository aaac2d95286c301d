package org.zjcs.shared.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} actions per key in a fixed window (e.g. 5 registrations per client address per hour). In
 * memory, bounded to {@code maxKeys} keys (least recently used dropped first), thread-safe.
 */
public final class WindowLimiter {

    private static final class Window {
        Instant start;
        int count;
    }

    private final int maxKeys;
    private final Map<String, Window> windows;

    public WindowLimiter(int maxKeys) {
        this.maxKeys = maxKeys;
        this.windows = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > WindowLimiter.this.maxKeys;
            }
        };
    }

    /**
     * Counts one action of {@code key} if the window has room: returns zero, or (refused, not counted) how long until
     * the window ends.
     */
    public synchronized Duration tryAcquire(String key, Instant now, int limit, Duration window) {
        Window w = windows.get(key);
        if (w == null || !now.isBefore(w.start.plus(window))) {
            w = new Window();
            w.start = now;
            windows.put(key, w);
        }
        if (w.count >= Math.max(0, limit)) {
            return Duration.between(now, w.start.plus(window));
        }
        w.count++;
        return Duration.ZERO;
    }

    public synchronized int size() {
        return windows.size();
    }
}
