package org.zjcs.search.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zjcs.search.domain.SearchKind;

/**
 * The index as {@code GET /api/search/status} and the health check tell it.
 *
 * @param state STARTING (not opened yet), READY, REBUILDING (the old index serves meanwhile) or FAILED (see error)
 * @param done public documents written into the new index so far (during and after a rebuild), every kind
 * @param total public documents the rebuild set out to write, every kind
 * @param lastAppliedChangeId the watermark: every change-log row up to it is in this server's index
 * @param lastChangeId the highest id of the change log in the database
 * @param documents documents of every kind in the index (as the current searcher sees them)
 * @param publicDocuments public documents of every kind in the database
 * @param publicNotices public notices in the database
 * @param kinds per kind ({@code NOTICE}, {@code ANNOUNCEMENT}, {@code FIRM}, {@code SERVICE_ITEM}, {@code BULLETIN}, {@code ARTICLE}):
 *        documents in the index and public ones in the database
 * @param inStep the index has applied the whole change log and holds as many documents of each kind as the database
 */
public record IndexStatus(String state, long done, long total, long lastAppliedChangeId, long lastChangeId,
        long documents, long publicDocuments, long publicNotices, Map<String, KindCount> kinds, boolean inStep,
        Instant rebuildStartedAt, Instant rebuildFinishedAt, String error) {

    /**
     * The status from the figures: counts per kind side by side, summed; in step when the index is open, has applied
     * the whole change log and every kind has as many documents as the database.
     */
    public static IndexStatus of(String state, long done, long total, boolean open, long mark, long last,
            Map<SearchKind, Long> index, Map<SearchKind, Long> database, Instant rebuildStartedAt,
            Instant rebuildFinishedAt, String error) {
        Map<String, KindCount> kinds = new LinkedHashMap<>();
        boolean countsEqual = true;
        long inIndex = 0;
        long inDatabase = 0;
        for (SearchKind k : SearchKind.values()) {
            long i = index.getOrDefault(k, 0L);
            long d = database.getOrDefault(k, 0L);
            kinds.put(k.name(), new KindCount(i, d));
            countsEqual &= i == d;
            inIndex += i;
            inDatabase += d;
        }
        return new IndexStatus(state, done, total, mark, last, inIndex, inDatabase,
                database.getOrDefault(SearchKind.NOTICE, 0L), kinds, open && mark >= last && countsEqual,
                rebuildStartedAt, rebuildFinishedAt, error);
    }

    /** One kind: documents in the index, public ones in the database. */
    public record KindCount(long index, long database) {
    }
}
