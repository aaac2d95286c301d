package org.zjcs.search.application;

import java.time.Instant;
import java.util.Map;

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
 * @param kinds per kind ({@code NOTICE}, {@code ANNOUNCEMENT}, {@code FIRM}, {@code SERVICE_ITEM}, {@code BULLETIN}):
 *        documents in the index and public ones in the database
 * @param inStep the index has applied the whole change log and holds as many documents of each kind as the database
 */
public record IndexStatus(String state, long done, long total, long lastAppliedChangeId, long lastChangeId,
        long documents, long publicDocuments, long publicNotices, Map<String, KindCount> kinds, boolean inStep,
        Instant rebuildStartedAt, Instant rebuildFinishedAt, String error) {

    /** One kind: documents in the index, public ones in the database. */
    public record KindCount(long index, long database) {
    }
}
