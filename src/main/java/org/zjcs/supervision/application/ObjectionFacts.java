package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.zjcs.selection.application.SelectionLookup;
import org.zjcs.selection.application.SelectionService;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionRepository;
import org.zjcs.selection.domain.SelectionResult;

/** What a complaint reads of the selection context: the objection, whether a firm enrolled, the winner objected to. */
@ApplicationScoped
public class ObjectionFacts {

    @Inject
    ObjectionRepository objections;

    @Inject
    SelectionLookup lookup;

    @Inject
    SelectionService selection;

    /** The objection, locked (a complaint about it is being filed); refused as not found when unknown. */
    public Objection objection(long objectionId) {
        return objections.lock(objectionId).orElseThrow(() -> new org.zjcs.shared.error.DomainException("complaint.error.notFound"));
    }

    public boolean enrolled(long noticeId, long firmId) {
        return lookup.isEnrolled(noticeId, firmId);
    }

    /** The firm selected in the result the objection was raised against (the accused of a complaint), if any. */
    public Optional<Long> winnerObjectedTo(Objection o) {
        return selection.results(o.getNoticeId()).stream().filter(r -> r.getId() == o.getSelectionId())
                .map(SelectionResult::getWinnerFirmId).filter(w -> w != null).findFirst();
    }
}
