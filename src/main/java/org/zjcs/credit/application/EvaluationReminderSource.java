package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.reminder.DueItem;
import org.zjcs.shared.reminder.ReminderSource;
import org.zjcs.shared.reminder.ReminderWindow;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.worklist.Rows;

/**
 * Evaluations still to give, for the reminders: the owner's unit is reminded two working days ahead of the due time.
 * The due time is stored ({@code evaluation.due_at}), so only the open evaluations due within the window are read
 * (index {@code ix_evaluation_open_due}, V62), in keyset pages of {@value #PAGE}.
 */
@ApplicationScoped
@Transactional
public class EvaluationReminderSource implements ReminderSource {

    public static final String KIND = "EVALUATION_DUE";
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);
    static final int PAGE = 500;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Override
    public List<DueItem> openItems(ReminderWindow window) {
        List<DueItem> out = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Object[]> rows = Rows.read(em, PAGE, "SELECT e.id, e.notice_id, e.notice_title, e.owner_id, e.due_at "
                    + "FROM evaluation e WHERE e.evaluated_at IS NULL AND e.due_at > ? AND e.due_at < ? AND e.id > ? ORDER BY e.id",
                    Rows.param(window.now()), Rows.param(window.dueBefore()), after);
            for (Object[] r : rows) {
                after = Rows.number(r[0]);
                long notice = Rows.number(r[1]);
                Instant due = Rows.instant(r[4]);
                out.add(new DueItem(KIND, notice, due, List.of(Rows.number(r[3])), "reminder.evaluation.due",
                        List.of(Rows.text(r[2]), MINUTES.format(due)), "/account/deliverables.xhtml?id=" + notice));
            }
            if (rows.size() < PAGE) {
                return out;
            }
        }
    }
}
