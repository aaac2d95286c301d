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
import org.zjcs.shared.reminder.ReminderWindow;
import org.zjcs.shared.worklist.Rows;

/**
 * Quality ratings still to give, for the reminders: each expected rating, due {@link EvaluationDeadlines#ratingDue}
 * after the department's pass; the department is reminded two working days ahead. Only ratings whose pass lies where a
 * due time within the window can start are read (index {@code ix_approval_rating_passed}), in keyset pages of
 * {@value #PAGE}.
 */
@ApplicationScoped
@Transactional
public class RatingReminderSource implements ReminderSource {

    public static final String KIND = "QUALITY_RATING_DUE";
    static final int PAGE = 500;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    EvaluationDeadlines deadlines;

    @Override
    public List<DueItem> openItems(ReminderWindow window) {
        int days = deadlines.ratingDays();
        List<DueItem> out = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Object[]> rows = Rows.read(em, PAGE, "SELECT r.id, r.notice_id, r.notice_title, r.passed_at, r.department_id "
                    + "FROM approval_rating r WHERE r.passed_at >= ? AND r.passed_at < ? AND r.rated_at IS NULL AND r.id > ? "
                    + "ORDER BY r.id", Rows.param(window.startFrom(days)), Rows.param(window.startBefore(days)), after);
            for (Object[] r : rows) {
                after = Rows.number(r[0]);
                Instant due = deadlines.ratingDue(Rows.instant(r[3]), days);
                if (window.mayBeDue(due)) {
                    out.add(new DueItem(KIND, Rows.number(r[0]), due, List.of(Rows.number(r[4])), "limits.reminder.rating",
                            List.of(Rows.text(r[2]), EvaluationReminderSource.MINUTES.format(due)),
                            "/account/deliverables.xhtml?id=" + Rows.number(r[1])));
                }
            }
            if (rows.size() < PAGE) {
                return out;
            }
        }
    }
}
