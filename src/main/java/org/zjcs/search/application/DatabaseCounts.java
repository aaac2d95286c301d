package org.zjcs.search.application;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.zjcs.search.domain.SearchKind;

/**
 * The public documents of each kind in the database, as the index status compares them with the index: counted again
 * only when the change log has grown since the last count (every change of a public thing writes a row) or the count
 * is {@value #KEPT_SECONDS} s old (a transaction holding a lower change-log id may commit after it), and not during a
 * rebuild (which counts afresh at its start). One count at a time: callers meanwhile (the operator's progress bar, the
 * readiness check, a rebuild starting) wait for it and take its result. At province scale the count over the
 * announcements takes seconds, over a minute on a cold buffer pool (docs/performance.md).
 */
final class DatabaseCounts {

    static final int KEPT_SECONDS = 30;

    private final Supplier<Map<SearchKind, Long>> count;
    private Taken taken;

    DatabaseCounts(Supplier<Map<SearchKind, Long>> count) {
        this.count = count;
    }

    /**
     * The counts for a change log ending at {@code lastChange}: counted now when {@code fresh}, else the last ones
     * while {@code rebuilding} or while they are recent and the change log has not grown.
     */
    synchronized Map<SearchKind, Long> of(long lastChange, boolean fresh, boolean rebuilding) {
        Taken t = taken;
        boolean recent = t != null && System.nanoTime() - t.at() < TimeUnit.SECONDS.toNanos(KEPT_SECONDS);
        if (!fresh && t != null && (rebuilding || recent && t.lastChange() == lastChange)) {
            return t.counts();
        }
        Map<SearchKind, Long> counted = count.get();
        taken = new Taken(lastChange, counted, System.nanoTime());
        return counted;
    }

    private record Taken(long lastChange, Map<SearchKind, Long> counts, long at) {
    }
}
