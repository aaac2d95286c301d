package org.zjcs.search.infrastructure;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.zjcs.search.domain.SearchDocument;

/**
 * How rows of the change log become index updates, and how far the index has got.
 * <ul>
 * <li>{@link #apply}: every notice named by the rows is read again ({@code load}: empty when it is not public, a
 * draft or gone) and its document replaced ({@code updateDocument} by id) or deleted. A notice named by several rows is
 * read once. Applying a row twice does no harm (the notice is simply read again).</li>
 * <li>{@link #watermark}: the id up to which every row has been applied. Ids come from {@code AUTO_INCREMENT}: a
 * transaction that took a lower id may commit after a higher one was read, so a hole in the ids is waited for
 * ({@code gapWaitNanos}, then taken as a rolled-back transaction) before the watermark moves past it; the rows after
 * the hole are applied meanwhile and again at the next pass.</li>
 * <li>The watermark is kept in the Lucene commit's user data ({@value #LAST_CHANGE}): each server's index knows its
 * own position in the shared change log.</li>
 * </ul>
 */
public final class IndexUpdates {

    public static final String LAST_CHANGE = "lastChangeId";
    public static final String NOTICE = "NOTICE";
    static final long MAX_HOLE = 10_000;

    /** One row of the change log. */
    public record Change(long id, String entity, long entityId) {
    }

    /** What one application did. */
    public record Applied(int updated, int deleted) {
    }

    private final long gapWaitNanos;
    private final LongSupplier nanoClock;
    private final Map<Long, Long> gapSeen = new HashMap<>();

    public IndexUpdates(long gapWaitNanos, LongSupplier nanoClock) {
        this.gapWaitNanos = gapWaitNanos;
        this.nanoClock = nanoClock;
    }

    /** Applies the rows to the writer (not committed): each notice re-read by {@code load}, updated or deleted. */
    public static Applied apply(IndexWriter writer, List<Change> rows, LongFunction<Optional<SearchDocument>> load)
            throws IOException {
        Set<Long> notices = new LinkedHashSet<>();
        for (Change c : rows) {
            if (NOTICE.equals(c.entity())) {
                notices.add(c.entityId());
            }
        }
        int updated = 0;
        int deleted = 0;
        for (long id : notices) {
            Term term = new Term(SearchFields.ID, Long.toString(id));
            Optional<SearchDocument> doc = load.apply(id);
            if (doc.isPresent()) {
                writer.updateDocument(term, SearchFields.document(doc.get()));
                updated++;
            } else {
                writer.deleteDocuments(term);
                deleted++;
            }
        }
        return new Applied(updated, deleted);
    }

    /**
     * The new watermark after the rows read after {@code last} (sorted by id) were applied: the highest id before the
     * first hole that is still young; holes older than the wait are passed.
     */
    public synchronized long watermark(long last, List<Change> rows) {
        long mark = last;
        long now = nanoClock.getAsLong();
        for (Change c : rows) {
            if (c.id() <= mark) {
                continue;
            }
            if (c.id() - mark > MAX_HOLE) {
                // not a transaction in flight: the counter jumped (a restore, another increment setting)
                mark = c.id();
                continue;
            }
            for (long missing = mark + 1; missing < c.id(); missing++) {
                long seen = gapSeen.computeIfAbsent(missing, k -> now);
                if (now - seen < gapWaitNanos) {
                    return mark;
                }
            }
            mark = c.id();
        }
        final long m = mark;
        gapSeen.keySet().removeIf(id -> id <= m);
        return mark;
    }

    /** Commits the writer with the watermark in the commit's user data. */
    public static void commit(IndexWriter writer, long watermark) throws IOException {
        writer.setLiveCommitData(Map.of(LAST_CHANGE, Long.toString(watermark)).entrySet());
        writer.commit();
    }

    /** The watermark of the directory's last commit; -1 when there is no index in it yet. */
    public static long lastApplied(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return -1;
        }
        String v = SegmentInfos.readLatestCommit(dir).getUserData().get(LAST_CHANGE);
        return v == null ? -1 : Long.parseLong(v);
    }
}
