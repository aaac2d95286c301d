package org.zjcs.selection.domain;

import java.util.List;
import java.util.Optional;

/** The selection runs of notices with their proofs. */
public interface SelectionRepository {

    void add(SelectionResult result);

    /** Every run of the notice, first round first. */
    List<SelectionResult> ofNotice(long noticeId);

    /** The latest run of the notice, if any. */
    Optional<SelectionResult> latest(long noticeId);
}
