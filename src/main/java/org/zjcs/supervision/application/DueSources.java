package org.zjcs.supervision.application;

import java.util.List;
import org.zjcs.supervision.application.DueSource.ByKey;
import org.zjcs.supervision.domain.DueKind;

/**
 * The read queries of every due step on the other contexts' tables (docs/supervision.md, "Time limits: the due model").
 * Plain SELECTs (consistent reads: no row locks on business tables). A notice's approval department and case number are
 * those of its first linked approval case (a department check and a rating name their own department's case).
 */
final class DueSources {

    /** The notice's first approval case, joined as {@code ac}. */
    private static final String FIRST_CASE = " LEFT JOIN approval_case ac ON ac.id = "
            + "(SELECT MIN(nc.approval_case_id) FROM notice_case nc WHERE nc.notice_id = n.id)";
    private static final String NOTICE = "n.service_item_id, n.region_code, n.id, ac.case_number";
    private static final String CANCELLED = "CASE WHEN n.status = 'CANCELLED' THEN 1 ELSE 0 END";
    private static final String WINNER = "(SELECT r.winner_firm_id FROM selection_result r WHERE r.notice_id = a.notice_id "
            + "AND r.winner_firm_id IS NOT NULL AND r.selected_at <= a.published_at ORDER BY r.round DESC LIMIT 1)";
    private static final String ENDED = "SELECT 1 FROM announcement b WHERE b.notice_id = a.notice_id AND b.id > a.id "
            + "AND b.kind IN ('DECLINED','CANCELLATION')";
    private static final String EXTENSION = "(SELECT x.requested_end FROM contract_extension x WHERE x.notice_id = n.id "
            + "AND x.status = 'APPROVED' ORDER BY x.sequence_no DESC LIMIT 1)";

    private DueSources() {
    }

