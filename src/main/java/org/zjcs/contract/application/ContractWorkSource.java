package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.shared.worklist.WorkActor;
import org.zjcs.shared.worklist.WorkItem;
import org.zjcs.shared.worklist.WorkList;
import org.zjcs.shared.worklist.WorkListService;
import org.zjcs.shared.worklist.WorkListSource;

/**
 * Work-list items of contract filing. For either party (the awarded firm, the owner unit): each AWARDED notice with its
 * filing time limit ({@link ContractLookup#dueAt}: working days after the award announcement) and what it waits for
 * (an upload, this party's answer, the other party's answer), and contracts confirmed in the recent window. For
 * approval staff: the department's cases whose notice is past its filing limit (a delayed case).
 */
@ApplicationScoped
@Transactional
public class ContractWorkSource implements WorkListSource {

    private static final int ROWS = WorkListService.LIMIT + 1;
    /** Awarded notices of a department looked at for delays (the overdue ones are kept). */
    static final int DEPARTMENT_SCAN = 500;

    private static final String AWARD = "(SELECT MAX(a.published_at) FROM announcement a WHERE a.notice_id = n.id AND a.kind = 'AWARD')";
    private static final String LATEST = "FROM contract_version v WHERE v.notice_id = n.id ORDER BY v.revision DESC LIMIT 1)";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Override
    public WorkList itemsFor(WorkActor a) {
        return switch (a.role()) {
            case FIRM -> party(a, "FIRM", "SELECT n.id, n.title, " + AWARD + ", (SELECT v.status " + LATEST
                    + ", (SELECT v.uploader_party " + LATEST + " FROM selection_result r JOIN notice n ON n.id = r.notice_id "
                    + "WHERE r.winner_firm_id = ? AND r.status = 'SELECTED' AND n.status = 'AWARDED' ORDER BY n.id",
                    "SELECT v.notice_id, n.title, v.answered_at, v.late FROM contract_version v JOIN notice n ON n.id = v.notice_id "
                    + "WHERE v.winner_firm_id = ? AND v.status = 'CONFIRMED' AND v.answered_at >= ? ORDER BY v.answered_at DESC");
            case OWNER -> party(a, "OWNER", "SELECT n.id, n.title, " + AWARD + ", (SELECT v.status " + LATEST
                    + ", (SELECT v.uploader_party " + LATEST + " FROM notice n WHERE n.owner_id = ? AND n.status = 'AWARDED' ORDER BY n.id",
                    "SELECT v.notice_id, n.title, v.answered_at, v.late FROM notice n JOIN contract_version v ON v.notice_id = n.id "
                    + "AND v.status = 'CONFIRMED' WHERE n.owner_id = ? AND n.status IN ('CONTRACTED','IN_SERVICE','DELIVERED',"
                    + "'COMPLETED') AND v.answered_at >= ? ORDER BY v.answered_at DESC");
            case APPROVER -> delayed(a);
        };
    }

    private WorkList party(WorkActor a, String me, String awarded, String confirmed) {
        WorkList.Builder b = new WorkList.Builder();
        b.add(Rows.read(em, ROWS, awarded, a.organisationId()), r -> {
            String latest = Rows.text(r[3]);
            String state;
            if ("SUBMITTED".equals(latest)) {
                state = me.equals(r[4]) ? "work.state.contract.awaitingOther" : "work.state.contract.toAnswer";
            } else if ("RETURNED".equals(latest)) {
                state = me.equals(r[4]) ? "work.state.contract.returned" : "work.state.contract.toUpload";
            } else {
                state = "work.state.contract.toUpload";
            }
            return WorkItem.due("work.kind.contract", Rows.notice(r[0], r[1]), state, List.of(), due(r[2]),
                    "work.due.filing", a.now(), link(r[0]));
        }, "work.more.contracts", "/notices.xhtml");
        b.add(Rows.read(em, ROWS, confirmed, a.organisationId(), Rows.recentSince(a.now())),
                r -> WorkItem.info("work.kind.contract", Rows.notice(r[0], r[1]),
                        Rows.flag(r[3]) ? "work.state.contract.confirmedLate" : "work.state.contract.confirmed",
                        List.of(Rows.minutes(Rows.instant(r[2]))), link(r[0])), "work.more.contracts", "/notices.xhtml");
        return b.build();
    }

    /** The department's cases with an AWARDED notice past its filing limit. */
    private WorkList delayed(WorkActor a) {
        WorkList.Builder b = new WorkList.Builder();
        List<Object[]> awarded = Rows.read(em, DEPARTMENT_SCAN, "SELECT n.id, n.title, " + AWARD + ", c.case_number "
                + "FROM approval_case c JOIN notice_case nc ON nc.approval_case_id = c.id JOIN notice n ON n.id = nc.notice_id "
                + "WHERE c.department_id = ? AND n.status = 'AWARDED' ORDER BY n.id", a.organisationId());
        b.add(awarded.stream().filter(r -> {
            Instant due = due(r[2]);
            return due != null && a.now().isAfter(due);
        }).toList(), r -> WorkItem.due("work.kind.delayed", Rows.text(r[3]) + " · " + Rows.notice(r[0], r[1]),
                "work.state.delayed.contract", List.of(), due(r[2]), "work.due.filing", a.now(),
                "/approval/timeline.xhtml?q=" + java.net.URLEncoder.encode(Rows.text(r[3]), java.nio.charset.StandardCharsets.UTF_8)), "work.more.cases", "/approval/cases.xhtml");
        return b.build();
    }

    private Instant due(Object awardPublished) {
        Instant at = Rows.instant(awardPublished);
        return at == null ? null : calendar.afterWorkingDays(at,
                settings.intValue(ContractLookup.FILING_DAYS, ContractLookup.FILING_DAYS_DEFAULT));
    }

    static String link(Object noticeId) {
        return "/account/contract.xhtml?id=" + Rows.number(noticeId);
    }
}
