package org.zjcs.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock (UTC) plus an offset that tests can set: time keeps running, only shifted. Used instead of the
 * system clock only on test servers ({@link ClockProducer}, property {@value ClockProducer#PROPERTY}); moved through
 * {@link TestClockResource}, or directly by in-container tests.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MovableClock(Clock base) {
        this.base = base;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /** How far this clock is ahead of the system clock (negative: behind). */
    public Duration offset() {
        return offset.get();
    }

    /** Moves the clock so that it reads {@code at} now (and runs on from there). */
    public void set(Instant at) {
        offset.set(Duration.between(base.instant(), at));
    }

    /** Moves the clock by {@code by} (negative: back). */
    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Back to the system clock. */
    public void reset() {
        offset.set(Duration.ZERO);
    }
}