    static List<DueSource> all() {
        return List.of(
                registration("firm_review_event", "firm", "e.firm_id", "f.organisation_id, NULL", ""),
                registration("owner_review_event", "owner_unit", "e.owner_id", "NULL, f.organisation_id", "/O"),
                new DueSource("QUALIFICATION_REVIEW", DueKind.QUALIFICATION_REVIEW,
                        "q.id, e.id, 'OPERATOR', NULL, q.firm_id, NULL, NULL, NULL, f.region_code, NULL, NULL, e.at, "
                                + "COALESCE((SELECT MIN(x.at) FROM firm_qualification_event x WHERE x.qualification_id = e.qualification_id "
                                + "AND x.id > e.id AND x.action IN ('RETURNED','APPROVED')), CASE WHEN q.review_status IN ('APPROVED','RETURNED') "
                                + "AND NOT EXISTS (SELECT 1 FROM firm_qualification_event y WHERE y.qualification_id = e.qualification_id "
                                + "AND y.id > e.id) THEN q.decided_at END), "
                                + "CASE WHEN q.review_status = 'SUPERSEDED' OR EXISTS (SELECT 1 FROM firm_qualification_event z "
                                + "WHERE z.qualification_id = e.qualification_id AND z.id > e.id AND z.action = 'SUPERSEDED') THEN 1 ELSE 0 END, "
                                + "NULL, NULL, NULL",
                        "firm_qualification_event e JOIN firm_qualification q ON q.id = e.qualification_id "
                                + "JOIN firm f ON f.organisation_id = q.firm_id WHERE e.action IN ('SUBMITTED','RESUBMITTED')",
                        "", "e.at", "q.id", "e.id", ByKey.PART),
                new DueSource("OBJECTION_ANSWER", DueKind.OBJECTION_ANSWER,
                        "o.id, 0, 'OWNER', n.owner_id, o.firm_id, n.owner_id, ac.department_id, " + NOTICE
                                + ", o.raised_at, o.answered_at, " + CANCELLED + ", o.answer_due, NULL, NULL",
                        "objection o JOIN notice n ON n.id = o.notice_id" + FIRST_CASE + " WHERE o.raised_at IS NOT NULL",
                        "", "o.raised_at", "o.id", "0", ByKey.REF),
                new DueSource("CONTRACT_UPLOAD", DueKind.CONTRACT_UPLOAD,
                        "a.id, 0, 'FIRM', " + WINNER + ", " + WINNER + ", n.owner_id, ac.department_id, " + NOTICE
                                + ", a.published_at, (SELECT MIN(v.submitted_at) FROM contract_version v WHERE v.notice_id = a.notice_id "
                                + "AND v.submitted_at >= a.published_at AND NOT EXISTS (" + ENDED + " AND b.published_at <= v.submitted_at)), "
                                + "CASE WHEN n.status = 'CANCELLED' OR EXISTS (" + ENDED + ") THEN 1 ELSE 0 END, NULL, NULL, NULL",
                        "announcement a JOIN notice n ON n.id = a.notice_id" + FIRST_CASE + " WHERE a.kind = 'AWARD'",
                        "", "a.published_at", "a.id", "0", ByKey.REF),
                new DueSource("CONTRACT_ANSWER", DueKind.CONTRACT_ANSWER,
                        "v.id, 0, CASE WHEN v.uploader_party = 'OWNER' THEN 'FIRM' ELSE 'OWNER' END, "
                                + "CASE WHEN v.uploader_party = 'OWNER' THEN v.winner_firm_id ELSE n.owner_id END, v.winner_firm_id, "
                                + "n.owner_id, ac.department_id, " + NOTICE + ", v.submitted_at, "
                                + "CASE WHEN v.status IN ('CONFIRMED','RETURNED') THEN v.answered_at END, "
                                + "CASE WHEN v.status = 'WITHDRAWN' OR n.status = 'CANCELLED' THEN 1 ELSE 0 END, v.answer_due_at, NULL, NULL",
                        "contract_version v JOIN notice n ON n.id = v.notice_id" + FIRST_CASE + " WHERE v.submitted_at IS NOT NULL",
                        "", "v.submitted_at", "v.id", "0", ByKey.REF),
                new DueSource("DELIVERABLE", DueKind.DELIVERABLE,
                        "n.id, 0, 'FIRM', v.winner_firm_id, v.winner_firm_id, n.owner_id, ac.department_id, " + NOTICE
                                + ", v.answered_at, (SELECT MIN(d.submitted_at) FROM deliverable d WHERE d.notice_id = n.id), " + CANCELLED
                                + ", (SELECT d.due_at FROM deliverable d WHERE d.notice_id = n.id AND d.revision = 1), n.service_days, " + EXTENSION,
                        "contract_version v JOIN notice n ON n.id = v.notice_id" + FIRST_CASE
                                + " WHERE v.status = 'CONFIRMED' AND v.answered_at IS NOT NULL",
                        "", "v.answered_at", "n.id", "0", ByKey.REF),
                new DueSource("OWNER_ACCEPTANCE", DueKind.OWNER_ACCEPTANCE,
                        "d.id, 0, 'OWNER', n.owner_id, d.winner_firm_id, n.owner_id, ac.department_id, " + NOTICE
                                + ", d.submitted_at, d.answered_at, " + CANCELLED + ", NULL, NULL, NULL",
                        "deliverable d JOIN notice n ON n.id = d.notice_id" + FIRST_CASE + " WHERE d.submitted_at IS NOT NULL",
                        "", "d.submitted_at", "d.id", "0", ByKey.REF),
                new DueSource("DEPARTMENT_CHECK", DueKind.DEPARTMENT_CHECK,
                        "d.id, c.department_id, 'DEPARTMENT', c.department_id, MIN(d.winner_firm_id), MIN(n.owner_id), "
                                + "c.department_id, MIN(n.service_item_id), MIN(n.region_code), MIN(n.id), MIN(c.case_number), "
                                + "MIN(d.answered_at), MIN(k.checked_at), "
                                + "MAX(CASE WHEN k.checked_at IS NULL AND (d.status = 'RETURNED_BY_APPROVER' OR n.status = 'CANCELLED') "
                                + "THEN 1 ELSE 0 END), NULL, NULL, NULL",
                        "deliverable d JOIN notice n ON n.id = d.notice_id JOIN notice_case nc ON nc.notice_id = d.notice_id "
                                + "JOIN approval_case c ON c.id = nc.approval_case_id LEFT JOIN deliverable_check k "
                                + "ON k.deliverable_id = d.id AND k.department_id = c.department_id "
                                + "WHERE d.answered_at IS NOT NULL AND d.status IN ('ACCEPTED','PASSED','RETURNED_BY_APPROVER')",
                        " GROUP BY d.id, c.department_id", "d.answered_at", "d.id", "c.department_id", ByKey.PAIR),
                new DueSource("QUALITY_RATING", DueKind.QUALITY_RATING,
                        "r.id, 0, 'DEPARTMENT', r.department_id, r.firm_id, n.owner_id, r.department_id, "
                                + "n.service_item_id, n.region_code, n.id, ac.case_number, r.passed_at, r.rated_at, 0, NULL, NULL, NULL",
                        "approval_rating r JOIN notice n ON n.id = r.notice_id LEFT JOIN approval_case ac ON ac.id = "
                                + "(SELECT MIN(c2.id) FROM notice_case nc JOIN approval_case c2 ON c2.id = nc.approval_case_id "
                                + "WHERE nc.notice_id = r.notice_id AND c2.department_id = r.department_id) WHERE r.passed_at IS NOT NULL",
                        "", "r.passed_at", "r.id", "0", ByKey.REF),
                new DueSource("EVALUATION", DueKind.EVALUATION,
                        "e.id, 0, 'OWNER', e.owner_id, e.firm_id, e.owner_id, ac.department_id, " + NOTICE
                                + ", e.accepted_at, e.evaluated_at, 0, e.due_at, NULL, NULL",
                        "evaluation e JOIN notice n ON n.id = e.notice_id" + FIRST_CASE + " WHERE e.accepted_at IS NOT NULL",
                        "", "e.accepted_at", "e.id", "0", ByKey.REF),
                new DueSource("APPEAL_REVIEW", DueKind.APPEAL_REVIEW,
                        "p.id, 0, 'REGULATOR', NULL, p.firm_id, e.owner_id, ac.department_id, " + NOTICE
                                + ", p.filed_at, p.decided_at, 0, NULL, NULL, NULL",
                        "evaluation_appeal p JOIN evaluation e ON e.id = p.evaluation_id JOIN notice n ON n.id = e.notice_id"
                                + FIRST_CASE + " WHERE p.filed_at IS NOT NULL",
                        "", "p.filed_at", "p.id", "0", ByKey.REF),
                new DueSource("COMPLAINT_ANSWER", DueKind.COMPLAINT_ANSWER,
                        "m.id, 0, 'REGULATOR', NULL, m.accused_firm_id, CASE WHEN m.target_kind = 'OWNER' THEN m.target_id "
                                + "ELSE n.owner_id END, CASE WHEN m.target_kind = 'DEPARTMENT' THEN m.target_id ELSE ac.department_id END, "
                                + NOTICE.replace("n.id", "m.notice_id") + ", m.filed_at, m.answered_at, "
                                + "CASE WHEN m.withdrawn_at IS NOT NULL THEN 1 ELSE 0 END, m.due_at, NULL, NULL",
                        "complaint m LEFT JOIN notice n ON n.id = m.notice_id" + FIRST_CASE + " WHERE m.filed_at IS NOT NULL",
                        "", "m.filed_at", "m.id", "0", ByKey.REF));
    }

    /** A registration (re)submitted for review: one item per submission event, closed by the next decision. */
    private static DueSource registration(String events, String table, String orgColumn, String firmOwner, String suffix) {
        return new DueSource("REGISTRATION_REVIEW" + suffix, DueKind.REGISTRATION_REVIEW,
                "f.organisation_id, e.id, 'OPERATOR', NULL, " + firmOwner + ", NULL, NULL, f.region_code, NULL, NULL, e.at, "
                        + "(SELECT MIN(x.at) FROM " + events + " x WHERE x." + orgColumn.substring(2) + " = " + orgColumn
                        + " AND x.id > e.id AND x.action IN ('RETURNED','APPROVED')), 0, NULL, NULL, NULL",
                events + " e JOIN " + table + " f ON f.organisation_id = " + orgColumn
                        + " WHERE e.action IN ('SUBMITTED','RESUBMITTED')",
                "", "e.at", "f.organisation_id", "e.id", ByKey.PART);
    }
}
