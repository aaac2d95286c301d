package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.SealingService;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.shared.worklist.WorkActor;
import org.zjcs.shared.worklist.WorkItem;
import org.zjcs.shared.worklist.WorkList;
import org.zjcs.shared.worklist.WorkListService;
import org.zjcs.shared.worklist.WorkListSource;
import org.zjcs.shared.worklist.WorkRole;

/**
 * Work-list items of selection. A firm: its enrolments still sealed (found by its keyed tags on the open notices, with
 * the receipt and the deadline; nobody else can list them), its results once opened (won, not won, excluded with the
 * reason, with the end of the objection period while it runs) and the objections it raised with their answers. An
 * owner unit: objections to answer (due: the answer time limit), direct picks to make and declined awards to decide.
 */
@ApplicationScoped
@Transactional
public class SelectionWorkSource implements WorkListSource {

    /** At most this many open notices are looked at for a firm's sealed enrolments (the soonest deadlines first). */
    static final int OPEN_NOTICES = 2000;
    private static final int CHUNK = 500;
    private static final int ROWS = WorkListService.LIMIT + 1;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    SealingService sealing;

    @Override
    public WorkList itemsFor(WorkActor actor) {
        return switch (actor.role()) {
            case FIRM -> firm(actor);
            case OWNER -> owner(actor);
            default -> WorkList.EMPTY;
        };
    }

    private WorkList firm(WorkActor a) {
        WorkList.Builder b = new WorkList.Builder();
        b.add(sealed(a), r -> r, "work.more.notices", "/notices.xhtml");
        b.add(results(a), r -> result(r, a), "work.more.notices", "/notices.xhtml");
        b.add(rows("SELECT o.notice_id, n.title, o.status, o.answer_due, o.answer FROM objection o "
                + "JOIN notice n ON n.id = o.notice_id WHERE o.firm_id = ? AND (o.status = 'OPEN' OR o.answered_at >= ?) "
                + "ORDER BY o.id DESC", a.organisationId(), Rows.recentSince(a.now())), r -> objection(r, a),
                "work.more.notices", "/notices.xhtml");
        return b.build();
    }

    private WorkList owner(WorkActor a) {
        WorkList.Builder b = new WorkList.Builder();
        b.add(rows("SELECT o.notice_id, n.title, o.answer_due FROM notice n JOIN objection o ON o.notice_id = n.id "
                + "AND o.status = 'OPEN' WHERE n.owner_id = ? AND n.status IN ('ANNOUNCED','SUSPENDED') "
                + "AND (? = 0 OR n.created_by_user = ?) ORDER BY o.answer_due", a.organisationId(), a.draftedBy(), a.draftedBy()), r -> WorkItem.due("work.kind.objection", Rows.notice(r[0], r[1]),
                "work.state.objection.toAnswer", List.of(), Rows.instant(r[2]), "work.due.answer", a.now(),
                "/owner/selection.xhtml?id=" + Rows.number(r[0])), "work.more.owner.notices", "/owner/notices.xhtml");
        b.add(rows("SELECT n.id, n.title, n.status FROM notice n WHERE n.owner_id = ? AND ((n.status = 'CLOSED' "
                + "AND n.selection_method = 'DIRECT_PICK') OR n.status = 'DECLINED') AND (? = 0 OR n.created_by_user = ?) "
                + "ORDER BY n.id", a.organisationId(), a.draftedBy(), a.draftedBy()),
                r -> WorkItem.info("work.kind.pick", Rows.notice(r[0], r[1]),
                        "DECLINED".equals(r[2]) ? "work.state.pick.declined" : "work.state.pick.direct", List.of(),
                        "/owner/selection.xhtml?id=" + Rows.number(r[0])), "work.more.owner.notices", "/owner/notices.xhtml");
        return b.build();
    }

