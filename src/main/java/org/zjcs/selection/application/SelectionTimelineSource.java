package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.security.application.AccountService;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentRepository;
import org.zjcs.selection.domain.EnrolmentStatus;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionRepository;
import org.zjcs.selection.domain.ObjectionStatus;
import org.zjcs.selection.domain.SelectionRepository;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.timeline.TimelineSource;

/**
 * The selection's steps of a notice for the approval-case timeline: the enrolments — only once they are opened at the
 * deadline (the firm is in clear); before, not even their number is shown — each selection round with its proof, a
 * voided result, objections raised and answered, an award declined by its winner (放弃中选) and the runner-up taken
 * from the same proof (递补).
 */
@ApplicationScoped
@Transactional
public class SelectionTimelineSource implements TimelineSource {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SelectionRepository selections;

    @Inject
    ObjectionRepository objections;

    @Inject
    AccountService accounts;

    @Override
    public List<TimelineEntry> stepsOf(long noticeId) {
        Map<Long, String> names = new HashMap<>();
        List<TimelineEntry> steps = new ArrayList<>();
        for (Enrolment e : enrolments.ofNotice(noticeId)) {
            if (e.getFirmId() == null) {
                continue; // still sealed: the enrolment window is open
            }
            String firm = name(names, e.getFirmId());
            boolean withdrawn = e.getStatus() == EnrolmentStatus.WITHDRAWN;
            steps.add(new TimelineEntry(e.getSubmittedAt(), noticeId, withdrawn ? "ENROLMENT_WITHDRAWN" : "ENROLMENT",
                    withdrawn ? "timeline.enrolment.withdrawn" : "timeline.enrolment", List.of(firm, e.getReceiptHash()),
                    firm, List.of()));
        }
        List<Objection> raised = objections.ofNotice(noticeId);
        for (SelectionResult s : selections.ofNotice(noticeId)) {
            String round = String.valueOf(s.getRound());
            List<TimelineEntry.Link> proof = List.of(
                    new TimelineEntry.Link("timeline.link.verify", "/verify.xhtml?notice=" + noticeId + "&round=" + round),
                    new TimelineEntry.Link("timeline.link.proof", "/api/notices/" + noticeId + "/proof?round=" + round));
            if (s.getStatus() == SelectionStatus.FAILED) {
                steps.add(new TimelineEntry(s.getSelectedAt(), noticeId, "SELECTION_FAILED", "timeline.selection.failed",
                        List.of(round), s.getSelectedBy(), proof));
            } else {
                String winner = s.getWinnerFirmId() == null ? "" : name(names, s.getWinnerFirmId());
                String amount = s.getAmount() == null ? "" : s.getAmount().toPlainString();
                if (s.isRunnerUp()) {
                    steps.add(new TimelineEntry(s.getSelectedAt(), noticeId, "SELECTION_RUNNER_UP", "timeline.selection.runnerUp",
                            List.of(round, winner, amount, String.valueOf(s.getBasedOnRound())), s.getSelectedBy(), proof));
                } else {
                    steps.add(new TimelineEntry(s.getSelectedAt(), noticeId, "SELECTION", "timeline.selection",
                            List.of(round, winner, amount), s.getSelectedBy(), proof));
                }
            }
            if (s.getStatus() == SelectionStatus.DECLINED && s.getDeclinedAt() != null) {
                String winner = s.getWinnerFirmId() == null ? "" : name(names, s.getWinnerFirmId());
                steps.add(new TimelineEntry(s.getDeclinedAt(), noticeId, "AWARD_DECLINED", "timeline.selection.declined",
                        List.of(round, winner, s.getDeclineReason() == null ? "" : s.getDeclineReason()), winner, List.of()));
            }
            if (s.getStatus() == SelectionStatus.VOIDED && s.getVoidedAt() != null) {
                steps.add(new TimelineEntry(s.getVoidedAt(), noticeId, "SELECTION_VOIDED", "timeline.selection.voided",
                        List.of(round, s.getVoidedReason() == null ? "" : s.getVoidedReason()), voidedBy(raised, s), proof));
            }
        }
        for (Objection o : raised) {
            String firm = name(names, o.getFirmId());
            steps.add(new TimelineEntry(o.getRaisedAt(), noticeId, "OBJECTION_RAISED", "timeline.objection.raised",
                    List.of(firm, o.getReason()), o.getRaisedBy(), List.of()));
            if (o.getAnsweredAt() != null) {
                boolean upheld = o.getStatus() == ObjectionStatus.UPHELD;
                steps.add(new TimelineEntry(o.getAnsweredAt(), noticeId, upheld ? "OBJECTION_UPHELD" : "OBJECTION_REJECTED",
                        upheld ? "timeline.objection.upheld" : "timeline.objection.rejected",
                        List.of(firm, o.getAnswer() == null ? "" : o.getAnswer()), o.getAnsweredBy(), List.of()));
            }
        }
        return steps;
    }

    /** Who voided a result: the answerer of the upheld objection against it. */
    private static String voidedBy(List<Objection> raised, SelectionResult s) {
        return raised.stream().filter(o -> o.getSelectionId() == s.getId() && o.getStatus() == ObjectionStatus.UPHELD)
                .map(Objection::getAnsweredBy).filter(java.util.Objects::nonNull).findFirst().orElse("system");
    }

    private String name(Map<Long, String> names, long organisationId) {
        return names.computeIfAbsent(organisationId, id -> accounts.organisation(id).getName());
    }
}
