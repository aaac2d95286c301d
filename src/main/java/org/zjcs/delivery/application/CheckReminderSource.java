package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.reminder.DueItem;
import org.zjcs.shared.reminder.ReminderSource;
import org.zjcs.shared.worklist.Rows;

/**
 * Departments' checks still to make, for the reminders: each accepted latest version of a DELIVERED notice and each
 * linked department that has not checked it, due {@link CheckLimits#due} after the acceptance; the department is
 * reminded.
 */
@ApplicationScoped
@Transactional
public class CheckReminderSource implements ReminderSource {

    public static final String KIND = "DEPARTMENT_CHECK_DUE";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    CheckLimits limits;

    @Override
    public List<DueItem> openItems() {
        // one item per version (the job sends once per kind, subject and due time): every department still to check it
        Map<Long, Object[]> versions = new LinkedHashMap<>();
        Map<Long, List<Long>> departments = new LinkedHashMap<>();
        for (Object[] r : Rows.read(em, 5000, "SELECT DISTINCT d.id, n.id, n.title, d.answered_at, c.department_id "
                + "FROM deliverable d JOIN notice n ON n.id = d.notice_id AND n.status = 'DELIVERED' "
                + "JOIN notice_case nc ON nc.notice_id = n.id JOIN approval_case c ON c.id = nc.approval_case_id "
                + "WHERE d.status = 'ACCEPTED' AND NOT EXISTS (SELECT 1 FROM deliverable_check k "
                + "WHERE k.deliverable_id = d.id AND k.department_id = c.department_id) ORDER BY d.id")) {
            long id = Rows.number(r[0]);
            versions.putIfAbsent(id, r);
            departments.computeIfAbsent(id, k -> new ArrayList<>()).add(Rows.number(r[4]));
        }
        List<DueItem> out = new ArrayList<>();
        versions.forEach((id, r) -> {
            Instant due = limits.due(Rows.instant(r[3]));
            out.add(new DueItem(KIND, id, due, departments.get(id), "limits.reminder.check",
                    List.of(Rows.text(r[2]), DeliveryReminderSource.MINUTES.format(due)), DeliveryWorkSource.link(r[1])));
        });
        return out;
    }
}
