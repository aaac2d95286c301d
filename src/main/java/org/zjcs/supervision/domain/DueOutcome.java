package org.zjcs.supervision.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a due step ended: taken at {@code doneAt}, late when after its due instant (taken exactly at it is in time), and
 * the seconds it took from its opening (for the step-time medians; never negative, a step taken before the instant its
 * limit started counts 0).
 */
public record DueOutcome(Instant doneAt, boolean late, long durationSeconds) {

    public DueOutcome {
        Objects.requireNonNull(doneAt, "doneAt");
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must not be negative");
        }
    }

    /** The outcome of a step opened at {@code openedAt}, due at {@code dueAt}, taken at {@code doneAt}. */
    public static DueOutcome of(Instant openedAt, Instant dueAt, Instant doneAt) {
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        long seconds = Math.max(0, Duration.between(openedAt, doneAt).getSeconds());
        return new DueOutcome(doneAt, doneAt.isAfter(dueAt), seconds);
    }
}
