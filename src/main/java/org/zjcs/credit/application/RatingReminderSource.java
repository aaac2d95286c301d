package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.reminder.DueItem;
import org.zjcs.shared.reminder.ReminderSource;
import org.zjcs.shared.worklist.Rows;

/**
 * Quality ratings still to give, for the reminders: each expected rating, due {@link EvaluationDeadlines#ratingDue}
 * after the department's pass; the department is reminded two working days ahead.
 */
@ApplicationScoped
@Transactional
public class RatingReminderSource implements ReminderSource {

    public static final String KIND = "QUALITY_RATING_DUE";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    EvaluationDeadlines deadlines;

    @Override
    public List<DueItem> openItems() {
        List<DueItem> out = new ArrayList<>();
        for (Object[] r : Rows.read(em, 5000, "SELECT r.id, r.notice_id, r.notice_title, r.passed_at, r.department_id "
                + "FROM approval_rating r WHERE r.rated_at IS NULL ORDER BY r.id")) {
            Instant due = deadlines.ratingDue(Rows.instant(r[3]));
            out.add(new DueItem(KIND, Rows.number(r[0]), due, List.of(Rows.number(r[4])), "limits.reminder.rating",
                    List.of(Rows.text(r[2]), EvaluationReminderSource.MINUTES.format(due)),
                    "/account/deliverables.xhtml?id=" + Rows.number(r[1])));
        }
        return out;
    }
}
