package org.zjcs.delivery.domain;

import java.util.List;
import java.util.Optional;

/** The deliverables of the notices: the {@link DeliverableHistory} aggregate and its versions (with files and checks). */
public interface DeliverableRepository {

    /** The notice's deliverable with its whole history (no versions before the first upload). */
    default DeliverableHistory of(long noticeId) {
        return new DeliverableHistory(noticeId, ofNotice(noticeId));
    }

    /** The notice's deliverable, its rows locked for an action (the caller holds the notice's lock first). */
    DeliverableHistory lock(long noticeId);

    /** Persists a version the aggregate added (assigns its id). */
    void add(Deliverable d);

    /** One version by id. */
    Optional<Deliverable> find(long id);

    /** Every version of the notice's deliverable, oldest first. */
    List<Deliverable> ofNotice(long noticeId);

    /** The version a stored file belongs to. */
    Optional<Deliverable> ofFile(long storedFileId);
}