    /**
     * The firm's enrolments on notices still open for enrolment: sealed rows name no firm, so they are found by the
     * firm's keyed tag on each open notice ({@code notice_id IN … AND firm_tag IN …}: the unique key; a tag names its
     * notice, so only the firm's own rows match).
     */
    private List<WorkItem> sealed(WorkActor a) {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("SELECT id, title, enrolment_deadline FROM notice WHERE status = 'PUBLISHED' "
                + "ORDER BY enrolment_deadline, id").setMaxResults(OPEN_NOTICES).getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Sealer sealer = sealing.sealer();
        Map<Long, Object[]> byId = new HashMap<>();
        List<WorkItem> out = new ArrayList<>();
        for (int from = 0; from < open.size(); from += CHUNK) {
            List<Object[]> chunk = open.subList(from, Math.min(open.size(), from + CHUNK));
            List<Long> ids = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (Object[] n : chunk) {
                long id = Rows.number(n[0]);
                ids.add(id);
                tags.add(EnrolmentService.tag(sealer, id, a.organisationId()));
                byId.put(id, n);
            }
            for (Object[] e : query(ids, tags)) {
                Object[] n = byId.get(Rows.number(e[0]));
                Instant deadline = Rows.instant(n[2]);
                boolean active = "ACTIVE".equals(e[1]);
                out.add(WorkItem.due("work.kind.enrolment", Rows.notice(n[0], n[1]),
                        active ? "work.state.enrolment.sealed" : "work.state.enrolment.withdrawn",
                        List.of(Rows.text(e[2]), Rows.minutes(deadline)), active ? deadline : null, "work.due.deadline",
                        a.now(), "/notice.xhtml?id=" + Rows.number(n[0])));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(List<Long> ids, List<String> tags) {
        var q = em.createNativeQuery("SELECT notice_id, status, receipt_hash FROM enrolment WHERE notice_id IN ("
                + marks(ids.size()) + ") AND firm_tag IN (" + marks(tags.size()) + ")");
        int p = 1;
        for (Long id : ids) {
            q.setParameter(p++, id);
        }
        for (String t : tags) {
            q.setParameter(p++, t);
        }
        return q.getResultList();
    }

    /** The firm's opened enrolments with the notice's latest result: those still in selection or publicity, or recent. */
    private List<Object[]> results(WorkActor a) {
        return rows("SELECT n.id, n.title, n.status, n.publicity_ends_at, e.receipt_hash, r.status, r.winner_firm_id, "
                + "r.amount, (SELECT x.reasons FROM selection_exclusion x WHERE x.selection_id = r.id AND x.firm_id = e.firm_id "
                + "ORDER BY x.position LIMIT 1) FROM enrolment e JOIN notice n ON n.id = e.notice_id "
                + "LEFT JOIN selection_result r ON r.notice_id = n.id AND r.round = (SELECT MAX(s.round) FROM selection_result s "
                + "WHERE s.notice_id = n.id) WHERE e.firm_id = ? AND e.status = 'ACTIVE' AND (n.status IN "
                + "('CLOSED','SELECTED','ANNOUNCED','SUSPENDED') OR r.selected_at >= ?) ORDER BY e.id DESC",
                a.organisationId(), Rows.recentSince(a.now()));
    }

    private WorkItem result(Object[] r, WorkActor a) {
        String subject = Rows.notice(r[0], r[1]);
        String link = "/notice.xhtml?id=" + Rows.number(r[0]);
        String result = Rows.text(r[5]);
        if (result == null) {
            return WorkItem.info("work.kind.result", subject, "work.state.result.awaiting", List.of(Rows.text(r[4])), link);
        }
        Instant publicityEnds = "ANNOUNCED".equals(r[2]) ? Rows.instant(r[3]) : null;
        boolean winner = Rows.number(r[6]) != null && Rows.number(r[6]) == a.organisationId();
        String state;
        List<String> args = List.of();
        switch (result) {
            case "FAILED" -> state = "work.state.result.failed";
            case "VOIDED" -> state = "work.state.result.voided";
            case "DECLINED" -> state = winner ? "work.state.result.declined" : "work.state.result.notWon";
            default -> {
                if (winner) {
                    state = "work.state.result.won";
                    args = List.of(Rows.money(r[7]));
                } else if (r[8] != null) {
                    state = "work.state.result.excluded";
                    args = List.of(reasons(Rows.text(r[8]), a.locale()));
                } else {
                    state = "work.state.result.notWon";
                }
            }
        }
        return WorkItem.due("work.kind.result", subject, state, args, "SELECTED".equals(result) ? publicityEnds : null,
                "work.due.publicity", a.now(), link);
    }

    private WorkItem objection(Object[] r, WorkActor a) {
        String subject = Rows.notice(r[0], r[1]);
        String link = "/notice.xhtml?id=" + Rows.number(r[0]);
        return switch (Rows.text(r[2])) {
            case "OPEN" -> WorkItem.due("work.kind.objection", subject, "work.state.objection.open", List.of(),
                    Rows.instant(r[3]), "work.due.answer", a.now(), link);
            case "UPHELD" -> WorkItem.info("work.kind.objection", subject, "work.state.objection.upheld",
                    List.of(Rows.text(r[4])), link);
            default -> WorkItem.info("work.kind.objection", subject, "work.state.objection.rejected",
                    List.of(Rows.text(r[4])), link);
        };
    }

    /** The failed rules of an exclusion in the reader's language (stored as keys with Chinese and English arguments). */
    static String reasons(String json, Locale l) {
        try {
            String lang = "zh".equals(l.getLanguage()) ? "zh" : "en";
            JsonArray items = Json.createReader(new StringReader(json)).readArray();
            return String.join(" ", items.getValuesAs(JsonObject.class).stream().map(o -> Messages.text(l, o.getString("key"),
                    o.getJsonArray(lang).getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray())).toList());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private List<Object[]> rows(String sql, Object... params) {
        return Rows.read(em, ROWS, sql, params);
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
