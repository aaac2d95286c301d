package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.ApprovalRating;
import org.zjcs.credit.domain.AppealStatus;
import org.zjcs.credit.domain.Evaluation;
import org.zjcs.credit.domain.EvaluationRepository;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.timeline.TimelineSource;

/**
 * The evaluation steps of a notice for the approval-case timeline: the owner's evaluation (its overall level, never the
 * private comment), each department's quality rating, and an appeal with its decision.
 */
@ApplicationScoped
@Transactional
public class EvaluationTimeline implements TimelineSource {

    @Inject
    EvaluationRepository evaluations;

    @Override
    public List<TimelineEntry> stepsOf(long noticeId) {
        List<TimelineEntry> out = new ArrayList<>();
        evaluations.evaluationOfNotice(noticeId).filter(e -> e.getEvaluatedAt() != null).ifPresent(e -> {
            out.add(new TimelineEntry(e.getEvaluatedAt(), noticeId, "EVALUATION_GIVEN",
                    "timeline.evaluation." + e.getOverallLevel().name(), List.of(), e.getEvaluatedBy(), List.of()));
            evaluations.appealOf(e.getId()).ifPresent(a -> appeal(out, noticeId, a));
        });
        for (ApprovalRating r : evaluations.ratingsOfNotice(noticeId)) {
            if (r.getRatedAt() != null) {
                out.add(new TimelineEntry(r.getRatedAt(), noticeId, "APPROVAL_RATED",
                        "timeline.rating." + r.getRating().name(), List.of(), r.getRatedBy(), List.of()));
            }
        }
        return out;
    }

    private static void appeal(List<TimelineEntry> out, long noticeId, Appeal a) {
        out.add(new TimelineEntry(a.getFiledAt(), noticeId, "EVALUATION_APPEALED", "timeline.appeal.filed", List.of(),
                a.getFiledBy(), List.of()));
        if (a.getStatus() == AppealStatus.UPHELD) {
            out.add(new TimelineEntry(a.getDecidedAt(), noticeId, "APPEAL_UPHELD", "timeline.appeal.upheld", List.of(),
                    a.getDecidedBy(), List.of()));
        } else if (a.getStatus() == AppealStatus.REVISED) {
            out.add(new TimelineEntry(a.getDecidedAt(), noticeId, "APPEAL_REVISED",
                    "timeline.appeal.revised." + a.getRevisedLevel().name(), List.of(), a.getDecidedBy(), List.of()));
        }
    }
}
