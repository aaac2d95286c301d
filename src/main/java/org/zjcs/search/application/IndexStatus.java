package org.zjcs.search.application;

import java.time.Instant;

/**
 * The index as {@code GET /api/search/status} and the health check tell it.
 *
 * @param state STARTING (not opened yet), READY, REBUILDING (the old index serves meanwhile) or FAILED (see error)
 * @param done public notices written into the new index so far (during and after a rebuild)
 * @param total public notices the rebuild set out to write
 * @param lastAppliedChangeId the watermark: every change-log row up to it is in this server's index
 * @param lastChangeId the highest id of the change log in the database
 * @param documents notices in the index (as the current searcher sees them)
 * @param publicNotices public notices in the database
 * @param inStep the index has applied the whole change log and holds as many notices as the database shows
 */
public record IndexStatus(String state, long done, long total, long lastAppliedChangeId, long lastChangeId,
        long documents, long publicNotices, boolean inStep, Instant rebuildStartedAt, Instant rebuildFinishedAt,
        String error) {
}
