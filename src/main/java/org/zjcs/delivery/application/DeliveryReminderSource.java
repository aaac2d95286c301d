package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.reminder.DueItem;
import org.zjcs.shared.reminder.ReminderSource;
import org.zjcs.shared.reminder.ReminderWindow;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.worklist.Rows;

/**
 * Deliverable time limits for the reminders: every CONTRACTED notice (nothing submitted yet) with the due time of its
 * first version ({@link DeliveryLookup#dueAt}: the notice's service days after the contract's confirmation, or the end
 * of the latest approved extension when later); the winning firm is reminded.
 *
 * <p>The due time is computed, not stored (a calendar change moves it), so the SQL bounds the start: a notice is read
 * when its confirmation is recent enough for the service days not to have run out ({@link ReminderWindow#startFromLinear})
 * and late enough to end within the window (confirmation before {@link ReminderWindow#dueBefore} minus the service
 * days), or when its latest approved extension ends within the window. Two queries (by confirmation, by extension end,
 * index {@code ix_contract_extension_approved_end} of V62), each in keyset pages of {@value #PAGE} notices with the
 * winner, the title and the extension joined; the exact due time is computed in memory.
 */
@ApplicationScoped
@Transactional
public class DeliveryReminderSource implements ReminderSource {

    public static final String KIND = "DELIVERABLE_DUE";
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);
    static final int PAGE = 500;

    private static final String LATEST_EXTENSION = "(SELECT x.requested_end FROM contract_extension x WHERE x.notice_id = n.id "
            + "AND x.status = 'APPROVED' ORDER BY x.sequence_no DESC LIMIT 1)";
    /** A CONTRACTED notice with its confirmed contract and nothing delivered yet. */
    private static final String OPEN = "n.status = 'CONTRACTED' AND v.status = 'CONFIRMED' "
            + "AND NOT EXISTS (SELECT 1 FROM deliverable d WHERE d.notice_id = n.id)";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    DeliveryLookup lookup;

    @Override
    public List<DueItem> openItems(ReminderWindow window) {
        Map<Long, DueItem> out = new LinkedHashMap<>();
        // by the service days: confirmed late enough to end within the window, and early enough to still be running
        read(window, out, "SELECT n.id, n.title, n.service_days, v.answered_at, v.winner_firm_id, " + LATEST_EXTENSION
                + " FROM notice n JOIN contract_version v ON v.notice_id = n.id WHERE " + OPEN
                + " AND v.answered_at < ? AND v.answered_at < ? - INTERVAL n.service_days DAY"
                + " AND (n.service_days > ? OR v.answered_at >= ? - INTERVAL (n.service_days * 3 DIV 2 + ?) DAY)"
                + " AND n.id > ? ORDER BY n.id",
                Rows.param(window.startBefore(1)), Rows.param(window.dueBefore()), ReminderWindow.MAX_LINEAR_DAYS,
                Rows.param(window.todayStart()), window.slack());
        // by an approved extension ending within the window (its end, when later, is the due time)
        read(window, out, "SELECT n.id, n.title, n.service_days, v.answered_at, v.winner_firm_id, x.requested_end "
                + "FROM contract_extension x JOIN notice n ON n.id = x.notice_id JOIN contract_version v ON v.notice_id = n.id "
                + "WHERE x.status = 'APPROVED' AND x.requested_end >= ? AND x.requested_end < ? AND " + OPEN
                + " AND NOT EXISTS (SELECT 1 FROM contract_extension y WHERE y.notice_id = x.notice_id "
                + "AND y.status = 'APPROVED' AND y.sequence_no > x.sequence_no) AND n.id > ? ORDER BY n.id",
                BusinessTime.dateOf(window.now()), BusinessTime.dateOf(window.dueBefore()));
        return new ArrayList<>(out.values());
    }

    /** Reads the notices of {@code sql} in keyset pages (its last parameter: the id to go on after). */
    private void read(ReminderWindow window, Map<Long, DueItem> out, String sql, Object... params) {
        Object[] p = Arrays.copyOf(params, params.length + 1);
        long after = 0;
        while (true) {
            p[params.length] = after;
            List<Object[]> rows = Rows.read(em, PAGE, sql, p);
            for (Object[] r : rows) {
                long id = Rows.number(r[0]);
                after = id;
                LocalDate extended = Rows.date(r[5]);
                Instant due = lookup.dueAt(Rows.instant(r[3]), Rows.number(r[2]).intValue(), extended);
                if (window.mayBeDue(due)) {
                    out.putIfAbsent(id, new DueItem(KIND, id, due, List.of(Rows.number(r[4])), "reminder.deliverable.due",
                            List.of(Rows.text(r[1]), MINUTES.format(due)), DeliveryJournal.link(id)));
                }
            }
            if (rows.size() < PAGE) {
                return;
            }
        }
    }
}
