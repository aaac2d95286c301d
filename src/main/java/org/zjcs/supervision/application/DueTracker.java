package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zjcs.supervision.domain.DueKind;

/**
 * Keeps {@code due_item} in step with the contexts (docs/supervision.md, "Time limits: the due model"). A pass, run by
 * one server at a time ({@link DueLease}), first reads every source forward from its watermark in keyset batches of
 * {@value DueBatches#BATCH} (one transaction each) and inserts the steps that opened, already closed when they were
 * taken (on an empty table this is the backfill from history); then it re-reads the open items of each kind in batches
 * and closes the taken ones (done_at from the source's own time stamp), removes the moot ones and moves the due instant
 * of a deliverable whose service time was extended. Running a pass again changes nothing. Time: the injected clock.
 */
@ApplicationScoped
public class DueTracker {

    /** How far before its watermark a source is read again (late commits of earlier time stamps). */
    static final Duration OVERLAP = Duration.ofMinutes(10);

    private static final List<DueSource> SOURCES = DueSources.all();
    private static final Map<DueKind, List<DueSource>> BY_KIND = SOURCES.stream()
            .collect(Collectors.groupingBy(DueSource::kind));

    @Inject
    DueBatches batches;

    @Inject
    DueLease lease;

    @Inject
    Clock clock;

    /** What a pass did: items inserted (open or already closed), closed, removed as moot, given a new due instant. */
    public record Pass(int inserted, int closed, int removed, int moved) {
    }

    /** Runs a pass; empty when another server (or thread) is running one. */
    public Optional<Pass> pass() {
        String token = lease.claim();
        if (token == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(token));
        } finally {
            lease.release(token);
        }
    }

    /** Runs a pass, waiting up to {@code wait} for a running one to end (the test hook). */
    public Optional<Pass> passWaiting(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Pass> p = pass();
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
            Instant now = clock.instant();
            DueKey mark = batches.watermark(s.key());
            DueKey from = mark == null ? DueKey.START : mark.rewind(now, OVERLAP);
            while (true) {
                DueBatches.Opened o = batches.openBatch(s, from, now);
                inserted += o.inserted();
                if (o.rows() < DueBatches.BATCH || !lease.renew(token)) {
                    break;
                }
                from = o.last();
            }
        }
        for (DueKind kind : DueKind.values()) {
            long after = 0;
            while (true) {
                DueBatches.Closed c = batches.closeBatch(kind, BY_KIND.getOrDefault(kind, List.of()), after, clock.instant());
                closed += c.closed();
                removed += c.removed();
                moved += c.moved();
                if (c.read() < DueBatches.BATCH || !lease.renew(token)) {
                    break;
                }
                after = c.lastId();
            }
        }
        return new Pass(inserted, closed, removed, moved);
    }
}
