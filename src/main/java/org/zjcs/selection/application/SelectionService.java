package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.OpenedEntry;
import org.zjcs.selection.domain.SelectionRepository;
import org.zjcs.selection.domain.SelectionResult;

/**
 * Reading the selection of a notice (public, read-only): its rounds with their proofs, its objections, the firms whose
 * enrolments were opened. The actions are elsewhere: {@link DeadlineClosing} and {@link SelectionRun} (at the
 * deadline), {@link DirectPicks}, {@link ObjectionService} / {@link ObjectionAnswers}, {@link AwardService},
 * {@link AwardDeclineService} and {@link RunnerUpService}.
 */
@ApplicationScoped
@Transactional
public class SelectionService {

    @Inject
    SelectionRepository selections;

    @Inject
    SelectionLookup lookup;

    @Inject
    SelectionPeriods periods;

    /** Every selection run of a public notice, first round first. */
    public List<SelectionResult> results(long noticeId) {
        return selections.ofNotice(noticeId);
    }

    public Optional<SelectionResult> latest(long noticeId) {
        return selections.latest(noticeId);
    }

    /** The notice's objections, oldest first. */
    public List<Objection> objectionsOf(long noticeId) {
        return lookup.objections(noticeId);
    }

    /** The firms whose enrolments were opened at the deadline (those an upheld objection may disqualify). */
    public List<Long> enrolledFirms(long noticeId) {
        return lookup.opened(noticeId).stream().map(OpenedEntry::firmId).toList();
    }

    /** The same Beijing clock time N working days later (CalendarService.afterWorkingDays). */
    public Instant afterWorkingDays(Instant from, int days) {
        return periods.afterWorkingDays(from, days);
    }
}
