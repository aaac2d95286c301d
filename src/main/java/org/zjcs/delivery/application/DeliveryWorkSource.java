package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.shared.worklist.WorkActor;
import org.zjcs.shared.worklist.WorkItem;
import org.zjcs.shared.worklist.WorkList;
import org.zjcs.shared.worklist.WorkListService;
import org.zjcs.shared.worklist.WorkListSource;

/**
 * Work-list items of delivery. The winning firm: deliverables due (a CONTRACTED notice, due by the service time limit
 * of {@link DeliveryLookup#dueAt}) and the state of its latest version (waiting for the owner, returned with the reason,
 * accepted and waiting for the departments, passed). The owner unit: versions to accept or return. Approval staff: the
 * department's checks of accepted deliverables not yet made (due: {@link CheckLimits#due}), and its cases whose
 * deliverable is past its time limit.
 */
@ApplicationScoped
@Transactional
public class DeliveryWorkSource implements WorkListSource {

    private static final int ROWS = WorkListService.LIMIT + 1;
    private static final String EXTENSION = "(SELECT x.requested_end FROM contract_extension x WHERE x.notice_id = n.id "
            + "AND x.status = 'APPROVED' ORDER BY x.sequence_no DESC LIMIT 1)";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    DeliveryLookup lookup;

    @Inject
    CheckLimits checkLimits;

    @Override
    public WorkList itemsFor(WorkActor a) {
        return switch (a.role()) {
            case FIRM -> firm(a);
            case OWNER -> new WorkList.Builder().add(Rows.read(em, ROWS, "SELECT d.notice_id, n.title, d.submitted_at, d.revision "
                            + "FROM notice n JOIN deliverable d ON d.notice_id = n.id AND d.status = 'SUBMITTED' "
                            + "WHERE n.owner_id = ? AND n.status = 'IN_SERVICE' ORDER BY d.submitted_at", a.organisationId()),
                    r -> WorkItem.info("work.kind.deliverable", Rows.notice(r[0], r[1]), "work.state.deliverable.toAccept",
                            List.of(Rows.text(r[3]), Rows.minutes(Rows.instant(r[2]))), link(r[0])),
                    "work.more.owner.notices", "/owner/notices.xhtml").build();
            case APPROVER -> approver(a);
        };
    }

    private WorkList firm(WorkActor a) {
        WorkList.Builder b = new WorkList.Builder();
        b.add(Rows.read(em, ROWS, "SELECT n.id, n.title, n.service_days, v.answered_at, " + EXTENSION
                + " FROM contract_version v JOIN notice n ON n.id = v.notice_id WHERE v.winner_firm_id = ? "
                + "AND v.status = 'CONFIRMED' AND n.status = 'CONTRACTED' ORDER BY n.id", a.organisationId()),
                r -> WorkItem.due("work.kind.deliverable", Rows.notice(r[0], r[1]), "work.state.deliverable.due", List.of(),
                        due(r), "work.due.deliverable", a.now(), link(r[0])), "work.more.notices", "/notices.xhtml");
        b.add(Rows.read(em, ROWS, "SELECT d.notice_id, n.title, d.status, d.return_reason, d.revision, "
                + "(SELECT k.reason FROM deliverable_check k WHERE k.deliverable_id = d.id AND k.result = 'RETURNED' "
                + "ORDER BY k.checked_at DESC LIMIT 1) FROM deliverable d JOIN notice n ON n.id = d.notice_id "
                + "WHERE d.winner_firm_id = ? AND d.revision = (SELECT MAX(m.revision) FROM deliverable m WHERE m.notice_id = d.notice_id) "
                + "AND (n.status IN ('IN_SERVICE','DELIVERED') OR d.submitted_at >= ?) ORDER BY d.id DESC",
                a.organisationId(), Rows.recentSince(a.now())), r -> {
                    String status = Rows.text(r[2]);
                    String reason = "RETURNED_BY_OWNER".equals(status) ? Rows.text(r[3])
                            : "RETURNED_BY_APPROVER".equals(status) ? Rows.text(r[5]) : "";
                    return WorkItem.info("work.kind.deliverable", Rows.notice(r[0], r[1]),
                            "work.state.deliverable." + status, List.of(Rows.text(r[4]), reason == null ? "" : reason), link(r[0]));
                }, "work.more.notices", "/notices.xhtml");
        return b.build();
    }

    private WorkList approver(WorkActor a) {
        WorkList.Builder b = new WorkList.Builder();
        b.add(Rows.read(em, ROWS, "SELECT DISTINCT n.id, n.title, c.case_number, d.answered_at, d.revision, d.id "
                + "FROM approval_case c JOIN notice_case nc ON nc.approval_case_id = c.id "
                + "JOIN notice n ON n.id = nc.notice_id AND n.status = 'DELIVERED' "
                + "JOIN deliverable d ON d.notice_id = n.id AND d.status = 'ACCEPTED' WHERE c.department_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM deliverable_check k WHERE k.deliverable_id = d.id AND k.department_id = c.department_id) "
                + "ORDER BY d.answered_at, d.id", a.organisationId()),
                r -> WorkItem.due("work.kind.check", Rows.text(r[2]) + " · " + Rows.notice(r[0], r[1]),
                        "work.state.check.waiting", List.of(Rows.text(r[4]), Rows.minutes(Rows.instant(r[3]))),
                        checkLimits.due(Rows.instant(r[3])), "limits.work.due.check", a.now(), link(r[0])),
                "work.more.cases", "/approval/cases.xhtml");
        List<Object[]> contracted = Rows.read(em, 500, "SELECT n.id, n.title, n.service_days, v.answered_at, " + EXTENSION
                + ", c.case_number FROM approval_case c JOIN notice_case nc ON nc.approval_case_id = c.id "
                + "JOIN notice n ON n.id = nc.notice_id AND n.status = 'CONTRACTED' "
                + "JOIN contract_version v ON v.notice_id = n.id AND v.status = 'CONFIRMED' WHERE c.department_id = ? ORDER BY n.id",
                a.organisationId());
        b.add(contracted.stream().filter(r -> a.now().isAfter(due(r))).toList(),
                r -> WorkItem.due("work.kind.delayed", Rows.text(r[5]) + " · " + Rows.notice(r[0], r[1]),
                        "work.state.delayed.deliverable", List.of(), due(r), "work.due.deliverable", a.now(),
                        "/approval/timeline.xhtml?q=" + URLEncoder.encode(Rows.text(r[5]), StandardCharsets.UTF_8)),
                "work.more.cases", "/approval/cases.xhtml");
        return b.build();
    }

    /** The first version's time limit ({@link DeliveryLookup#dueAt}) from the row's service days, confirmation, extension. */
    private Instant due(Object[] r) {
        return lookup.dueAt(Rows.instant(r[3]), Rows.number(r[2]).intValue(), Rows.date(r[4]));
    }

    static String link(Object noticeId) {
        return "/account/deliverables.xhtml?id=" + Rows.number(noticeId);
    }
}
