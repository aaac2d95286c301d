package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.credit.domain.Evaluation;
import org.zjcs.shared.reminder.DueItem;
import org.zjcs.shared.reminder.ReminderSource;
import org.zjcs.shared.time.BusinessTime;

/** Evaluations still to give, for the reminders: the owner's unit is reminded two working days ahead of the due time. */
@ApplicationScoped
@Transactional
public class EvaluationReminderSource implements ReminderSource {

    public static final String KIND = "EVALUATION_DUE";
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    @Inject
    EvaluationQueries evaluations;

    @Override
    public List<DueItem> openItems() {
        List<DueItem> out = new ArrayList<>();
        for (Evaluation e : evaluations.openEvaluations()) {
            out.add(new DueItem(KIND, e.getNoticeId(), e.getDueAt(), List.of(e.getOwnerId()), "reminder.evaluation.due",
                    List.of(e.getNoticeTitle(), MINUTES.format(e.getDueAt())),
                    "/account/deliverables.xhtml?id=" + e.getNoticeId()));
        }
        return out;
    }
}
