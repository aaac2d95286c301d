package org.zjcs.supervision.domain;

import java.util.List;
import java.util.Optional;

/** 通报. The lists are keyset-paged on the id, newest first. */
public interface BulletinRepository {

    void add(Bulletin bulletin);

    void flush();

    Optional<Bulletin> find(long id);

    /** The bulletin, locked for update until the transaction ends. */
    Optional<Bulletin> lock(long id);

    /** One page of the regulator organisation's bulletins (every state): ids below / above the cursor, at most limit. */
    List<Bulletin> ofRegulator(long regulatorOrgId, Long cursorId, boolean backwards, int limit);

    /** One page of the published bulletins (not the withdrawn ones), newest first. */
    List<Bulletin> published(Long cursorId, boolean backwards, int limit);
}
