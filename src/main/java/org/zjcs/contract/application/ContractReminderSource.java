package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.reminder.DueItem;
import org.zjcs.shared.reminder.ReminderSource;
import org.zjcs.shared.reminder.ReminderWindow;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.worklist.Rows;

/**
 * Contract filing time limits for the reminders: every AWARDED notice (no contract confirmed yet) with its filing due
 * time ({@link ContractLookup#dueAt}: working days after its latest AWARD announcement); both the owner unit and the
 * winning firm (of the notice's latest selection result, SELECTED) are reminded. Only notices whose award was published
 * when a filing due time within the window can have started are read (index {@code ix_announcement_published}), in
 * keyset pages of {@value #PAGE} notices, one query each, with the winner joined.
 */
@ApplicationScoped
@Transactional
public class ContractReminderSource implements ReminderSource {

    public static final String KIND = "CONTRACT_FILING";
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);
    static final int PAGE = 500;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    ContractLookup lookup;

    @Override
    public List<DueItem> openItems(ReminderWindow window) {
        int days = lookup.filingDays();
        Map<Long, DueItem> out = new LinkedHashMap<>();
        long after = 0;
        while (true) {
            // the latest AWARD announcement of an AWARDED notice, its award standing (latest selection result SELECTED)
            List<Object[]> rows = Rows.read(em, PAGE, "SELECT n.id, n.title, n.owner_id, a.published_at, s.winner_firm_id "
                    + "FROM announcement a JOIN notice n ON n.id = a.notice_id AND n.status = 'AWARDED' "
                    + "JOIN selection_result s ON s.notice_id = n.id AND s.status = 'SELECTED' AND s.winner_firm_id IS NOT NULL "
                    + "AND s.round = (SELECT MAX(l.round) FROM selection_result l WHERE l.notice_id = n.id) "
                    + "WHERE a.kind = 'AWARD' AND a.published_at >= ? AND a.published_at < ? AND n.id > ? "
                    + "AND NOT EXISTS (SELECT 1 FROM announcement b WHERE b.notice_id = a.notice_id AND b.kind = 'AWARD' "
                    + "AND b.published_at > a.published_at) ORDER BY n.id",
                    Rows.param(window.startFrom(days)), Rows.param(window.startBefore(days)), after);
            for (Object[] r : rows) {
                long id = Rows.number(r[0]);
                after = id;
                Instant due = lookup.filingDue(Rows.instant(r[3]), days);
                if (window.mayBeDue(due)) {
                    out.putIfAbsent(id, new DueItem(KIND, id, due, List.of(Rows.number(r[2]), Rows.number(r[4])),
                            "reminder.contract.filingDue", List.of(Rows.text(r[1]), MINUTES.format(due)),
                            "/account/contract.xhtml?id=" + id));
                }
            }
            if (rows.size() < PAGE) {
                return new ArrayList<>(out.values());
            }
        }
    }
}
