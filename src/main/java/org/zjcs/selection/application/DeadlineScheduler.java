package org.zjcs.selection.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.zjcs.procurement.domain.NoticeTimeSet;
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.time.ClockMoved;

/**
 * Makes things happen at their moment by themselves: a notice's selection at its enrolment deadline, the award at the
 * end of its publicity period. Each moment is scheduled as a one-shot task at exactly that instant (on the managed
 * scheduled executor), when it is set on this server (a CDI event after the commit) and, for moments set on another
 * server or missed while this one was down, by a look-ahead scan at start-up and every {@code zjcs.selection.scan.seconds}
 * (default 10) covering the next {@code zjcs.selection.lookahead.seconds} (default 180). The scan only schedules; it
 * never waits for work to become due. The task itself claims the notice with a row lock and its status decides, so a
 * moment scheduled on two servers, or twice, takes effect once (DeadlineClosing, AwardService). Every server schedules
 * every moment its scan sees, so when one dies the others still fire at the instant; the scan interval bounds the delay
 * only for a moment set less than one interval before it on a server that then died, or set in the database directly
 * (docs/scaling.md, "Exactly once across nodes").
 */
@ApplicationScoped
public class DeadlineScheduler {

    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    NoticeAccess notices;

    @Inject
    DeadlineClosing closing;

    @Inject
    AwardService awards;

    @Inject
    Clock clock;

    /** Deadline to selection committed, for the selections this server ran at their deadline. */
    public static final String SELECTION_LATENCY = "zjcs_selection_after_deadline";

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "zjcs.selection.scan.seconds", defaultValue = "10")
    long scanSeconds;

    @Inject
    @ConfigProperty(name = "zjcs.selection.lookahead.seconds", defaultValue = "180")
    long lookaheadSeconds;

    /** The tasks scheduled on this server, by notice and moment. */
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private ScheduledFuture<?> scan;

    void start(@Observes SchemaReady ready) {
        scan = executor.scheduleWithFixedDelay(this::scan, 0, Math.max(1, scanSeconds), TimeUnit.SECONDS);
    }

    /** A notice got a new moment on this server: schedule it once the transaction committed. */
    void onTimeSet(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeTimeSet event) {
        schedule(event.noticeId(), event.at());
    }

    /** Schedules every moment due within the look-ahead (those already past run at once: catching up after a stop). */
    void scan() {
        try {
            Instant until = clock.instant().plusSeconds(Math.max(lookaheadSeconds, scanSeconds * 2));
            notices.dueUntil(until).forEach(d -> schedule(d.noticeId(), d.at()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scan for due notices failed; it runs again at the next interval", e);
        }
    }

    void schedule(long noticeId, Instant at) {
        String key = noticeId + "@" + at;
        // a moment already past when scheduled is a catch-up (after a stop): not a selection "at the deadline"
        boolean onTime = untilNanos(at) > 0;
        scheduled.computeIfAbsent(key, k -> executor.schedule(() -> fire(key, noticeId, at, 0, onTime), untilNanos(at),
                TimeUnit.NANOSECONDS));
    }

    private long untilNanos(Instant at) {
        return Math.max(0, Duration.between(clock.instant(), at).toNanos());
    }

    private void fire(String key, long noticeId, Instant at, int attempt, boolean onTime) {
        long early = untilNanos(at);
        if (early > 0) {
            // the executor's timer and the clock may differ by a little: woken before the moment, the work would find
            // the notice not due and be left to the next scan, so wait for the moment itself
            executor.schedule(() -> fire(key, noticeId, at, attempt, onTime), early, TimeUnit.NANOSECONDS);
            return;
        }
        try {
            String selected = closing.closeAndSelect(noticeId);
            if (onTime && !DeadlineClosing.NOT_DUE.equals(selected) && !DeadlineClosing.WAITING_FOR_PICK.equals(selected)) {
                // closeAndSelect committed when it returned: the moment was the notice's enrolment deadline
                metrics.timer(SELECTION_LATENCY).update(Duration.between(at, clock.instant()));
            }
            String awarded = awards.awardIfDue(noticeId);
            LOG.fine(() -> "Notice " + noticeId + ": " + selected + "; " + awarded);
            scheduled.remove(key);
        } catch (RuntimeException e) {
            // e.g. a lock wait timeout under load: try again shortly, a few times, then leave it to the next scan
            if (attempt < 5) {
                LOG.log(Level.WARNING, "Due work on notice " + noticeId + " failed; trying again in 2 s", e);
                executor.schedule(() -> fire(key, noticeId, at, attempt + 1, onTime), 2, TimeUnit.SECONDS);
            } else {
                LOG.log(Level.SEVERE, "Due work on notice " + noticeId + " failed repeatedly; the next scan retries", e);
                scheduled.remove(key);
            }
        }
    }

    /** The test clock moved: the one-shot tasks were timed for the old "now"; plan them again from the new one. */
    void onClockMoved(@Observes ClockMoved moved) {
        scheduled.values().forEach(f -> f.cancel(false));
        scheduled.clear();
        scan();
    }

    @PreDestroy
    void stop() {
        if (scan != null) {
            scan.cancel(false);
        }
        scheduled.values().forEach(f -> f.cancel(false));
    }
}
