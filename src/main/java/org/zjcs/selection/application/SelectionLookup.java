package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zjcs.selection.domain.Exclusion;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionRepository;
import org.zjcs.selection.domain.OpenedEntry;
import org.zjcs.selection.domain.SelectionRepository;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.shared.error.DomainException;

/**
 * What the publicity, objection, award and decline use cases start from: a notice's results (the current one, the
 * last declined one), its opened entries, its objections, and the firms that are out of it.
 */
@ApplicationScoped
@Transactional
public class SelectionLookup {

    @Inject
    SelectionRepository selections;

    @Inject
    ObjectionRepository objections;

    @Inject
    OpenedEntries openings;

    /** The notice's latest result, whatever its status. */
    public Optional<SelectionResult> latest(long noticeId) {
        return selections.latest(noticeId);
    }

    /** The notice's latest result when it is SELECTED (the current winner). */
    public Optional<SelectionResult> currentSelected(long noticeId) {
        return selections.latest(noticeId).filter(r -> r.getStatus() == SelectionStatus.SELECTED);
    }

    /** The notice's latest result, which must be DECLINED (the owner then takes the runner-up or ends the notice). */
    public SelectionResult lastDeclined(long noticeId) {
        return selections.latest(noticeId).filter(r -> r.getStatus() == SelectionStatus.DECLINED)
                .orElseThrow(() -> new DomainException("decline.error.notDeclined"));
    }

    /** The notice's entries opened at its deadline. */
    public List<OpenedEntry> opened(long noticeId) {
        return openings.of(noticeId);
    }

    public boolean isEnrolled(long noticeId, long firmId) {
        return openings.isEnrolled(noticeId, firmId);
    }

    public List<Objection> objections(long noticeId) {
        return objections.ofNotice(noticeId);
    }

    /** The firms disqualified on the notice by upheld objections. */
    public Set<Long> disqualified(long noticeId) {
        return Objection.disqualifiedFirms(objections.ofNotice(noticeId));
    }

    /** The firms out on this notice, with the reason (JSON): disqualified by an upheld objection, or declined an award. */
    public Map<Long, String> outOf(long noticeId) {
        Map<Long, String> out = new LinkedHashMap<>();
        disqualified(noticeId).forEach(f -> out.put(f, Exclusion.reasonJson("selection.disqualified")));
        SelectionResult.declinedFirms(selections.ofNotice(noticeId))
                .forEach(f -> out.put(f, Exclusion.reasonJson("selection.declined")));
        return out;
    }
}
