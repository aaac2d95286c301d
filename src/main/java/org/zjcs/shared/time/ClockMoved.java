package org.zjcs.shared.time;

import java.time.Instant;

/**
 * The (test) clock was moved from {@code from} to {@code to} (synchronous CDI event, fired by {@link ClockControl}).
 * Whatever keeps "now"-dependent state observes it: schedulers re-plan their one-shot tasks and run their scans,
 * caches timed by the clock forget what they hold.
 */
public record ClockMoved(Instant from, Instant to) {
}
