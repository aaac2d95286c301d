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
import org.zjcs.shared.reminder.ReminderWindow;
import org.zjcs.shared.worklist.Rows;

/**
 * Departments' checks still to make, for the reminders: each accepted latest version of a DELIVERED notice and each
 * linked department that has not checked it, due {@link CheckLimits#due} after the acceptance; the department is
 * reminded. Only versions accepted where a due time within the window can start are read (index
 * {@code ix_deliverable_answered}), in keyset pages of {@value #PAGE} (version, department) rows.
 */
@ApplicationScoped
@Transactional
public class CheckReminderSource implements ReminderSource {

    public static final String KIND = "DEPARTMENT_CHECK_DUE";
    static final int PAGE = 500;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    CheckLimits limits;

    @Override
    public List<DueItem> openItems(ReminderWindow window) {
        int days = limits.days();
        // one item per version (the job sends once per kind, subject and due time): every department still to check it
        Map<Long, Object[]> versions = new LinkedHashMap<>();
        Map<Long, List<Long>> departments = new LinkedHashMap<>();
        long afterVersion = 0;
        long afterDepartment = 0;
        while (true) {
            List<Object[]> rows = Rows.read(em, PAGE, "SELECT DISTINCT d.id, n.id, n.title, d.answered_at, c.department_id "
                    + "FROM deliverable d JOIN notice n ON n.id = d.notice_id AND n.status = 'DELIVERED' "
                    + "JOIN notice_case nc ON nc.notice_id = n.id JOIN approval_case c ON c.id = nc.approval_case_id "
                    + "WHERE d.status = 'ACCEPTED' AND d.answered_at >= ? AND d.answered_at < ? "
                    + "AND (d.id > ? OR (d.id = ? AND c.department_id > ?)) AND NOT EXISTS (SELECT 1 FROM deliverable_check k "
                    + "WHERE k.deliverable_id = d.id AND k.department_id = c.department_id) ORDER BY d.id, c.department_id",
                    Rows.param(window.startFrom(days)), Rows.param(window.startBefore(days)), afterVersion, afterVersion,
                    afterDepartment);
            for (Object[] r : rows) {
                long id = Rows.number(r[0]);
                afterVersion = id;
                afterDepartment = Rows.number(r[4]);
                versions.putIfAbsent(id, r);
                departments.computeIfAbsent(id, k -> new ArrayList<>()).add(afterDepartment);
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        List<DueItem> out = new ArrayList<>();
        versions.forEach((id, r) -> {
            Instant due = limits.due(Rows.instant(r[3]), days);
            if (window.mayBeDue(due)) {
                out.add(new DueItem(KIND, id, due, departments.get(id), "limits.reminder.check",
                        List.of(Rows.text(r[2]), DeliveryReminderSource.MINUTES.format(due)), DeliveryWorkSource.link(r[1])));
            }
        });
        return out;
    }
}
