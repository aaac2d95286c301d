package org.zjcs.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every service asks for "now", so that tests and deadline logic share one source of time: the system
 * clock (UTC), or — only when the server property {@value #PROPERTY} is {@code true}, which only the test servers set —
 * a {@link MovableClock} that tests move ({@link ClockControl}, docs/operations.md, "The test clock").
 */
@ApplicationScoped
public class ClockProducer {

    public static final String PROPERTY = "zjcs.test.clock";

    @Inject
    @ConfigProperty(name = PROPERTY, defaultValue = "false")
    boolean movable;

    private MovableClock movableClock;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return movable().map(Clock.class::cast).orElseGet(Clock::systemUTC);
    }

    /** The movable clock, present only on a test server. */
    synchronized Optional<MovableClock> movable() {
        if (!movable) {
            return Optional.empty();
        }
        if (movableClock == null) {
            movableClock = new MovableClock(Clock.systemUTC());
        }
        return Optional.of(movableClock);
    }
}
