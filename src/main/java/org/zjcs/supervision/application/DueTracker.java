package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.zjcs.supervision.domain.DueKind;

/**
 * Keeps {@code due_item} in step with the contexts (docs/supervision.md, "Time limits: the due model"). A pass, run by
 * one server at a time ({@link DueLease}), first reads every source forward from its watermark in keyset batches of
 * {@value DueBatches#BATCH} (one transaction each) and inserts the steps that opened, already closed when they were
 * taken (on an empty table this is the backfill from history); then it re-reads the open items of each kind in batches
 * and closes the taken ones (done_at from the source's own time stamp), removes the moot ones and moves the due instant
 * of a deliverable whose service time was extended (each batch counting the items it closed into the step-time
 * histogram in its own transaction, {@link StepDays}); then it re-folds the days of the 好差评 summary touched since
 * the last pass ({@link EvaluationDays}); last, once after V54, the histogram's backfill. Running a pass again changes
 * nothing. Time: the injected clock.
 */
@ApplicationScoped
public class DueTracker {

    /** How far before its watermark a source is read again (late commits of earlier time stamps). */
    private static final Logger LOG = Logger.getLogger(DueTracker.class.getName());

    static final Duration OVERLAP = Duration.ofMinutes(10);
    /** The span of opening instants one forward batch reads at most (doubled while empty). */
    static final Duration WINDOW = Duration.ofDays(30);

    private static final List<DueSource> SOURCES = DueSources.all();
    private static final Map<DueKind, List<DueSource>> BY_KIND = SOURCES.stream()
            .collect(Collectors.groupingBy(DueSource::kind));

    @Inject
    DueBatches batches;

    @Inject
    DueLease lease;

    @Inject
    EvaluationDays evaluationDays;

    @Inject
    StepDays stepDays;

    @Inject
    Clock clock;

    /**
     * What a pass did: items inserted (open or already closed), closed, removed as moot, given a new due instant; and
     * the days of the 好差评 summary re-folded ({@link EvaluationDays}).
     */
    public record Pass(int inserted, int closed, int removed, int moved, int daysFolded) {
    }

    /** Runs a pass; empty when another server (or thread) is running one. */
    public Optional<Pass> pass() {
        return pass(null, null);
    }

    /**
     * Runs a pass that first re-folds the summary days {@code refoldFrom} … {@code refoldTo} (when both are given: the
     * test hook, for evaluations written by fixtures with old time stamps); empty when another pass is running.
     */
    Optional<Pass> pass(java.time.LocalDate refoldFrom, java.time.LocalDate refoldTo) {
        String token = lease.claim();
        if (token == null) {
            return Optional.empty();
        }
        try {
            int refolded = refoldFrom == null || refoldTo == null ? 0 : evaluationDays.refold(refoldFrom, refoldTo);
            Pass p = run(token);
            return Optional.of(new Pass(p.inserted(), p.closed(), p.removed(), p.moved(), p.daysFolded() + refolded));
        } finally {
            lease.release(token);
        }
    }

    /** Runs a pass, waiting up to {@code wait} for a running one to end (the test hook). */
    public Optional<Pass> passWaiting(Duration wait) throws InterruptedException {
        return passWaiting(wait, null, null);
    }

