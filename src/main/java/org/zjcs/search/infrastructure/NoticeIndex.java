package org.zjcs.search.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.infrastructure.IndexUpdates.Change;

/**
 * The serving {@link IndexGeneration} of one server (documents of every kind, not only notices; the name stayed) and the one lock its writes take: applying change-log rows after
 * the watermark (in batches, each committed with its watermark and made visible at once), swapping in a rebuilt
 * generation, searching over whichever generation serves at that moment.
 */
public final class NoticeIndex {

    static final int CHANGE_BATCH = 1000;

    private final Path base;
    private final SearchRows rows;
    private final Object writeLock = new Object();
    private final IndexUpdates updates = new IndexUpdates(TimeUnit.SECONDS.toNanos(30), System::nanoTime);
    private volatile IndexGeneration current;

    private final Executor searchThreads;

    public NoticeIndex(Path base, SearchRows rows) {
        this(base, rows, null);
    }

    /** An index whose searches spread over the segments on {@code searchThreads} (null: the caller's thread only). */
    public NoticeIndex(Path base, SearchRows rows, Executor searchThreads) {
        this.base = base;
        this.rows = rows;
        this.searchThreads = searchThreads;
    }

    /** The threads searches run on (null: the caller's), for a rebuilt generation to use the same. */
    public Executor searchThreads() {
        return searchThreads;
    }

    public Path base() {
        return base;
    }

    /** Opens the generation {@code CURRENT} names (or an empty new one); answers its watermark, -1 when it is empty. */
    public long open() throws IOException {
        Files.createDirectories(base);
        Path named = IndexGeneration.current(base);
        IndexGeneration g;
        if (named != null && Files.isDirectory(named)) {
            g = IndexGeneration.open(named, searchThreads);
        } else {
            g = IndexGeneration.create(IndexGeneration.fresh(base), -1, searchThreads);
            IndexGeneration.makeCurrent(base, g.path());
        }
        current = g;
        IndexGeneration.removeOthers(base, g.path());
        return g.mark();
    }

    public boolean isOpen() {
        return current != null;
    }

    /** The serving generation's watermark; -1 before it has one. */
    public long mark() {
        IndexGeneration g = current;
        return g == null ? -1 : g.mark();
    }

    /** Applies the change-log rows after the serving generation's watermark (nothing while it has none). */
    public void catchUp() throws IOException {
        synchronized (writeLock) {
            IndexGeneration g = current;
            if (g != null && g.mark() >= 0) {
                applyChanges(g);
            }
        }
    }

    private void applyChanges(IndexGeneration g) throws IOException {
        while (true) {
            List<Change> batch = rows.changesAfter(g.mark(), CHANGE_BATCH);
            if (batch.isEmpty()) {
                return;
            }
            IndexUpdates.apply(g.writer(), batch, IndexUpdates.loader(rows));
            long mark = updates.watermark(g.mark(), batch);
            g.commit(mark);
            if (batch.size() < CHANGE_BATCH || mark != batch.get(batch.size() - 1).id()) {
                return;
            }
        }
    }

    /** Brings a rebuilt generation up to the change log, names it {@code CURRENT}, closes and deletes the old one. */
    public void swapIn(IndexGeneration rebuilt) throws IOException {
        IndexGeneration old;
        synchronized (writeLock) {
            applyChanges(rebuilt);
            IndexGeneration.makeCurrent(base, rebuilt.path());
            old = current;
            current = rebuilt;
        }
        if (old != null) {
            old.close();
            IndexGeneration.deleteTree(old.path());
        }
    }

    /** Searches the serving generation (a swap in between: the new one is asked); nothing found before it is open. */
    public SearchResult search(SearchQuery q) {
        for (int attempt = 0; attempt < 3; attempt++) {
            IndexGeneration g = current;
            if (g == null) {
                return new IndexSearch(new ByteBuffersDirectory(), SearchAnalyzers.forIndex()).search(q);
            }
            try {
                return g.search(q);
            } catch (AlreadyClosedException swapped) {
                // a rebuild swapped the index during this search: ask the new one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("the search index was swapped repeatedly during one search");
    }

    /** Documents of each kind in the serving generation (all 0 before it is open). */
    public java.util.Map<org.zjcs.search.domain.SearchKind, Long> documentsPerKind() {
        for (int attempt = 0; attempt < 3; attempt++) {
            IndexGeneration g = current;
            if (g == null) {
                java.util.Map<org.zjcs.search.domain.SearchKind, Long> none =
                        new java.util.EnumMap<>(org.zjcs.search.domain.SearchKind.class);
                for (org.zjcs.search.domain.SearchKind k : org.zjcs.search.domain.SearchKind.values()) {
                    none.put(k, 0L);
                }
                return none;
            }
            try {
                return g.documentsPerKind();
            } catch (AlreadyClosedException swapped) {
                // swapped meanwhile: count the new one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("the search index was swapped repeatedly while counting");
    }

    /** Suggestions from the serving generation (none before it is open). */
    public List<org.zjcs.search.domain.SearchResult.Suggestion> suggest(String text,
            org.zjcs.search.domain.SearchKind kind, int max) {
        for (int attempt = 0; attempt < 3; attempt++) {
            IndexGeneration g = current;
            if (g == null) {
                return List.of();
            }
            try {
                return g.suggest(text, kind, max);
            } catch (AlreadyClosedException swapped) {
                // swapped meanwhile: ask the new one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("the search index was swapped repeatedly during one suggestion");
    }

    /** Documents in the serving generation (0 before it is open). */
    public long documents() {
        for (int attempt = 0; attempt < 3; attempt++) {
            IndexGeneration g = current;
            if (g == null) {
                return 0;
            }
            try {
                return g.documents();
            } catch (AlreadyClosedException swapped) {
                // swapped meanwhile: count the new one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("the search index was swapped repeatedly while counting");
    }

    /** Closes the serving generation. */
    public void close() {
        synchronized (writeLock) {
            IndexGeneration g = current;
            current = null;
            if (g != null) {
                g.close();
            }
        }
    }
}
