package org.zjcs.selection.domain;

import java.util.List;
import java.util.Optional;

/** The objections (质疑) raised against selection results. */
public interface ObjectionRepository {

    void add(Objection objection);

    /** The objection, locked for update until the transaction ends. */
    Optional<Objection> lock(long id);

    /** The notice's objections, oldest first. */
    List<Objection> ofNotice(long noticeId);
}
