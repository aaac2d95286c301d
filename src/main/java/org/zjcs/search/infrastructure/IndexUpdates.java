package org.zjcs.search.infrastructure;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.zjcs.search.domain.IndexedDocument;

/**
 * How rows of the change log become index updates, and how far the index has got.
 * <ul>
 * <li>{@link #apply}: every entity named by the rows (a notice, a firm, a service item, a 通报) is read again by its
 * reader ({@code load}: no documents when it is not public, a draft or gone) and the documents of its source replaced
 * ({@code updateDocuments} by the source term) or deleted. An entity named by several rows is read once. Applying a row
 * twice does no harm (the entity is simply read again).</li>
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
    /** The layout of the documents; an index written with another one is rebuilt on start (its watermark reads -1). */
    public static final String SCHEMA = "schema";
    public static final String SCHEMA_VERSION = "4-title-twice";
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

    /** Reads an entity named by the change log: null when no reader follows that entity (the row is skipped). */
    public interface Loader {
        List<IndexedDocument> load(String entity, long id);
    }

    /**
     * Applies the rows to the writer (not committed): each entity named is re-read once by {@code load} and all
     * documents of its source ({@code ENTITY:id}: a notice and its announcements) are replaced by what it has now —
     * none when it is no longer public. Rows of entities no reader follows are skipped.
     */
    public static Applied apply(IndexWriter writer, List<Change> rows, Loader load) throws IOException {
        Set<String> sources = new LinkedHashSet<>();
        for (Change c : rows) {
            sources.add(IndexedDocument.source(c.entity(), c.entityId()));
        }
        int updated = 0;
        int deleted = 0;
        for (String source : sources) {
            int colon = source.lastIndexOf(':');
            List<IndexedDocument> docs = load.load(source.substring(0, colon), Long.parseLong(source.substring(colon + 1)));
            if (docs == null) {
                continue;
            }
            Term term = new Term(SearchFields.SOURCE, source);
            if (docs.isEmpty()) {
                writer.deleteDocuments(term);
                deleted++;
            } else {
                writer.updateDocuments(term, docs.stream().map(SearchFields::document).toList());
                updated++;
            }
        }
        return new Applied(updated, deleted);
    }

    /** A loader over the readers: each entity's reader, null for an entity none follows. */
    public static Loader loader(SearchRows rows) {
        return (entity, id) -> {
            KindRows r = rows.reader(entity);
            return r == null ? null : r.documents(id);
        };
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
        writer.setLiveCommitData(Map.of(LAST_CHANGE, Long.toString(watermark), SCHEMA, SCHEMA_VERSION).entrySet());
        writer.commit();
    }

    /**
     * The watermark of the directory's last commit; -1 when there is no index in it yet, or when it was written with
     * another layout of the documents (an older version: it is rebuilt, serving meanwhile what it has).
     */
    public static long lastApplied(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return -1;
        }
        Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
        String v = data.get(LAST_CHANGE);
        if (v == null || !SCHEMA_VERSION.equals(data.get(SCHEMA))) {
            return -1;
        }
        return Long.parseLong(v);
    }
}
