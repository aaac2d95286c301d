package org.zjcs.search.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.infrastructure.IndexGeneration;
import org.zjcs.search.infrastructure.NoticeIndex;
import org.zjcs.search.infrastructure.KindRows;
import org.zjcs.search.infrastructure.RebuildWriter;
import org.zjcs.search.infrastructure.SearchRows;
import org.zjcs.search.infrastructure.SearchThreads;
import org.zjcs.shared.change.EntityChanged;
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.storage.FileStorageService;

/**
 * This server's Lucene index of the public documents (notices, announcements, firms, service items, 通报) (docs/search.md, "Life cycle"), under {@code zjcs.search.dir}
 * (default {@code <zjcs.data.dir>/search/notices}).
 * <ul>
 * <li>Follows the change log: after each commit that wrote a row ({@link EntityChanged}, {@code AFTER_SUCCESS}) and
 * every {@value #POLL_SECONDS} s (rows another server wrote, rows left when this one died), it applies the rows after
 * its watermark, commits the watermark in the Lucene commit and refreshes the searcher.</li>
 * <li>Rebuild: a new generation written from the database in keyset batches of {@value #BATCH} while the old one
 * serves, brought up to the change log, then swapped in. On the first start (no index) it starts by itself.</li>
 * </ul>
 */
@ApplicationScoped
public class SearchIndex {

    static final int POLL_SECONDS = 3;
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Resource
    ManagedThreadFactory threads;
    private SearchThreads searchThreads;

    @Inject
    SearchRows rows;

    @Inject
    @ConfigProperty(name = "zjcs.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "zjcs.search.dir")
    Optional<String> searchDir;

    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private volatile NoticeIndex index;
    private volatile String state = "STARTING";
    private volatile long done;
    private volatile long total;
    private volatile Instant rebuildStartedAt;
    private volatile Instant rebuildFinishedAt;
    private volatile String error;
    private final DatabaseCounts counts = new DatabaseCounts(() -> rows.publicCounts());
    private volatile ScheduledFuture<?> poll;
    private volatile boolean stopped;

    void start(@Observes SchemaReady ready) {
        executor.execute(this::open);
    }

    /** The directory that holds the generations. */
    Path base() {
        return searchDir.filter(d -> !d.isBlank()).map(Path::of)
                .orElseGet(() -> FileStorageService.rootFrom(dataDir).resolve("search").resolve("notices"));
    }

    private void open() {
        searchThreads = new SearchThreads(threads); // a search's tasks: not the executor's context per task
        NoticeIndex ix = new NoticeIndex(base(), rows, searchThreads);
        try {
            long mark = ix.open();
            index = ix;
            state = "READY";
            LOG.info(() -> "Search index " + ix.base() + " opened at change " + mark);
            if (mark < 0) {
                startRebuild();
            }
        } catch (IOException | RuntimeException e) {
            state = "FAILED";
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "The search index could not be opened (does another server use " + ix.base()
                    + "? set zjcs.search.dir per server)", e);
        } finally {
            schedulePoll();
        }
    }

    /** Applies the change log every few seconds (catchUp logs its failures: the next poll tries again). */
    private void schedulePoll() {
        if (!stopped) {
            poll = executor.scheduleWithFixedDelay(this::catchUp, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** A transaction that wrote the change log committed: apply it now (one pass queued at a time). */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntityChanged change) {
        if (catchUpQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                catchUpQueued.set(false);
                catchUp();
            });
        }
    }

    /** Applies the change-log rows after the watermark of the serving index; logs and keeps going on failure. */
    public void catchUp() {
        NoticeIndex ix = index;
        if (ix == null) {
            return;
        }
        try {
            ix.catchUp();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Applying the change log to the search index failed; the next poll tries again", e);
        }
    }

    /** Starts a rebuild in the background; false when one is already running or the index is not open. */
    public boolean startRebuild() {
        if (index == null || !rebuilding.compareAndSet(false, true)) {
            return false;
        }
        state = "REBUILDING";
        done = 0;
        total = 0;
        error = null;
        rebuildStartedAt = Instant.now();
        rebuildFinishedAt = null;
        try {
            executor.execute(this::rebuild);
        } catch (RuntimeException e) {
            rebuilding.set(false);
            state = "READY";
            throw e;
        }
        return true;
    }

    private void rebuild() {
        NoticeIndex ix = index;
        Path fresh = IndexGeneration.fresh(ix.base());
        IndexGeneration ng = null;
        boolean swapped = false;
        try {
            long startMark = rows.lastChangeId();
            // a row below the start whose transaction commits later: taken again from the old index's watermark on
            long mark = ix.mark() >= 0 ? Math.min(ix.mark(), startMark) : startMark;
            total = counts.of(startMark, true, true).values().stream().mapToLong(Long::longValue).sum();
            ng = IndexGeneration.create(fresh, mark, ix.searchThreads());
            // this thread reads the next batch while the others segment and add the last ones (both cores)
            RebuildWriter out = new RebuildWriter(ng.writer(), executor, RebuildWriter.threadsHere());
            for (KindRows reader : rows.readers()) {
                long after = 0;
                for (KindRows.Batch batch = reader.after(after, BATCH); !batch.isEmpty();
                     batch = reader.after(after, BATCH)) {
                    out.add(batch.documents());
                    after = batch.lastId();
                    done = out.added();
                }
            }
            out.finish();
            done = out.added();
            ng.commit(mark);
            ix.swapIn(ng);
            swapped = true;
            state = "READY";
            long n = done;
            LOG.info(() -> "Search index rebuilt: " + n + " documents in " + fresh);
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            state = "READY";
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; the old index keeps serving", e);
            if (ng != null && !swapped) {
                ng.close();
                IndexGeneration.deleteTree(fresh);
            }
        } finally {
            rebuildFinishedAt = Instant.now();
            rebuilding.set(false);
        }
    }

    /** Runs a search over the near-real-time searcher; before the index is open, nothing is found. */
    public SearchResult search(SearchQuery q) {
        NoticeIndex ix = index;
        return ix == null ? new NoticeIndex(base(), rows).search(q) : ix.search(q);
    }

    /** Up to {@code max} suggestions for the text being typed (of one kind, or all when null); none before it opens. */
    public List<SearchResult.Suggestion> suggest(String text, SearchKind kind, int max) {
        NoticeIndex ix = index;
        return ix == null ? List.of() : ix.suggest(text, kind, max);
    }

    /** The index's state, progress, watermark and counts per kind compared with the database. */
    public IndexStatus status() {
        NoticeIndex ix = index;
        long mark = ix == null ? -1 : ix.mark();
        Map<SearchKind, Long> docs = ix == null ? Map.of() : ix.documentsPerKind();
        long last = rows.lastChangeId();
        Map<SearchKind, Long> database = counts.of(last, false, rebuilding.get());
        return IndexStatus.of(state, done, total, ix != null, mark, last, docs, database, rebuildStartedAt,
                rebuildFinishedAt, error);
    }

    @PreDestroy
    void stop() {
        stopped = true;
        ScheduledFuture<?> t = poll;
        if (t != null) {
            t.cancel(false);
        }
        NoticeIndex ix = index;
        index = null;
        if (ix != null) {
            ix.close();
        }
        if (searchThreads != null) {
            searchThreads.close();
        }
    }
}
