package org.zjcs.portal.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Times as the portal's native queries read and page them (UTC DATETIME(6), cursors in microseconds). */
final class Times {

    private Times() {
    }

    static long toMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000L);
    }

    static Instant micros(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1000L);
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected time value " + o.getClass());
    }
}
