package org.zjcs.supervision.application;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A keyset position in a due source: the instant a step opened, then its ref_id and ref_part. Stored as text in
 * {@code due_watermark.position}.
 */
record DueKey(Instant opened, long ref, long part) {

    /** Before every row. */
    static final DueKey START = new DueKey(Instant.parse("1970-01-02T00:00:00Z"), Long.MIN_VALUE, Long.MIN_VALUE);

    /** Microseconds since the epoch, ref, part: at most 59 characters. */
    String text() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, opened);
        return micros + "|" + ref + "|" + part;
    }

    static DueKey parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] p = text.split("\\|");
        return new DueKey(Instant.EPOCH.plus(Long.parseLong(p[0]), ChronoUnit.MICROS), Long.parseLong(p[1]), Long.parseLong(p[2]));
    }

    /**
     * Where the next pass reads from: {@code overlap} before this position (a transaction that took its time stamp
     * earlier but committed later is still found; the inserts are idempotent), and never after {@code now} less the
     * overlap (a clock moved back, as the test clock can be, writes earlier stamps than the watermark).
     */
    DueKey rewind(Instant now, Duration overlap) {
        Instant from = opened.isBefore(now) ? opened : now;
        Instant start = from.minus(overlap);
        return start.isBefore(START.opened()) ? START : new DueKey(start, Long.MIN_VALUE, Long.MIN_VALUE);
    }
}
