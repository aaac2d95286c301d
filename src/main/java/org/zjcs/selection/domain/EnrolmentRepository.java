package org.zjcs.selection.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sealed enrolments of notices and their append-only ledger of submissions. */
public interface EnrolmentRepository {

    /** Flushes pending changes (e.g. enrolments just opened). */
    void flush();

    /** The notice's enrolments with these tags, locked for update until the transaction ends, by tag (one query). */
    Map<String, Enrolment> lockByTags(long noticeId, Collection<String> tags);

    /** Persists the entities (enrolments, ledger rows) and flushes once. */
    void persistAll(List<?> entities);

    /** The firm's enrolment on the notice, found by its keyed tag. */
    Optional<Enrolment> byTag(long noticeId, String tag);

    long countActive(long noticeId);

    /** The receipt hashes of every submission on the notice (the ledger), in the order they were stored. */
    List<String> ledger(long noticeId);

    List<Enrolment> ofNotice(long noticeId);

    /**
     * Holds a shared lock on the notice row until the transaction ends: submissions run side by side, while closing the
     * notice (which locks the row for update) waits until they have committed. False for an unknown notice.
     */
    boolean shareLockNotice(long noticeId);
}
