package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.status;
import static org.zjcs.support.Fixtures.text;

import java.time.Duration;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Credit events told by the contexts that own the facts (docs/credit.md): a late contract filing, a declined award, an
 * upheld objection, a late first deliverable and a deliverable returned at a department's check each become exactly one
 * credit event with the points of the rule version in force, the source object and the notice, however often the action
 * is repeated or the scheduler scans again. Then the recompute test: every firm's score computed from the events by SQL
 * is the score the API reports, and the cache check finds no discrepancy.
 */
class CreditEventsIT {

    static final long ITEM = ContractIT.ITEM;

    /** The number of events of a fact. */
    static long events(long firm, String code, String source, String sourceId) throws Exception {
        return number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = ? AND source_type = ? AND source_id = ?",
                firm, code, source, sourceId);
    }

    /**
     * Asserts exactly one event of the fact, with the points its rule version gives the code, that version being the one in
     * force when it was recorded, and the notice; returns its id.
     */
    static long exactlyOne(long firm, String code, String source, String sourceId, long notice) throws Exception {
        assertEquals(1, events(firm, code, source, sourceId), code + " of " + source + " " + sourceId + " recorded once");
        String where = " FROM credit_event WHERE firm_id = ? AND code = ? AND source_type = ? AND source_id = ?";
        long id = number("SELECT id" + where, firm, code, source, sourceId);
        assertEquals(notice, number("SELECT notice_id FROM credit_event WHERE id = ?", id), "the event names the notice");
        long version = number("SELECT rule_version_id FROM credit_event WHERE id = ?", id);
        assertEquals(number("SELECT v.id FROM credit_rule_version v, credit_event e WHERE e.id = ? "
                + "AND v.effective_from <= e.recorded_at ORDER BY v.version_no DESC LIMIT 1", id), version,
                "the rule version in force when it was recorded");
        assertEquals(number("SELECT points FROM credit_rule WHERE version_id = ? AND code = ?", version, code),
                number("SELECT points FROM credit_event WHERE id = ?", id), "the points of that version");
        assertTrue(number("SELECT points FROM credit_event WHERE id = ?", id) < 0, code + " costs points");
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREDIT_EVENT_RECORDED' AND object_type = "
                + "'Organisation' AND object_id = ? AND details LIKE ?", String.valueOf(firm), "%\"event\":\"" + id + "\"%"),
                "audited");
        return id;
    }

    @Test
    void aLateContractFilingIsOneEvent() throws Exception {
        Object[] a = ContractIT.awarded("Credit contract late");
        long notice = (long) a[0];
        long firm = orgOf((String) a[1]);
        // the contract comes 30 days after the award (past its filing time limit)
        TestClock.advance(Duration.ofDays(30));
        assertTrue(ContractIT.upload(as((String) a[1]), notice, ContractIT.terms("52000", "2026-12-01", "2026-12-31"),
                TestFiles.pdf("contract.pdf")).body().contains(Texts.zh("contract.submitted")));
        WebClient owner = as("owner01");
        assertTrue(owner.postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x")).body()
                .contains(Texts.zh("contract.confirmed")));
        long contract = number("SELECT id FROM contract_version WHERE notice_id = ?", notice);
        exactlyOne(firm, "CONTRACT_FILED_LATE", "CONTRACT", String.valueOf(contract), notice);

        owner.postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x")); // again: refused, nothing new
        ReminderIT.scanAgain(2); // the due work run again finds nothing to record
        exactlyOne(firm, "CONTRACT_FILED_LATE", "CONTRACT", String.valueOf(contract), notice);
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firm), "no other event of the firm");
    }

    @Test
    void aDeclinedAwardIsOneEvent() throws Exception {
        List<String> firms = Fixtures.firms(2, ITEM);
        long notice = AwardDeclineIT.awarded("Credit declined", firms, List.of(52000, 53000), 1);
        long winner = orgOf(firms.get(0));
        WebClient win = as(firms.get(0));
        String body = "{\"reason\": \"Our engineer has left\"}";
        assertEquals(200, win.postJson(AwardDeclineIT.decline(notice), body).statusCode());
        long result = number("SELECT id FROM selection_result WHERE notice_id = ? AND round = 1", notice);
        exactlyOne(winner, "AWARD_DECLINED", "SELECTION_RESULT", String.valueOf(result), notice);

        assertEquals(400, win.postJson(AwardDeclineIT.decline(notice), body).statusCode(), "declining twice is refused");
        ReminderIT.scanAgain(2);
        exactlyOne(winner, "AWARD_DECLINED", "SELECTION_RESULT", String.valueOf(result), notice);
        assertEquals(0, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", orgOf(firms.get(1))),
                "the runner-up is not touched");
    }

    @Test
    void anUpheldObjectionIsOneEventAgainstTheFirmWhoseSelectionItVoided() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Credit objection " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 2);
        List<String> firms = Fixtures.firms(3, ITEM);
        SelectionIT.enrol(firms.get(0), notice, "{\"price\": 51000}");
        SelectionIT.enrol(firms.get(1), notice, "{\"price\": 52000}");
        SelectionIT.enrol(firms.get(2), notice, "{\"price\": 53000}");
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        String path = "/notice.xhtml?id=" + notice;
        HttpResponse<String> raised = as(firms.get(1)).postMultipart(path, "objection",
                Map.of("reason", "The winner's price is below cost", "raise", "x"), Map.of("evidence", TestFiles.pdf("evidence.pdf")));
        assertTrue(raised.body().contains(Texts.zh("objection.raised")), raised.body());
        long objection = number("SELECT id FROM objection WHERE notice_id = ?", notice);
        String sel = "/owner/selection.xhtml?id=" + notice;
        HttpResponse<String> upheld = owner.postForm(sel, "answers", SelectionIT.answer(owner.get(sel).body(), "Below cost.", true));
        assertTrue(upheld.body().contains(Texts.zh("objection.answered")), upheld.body());
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        long voided = orgOf(firms.get(0));
        assertEquals(voided, number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ? AND round = 1", notice));
        exactlyOne(voided, "OBJECTION_UPHELD", "OBJECTION", String.valueOf(objection), notice);

        ReminderIT.scanAgain(2);
        exactlyOne(voided, "OBJECTION_UPHELD", "OBJECTION", String.valueOf(objection), notice);
        assertEquals(0, number("SELECT COUNT(*) FROM credit_event WHERE firm_id IN (?, ?)", orgOf(firms.get(1)),
                orgOf(firms.get(2))), "nobody else is touched");
    }

    @Test
    void aLateFirstDeliverableAndAReturnAtTheDepartmentsCheckAreOneEventEach() throws Exception {
        Object[] a = DeliverableIT.contracted("Credit deliverable");
        long notice = (long) a[0];
        long firm = orgOf((String) a[1]);
        TestClock.advance(Duration.ofDays(90)); // 90 days after the confirmation
        WebClient web = as((String) a[1]);
        assertTrue(DeliverableIT.upload(web, notice, "Late report", TestFiles.pdf("late.pdf")).body()
                .contains(Texts.zh("deliverable.submitted")));
        long first = number("SELECT id FROM deliverable WHERE notice_id = ? AND revision = 1", notice);
        exactlyOne(firm, "DELIVERABLE_LATE", "DELIVERABLE", String.valueOf(first), notice);

        WebClient owner = as("owner01");
        assertTrue(owner.postForm(DeliverableIT.page(notice), "answer", Map.of("accept", "x")).body()
                .contains(Texts.zh("deliverable.accepted")));
        WebClient approver = as("approver01");
        assertTrue(approver.postForm(DeliverableIT.page(notice), "check",
                Map.of("checkReason", "The figures do not match", "checkReturn", "x")).body().contains(Texts.zh("deliverable.checkReturned")));
        long department = orgOf("approver01");
        String check = first + "-" + department;
        exactlyOne(firm, "DELIVERABLE_RETURNED_BY_APPROVAL", "DELIVERABLE_CHECK", check, notice);

        approver.postForm(DeliverableIT.page(notice), "check", Map.of("checkReason", "Again", "checkReturn", "x")); // refused
        // a second version, late too, is not a late first deliverable
        assertTrue(DeliverableIT.upload(web, notice, "Corrected", TestFiles.pdf("v2.pdf")).body()
                .contains(Texts.zh("deliverable.submitted")));
        assertTrue(owner.postForm(DeliverableIT.page(notice), "answer", Map.of("accept", "x")).body()
                .contains(Texts.zh("deliverable.accepted")));
        assertTrue(approver.postForm(DeliverableIT.page(notice), "check", Map.of("pass", "x")).body()
                .contains(Texts.zh("deliverable.checkPassed")));
        assertEquals("COMPLETED", status(notice));
        ReminderIT.scanAgain(2);
        exactlyOne(firm, "DELIVERABLE_LATE", "DELIVERABLE", String.valueOf(first), notice);
        exactlyOne(firm, "DELIVERABLE_RETURNED_BY_APPROVAL", "DELIVERABLE_CHECK", check, notice);
        assertEquals(2, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firm), "nothing else");
    }

    /** Every firm: start + SUM(points) from the events, its level from the settings, and the count. */
    static List<long[]> computedByFirm() throws Exception {
        List<long[]> out = new ArrayList<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT o.id, COALESCE(SUM(e.points), 0), "
                + "COUNT(e.id) FROM organisation o LEFT JOIN credit_event e ON e.firm_id = o.id WHERE o.kind = 'FIRM' "
                + "GROUP BY o.id ORDER BY o.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        return out;
    }

    static String level(long score) throws Exception {
        long a = setting("credit.level.a");
        long b = setting("credit.level.b");
        long c = setting("credit.level.c");
        return score >= a ? "A" : score >= b ? "B" : score >= c ? "C" : "D";
    }

    static long setting(String key) throws Exception {
        return Long.parseLong(text("SELECT value FROM setting WHERE setting_key = ?", key));
    }

    @Test
    void theRecomputeTestEveryFirmsScoreFromItsEventsIsTheReportedOneAndTheCacheAgrees() throws Exception {
        // at least one firm with events, whatever ran before
        aDeclinedAwardIsOneEvent();
        long start = setting("credit.score.start");
        WebClient anyone = new WebClient();
        List<long[]> firms = computedByFirm();
        assertTrue(firms.stream().anyMatch(f -> f[2] > 0), "some firm has events");
        for (long[] f : firms) {
            long score = start + f[1];
            HttpResponse<String> r = anyone.get("/api/credit/firms/" + f[0]);
            assertEquals(200, r.statusCode(), r.body());
            String json = r.body().replace(" ", "");
            assertTrue(json.matches(".*\"score\":" + score + "[,}].*"), "firm " + f[0] + " score " + score + ": " + r.body());
            assertTrue(json.contains("\"level\":\"" + level(score) + "\""), "firm " + f[0] + " level: " + r.body());
            assertTrue(json.matches(".*\"events\":" + f[2] + "[,}].*"), "firm " + f[0] + " events " + f[2] + ": " + r.body());
        }
        assertEquals(0, number("SELECT COUNT(*) FROM firm_credit k LEFT JOIN (SELECT firm_id, SUM(points) p, COUNT(*) n "
                + "FROM credit_event GROUP BY firm_id) e ON e.firm_id = k.firm_id "
                + "WHERE e.firm_id IS NULL OR k.points_total <> e.p OR k.events <> e.n"), "the cache agrees, by SQL");

        for (String user : List.of("regulator01", "operator01")) {
            HttpResponse<String> check = as(user).get("/api/credit/recompute");
            assertEquals(200, check.statusCode(), check.body());
            assertEquals("[]", check.body().strip(), "no discrepancy");
        }
        assertEquals(401, anyone.get("/api/credit/recompute").statusCode());
        assertEquals(403, as(Fixtures.firm(ITEM)).get("/api/credit/recompute").statusCode());
        HttpResponse<String> none = anyone.get("/api/credit/firms/" + orgOf("owner01"));
        assertEquals(404, none.statusCode(), "an owner is no firm");
        assertTrue(none.body().contains("credit.error.noFirm"));
        assertNotEquals(0, firms.size());
    }
}