    /** As {@link #passWaiting(Duration)}, re-folding the summary days {@code refoldFrom} … {@code refoldTo} first. */
    public Optional<Pass> passWaiting(Duration wait, java.time.LocalDate refoldFrom, java.time.LocalDate refoldTo)
            throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Pass> p = pass(refoldFrom, refoldTo);
            if (p.isPresent() || System.nanoTime() > end) {
                return p;
            }
            Thread.sleep(200);
        }
    }

    private Pass run(String token) {
        int inserted = 0;
        int closed = 0;
        int removed = 0;
        int moved = 0;
        for (DueSource s : SOURCES) {
            try {
                inserted += open(s, token);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Due pass: reading " + s.key() + " failed; the other kinds go on", e);
            }
        }
        for (DueKind kind : DueKind.values()) {
            try {
                DueBatches.Closed c = close(kind, token);
                closed += c.closed();
                removed += c.removed();
                moved += c.moved();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Due pass: closing " + kind + " failed; the other kinds go on", e);
            }
        }
        int folded = 0;
        for (String key : new String[] {EvaluationDays.GIVEN, EvaluationDays.DECIDED}) {
            try {
                folded += fold(key, token);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Due pass: folding " + key + " failed; it goes on at the next pass", e);
            }
        }
        try {
            while (stepDays.backfill(clock.instant()) && lease.renew(token)) {
                // the step-time histogram's backfill, a month a transaction (done once, after V54)
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Due pass: the step-time backfill failed; it goes on at the next pass", e);
        }
        return new Pass(inserted, closed, removed, moved, folded);
    }

    /**
     * Writes the step-time histogram's days {@code from} … {@code to} again from due_item, under the pass's lease
     * (waiting up to {@code wait} for a running pass): the test hook, for due_item rows written by fixtures. Empty
     * when the lease stayed taken; else the number of days written.
     */
    public Optional<Integer> refoldSteps(java.time.LocalDate from, java.time.LocalDate to, Duration wait)
            throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            String token = lease.claim();
            if (token != null) {
                try {
                    int days = 0;
                    for (java.time.LocalDate d = from; !d.isAfter(to); ) {   // one calendar month a transaction
                        java.time.LocalDate monthEnd = d.withDayOfMonth(d.lengthOfMonth());
                        java.time.LocalDate last = monthEnd.isAfter(to) ? to : monthEnd;
                        days += stepDays.refold(d, last);
                        lease.renew(token);
                        d = last.plusDays(1);
                    }
                    return Optional.of(days);
                } finally {
                    lease.release(token);
                }
            }
            if (System.nanoTime() > end) {
                return Optional.empty();
            }
            Thread.sleep(200);
        }
    }

    /** Reads evaluations given (or appeals decided) forward from the watermark; the number of days re-folded. */
    private int fold(String key, String token) {
        Instant now = clock.instant();
        DueKey mark = evaluationDays.watermark(key);
        DueKey from = mark == null ? DueKey.START : mark.rewind(now, OVERLAP);
        java.time.LocalDate pending = EvaluationDays.pending(mark);
        int days = 0;
        while (true) {
            EvaluationDays.Batch b = evaluationDays.forward(key, from, pending, now);
            days += b.days();
            pending = b.pending();
            if (b.rows() < EvaluationDays.BATCH || !lease.renew(token)) {
                return days;
            }
            from = b.last();
        }
    }

    /** Reads a source forward from its watermark; the number of items inserted. */
    private int open(DueSource s, String token) {
        int inserted = 0;
        Instant now = clock.instant();
        DueKey mark = batches.watermark(s.key());
        DueKey from = mark == null ? DueKey.START : mark.rewind(now, OVERLAP);
        Duration window = WINDOW;
        while (true) {
            Instant until = from.opened().plus(window);
            DueBatches.Opened o = batches.openBatch(s, from, until, now);
            inserted += o.inserted();
            if (!lease.renew(token)) {
                break;
            }
            if (o.rows() == DueBatches.BATCH) {
                from = o.last();
                window = WINDOW;   // a window grown over empty years shrinks again where the rows are
            } else if (until.isAfter(now.plus(OVERLAP))) {
                break;   // read up to now
            } else {
                window = o.rows() == 0 ? window.multipliedBy(2) : WINDOW;   // empty years pass quickly
                from = new DueKey(until, Long.MIN_VALUE, Long.MIN_VALUE);
            }
        }
        return inserted;
    }

    /** Re-reads the open items of a kind; what came of them. */
    private DueBatches.Closed close(DueKind kind, String token) {
        int closed = 0;
        int removed = 0;
        int moved = 0;
        long after = 0;
        while (true) {
            DueBatches.Closed c = batches.closeBatch(kind, BY_KIND.getOrDefault(kind, List.of()), after, clock.instant());
            closed += c.closed();
            removed += c.removed();
            moved += c.moved();
            after = c.lastId();
            if (c.read() < DueBatches.BATCH || !lease.renew(token)) {
                return new DueBatches.Closed(0, closed, removed, moved, after);
            }
        }
    }
}
