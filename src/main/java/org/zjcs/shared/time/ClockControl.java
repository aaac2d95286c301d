package org.zjcs.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Moves the test clock and tells the observers of {@link ClockMoved}. Available only where the clock is movable
 * ({@link #available()}); the test endpoint ({@link TestClockResource}) and in-container tests use it.
 */
@ApplicationScoped
public class ClockControl {

    private static final Logger LOG = Logger.getLogger(ClockControl.class.getName());

    @Inject
    ClockProducer producer;

    @Inject
    Event<ClockMoved> moved;

    public boolean available() {
        return producer.movable().isPresent();
    }

    /** What the clock reads now. */
    public Instant now() {
        return clock().instant();
    }

    /** How far the clock is ahead of the system clock. */
    public Duration offset() {
        return clock().offset();
    }

    public Instant set(Instant at) {
        return move(c -> c.set(at));
    }

    public Instant advance(Duration by) {
        return move(c -> c.advance(by));
    }

    public Instant reset() {
        return move(MovableClock::reset);
    }

    private synchronized Instant move(Consumer<MovableClock> how) {
        MovableClock clock = clock();
        Instant from = clock.instant();
        how.accept(clock);
        Instant to = clock.instant();
        LOG.info(() -> "Test clock moved from " + from + " to " + to + " (offset " + clock.offset() + ")");
        moved.fire(new ClockMoved(from, to));
        return to;
    }

    private MovableClock clock() {
        return producer.movable().orElseThrow(() -> new IllegalStateException(
                "The clock is not movable on this server (" + ClockProducer.PROPERTY + " is not set)"));
    }
}
