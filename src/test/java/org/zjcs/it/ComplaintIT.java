package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Complaints (投诉) and reports (举报), docs/domain-rules.md "Complaints and reports": who may complain and until when,
 * a report needs a target that exists, routing to the regulators, the life cycle, the answer and its credit
 * consequences, and who reads what (the reporter its own, the regulators those routed to them, the accused nothing).
 */
class ComplaintIT {

    static final long ITEM = SelectionIT.ITEM;
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    static String code(HttpResponse<String> r) {
        Matcher m = CODE.matcher(r.body());
        return m.find() ? m.group(1) : "(no code) " + r.statusCode() + " " + r.body();
    }

    static long id(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    static String complaintBody(long objection, String text) {
        return "{\"objectionId\": " + objection + ", \"text\": \"" + text + "\"}";
    }

    static String reportBody(String kind, Object target, String topic, String text) {
        return "{\"targetKind\": \"" + kind + "\", \"targetId\": " + target + ", \"topic\": \"" + topic + "\", \"text\": \""
                + text + "\"}";
    }

    static long complaints() throws Exception {
        return number("SELECT COUNT(*) FROM complaint");
    }

    /** A notice of owner01 with three enrolled firms, announced; [notice, firms...]. */
    static Object[] announced(String title) throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, title + " " + System.nanoTime(), ITEM, "LOWEST_PRICE", null, "50000", "60000", 2);
        List<String> firms = Fixtures.firms(3, ITEM);
        SelectionIT.enrol(firms.get(0), notice, "{\"price\": 51000}");
        SelectionIT.enrol(firms.get(1), notice, "{\"price\": 52000}");
        SelectionIT.enrol(firms.get(2), notice, "{\"price\": 53000}");
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        return new Object[] {notice, firms};
    }

    /** The firm objects on the notice page; the objection's id. */
    static long object(String firm, long notice, String reason) throws Exception {
        HttpResponse<String> raised = as(firm).postMultipart("/notice.xhtml?id=" + notice, "objection",
                Map.of("reason", reason, "raise", "x"), Map.of("evidence", TestFiles.pdf("evidence.pdf")));
        assertTrue(raised.body().contains(Texts.zh("objection.raised")), raised.body());
        return number("SELECT MAX(id) FROM objection WHERE notice_id = ? AND firm_id = ?", notice, orgOf(firm));
    }

    /** owner01 rejects the open objection on its selection page. */
    static void reject(long notice) throws Exception {
        WebClient owner = as("owner01");
        String sel = "/owner/selection.xhtml?id=" + notice;
        HttpResponse<String> r = owner.postForm(sel, "answers", SelectionIT.answer(owner.get(sel).body(),
                "The price breakdown was checked and is within the rules.", false));
        assertTrue(r.body().contains(Texts.zh("objection.answered")), r.body());
        SelectionIT.awaitStatus(notice, "ANNOUNCED", "AWARDED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFirmComplainsAboutItsRejectedObjectionOnceWithinThePeriodAndTheRegulatorAnswers() throws Exception {
        Object[] a = announced("Complaint");
        long notice = (long) a[0];
        List<String> firms = (List<String>) a[1];
        String winner = firms.get(0);
        String objector = firms.get(1);
        String other = firms.get(2);
        String outsider = Fixtures.firm(ITEM);
        long objection = object(objector, notice, "The winner's price is below cost");
        long before = complaints();

        // while the objection is open: not rejected (yet)
        assertEquals("complaint.error.notRejected", code(as(objector).postJson("/api/complaints", complaintBody(objection, "x"))));
        reject(notice);

        // a firm that did not enrol, an enrolled firm that raised no objection, empty text: refused, nothing stored
        HttpResponse<String> r = as(outsider).postJson("/api/complaints", complaintBody(objection, "I object too"));
        assertEquals(400, r.statusCode());
        assertEquals("complaint.error.notEnrolled", code(r));
        assertEquals("complaint.error.noObjection", code(as(other).postJson("/api/complaints", complaintBody(objection, "Me too"))));
        WebClient firm = as(objector);
        assertEquals("complaint.error.textRequired", code(firm.postJson("/api/complaints", complaintBody(objection, "  "))));
        assertTrue(firm.postJson("/api/complaints", complaintBody(objection, "  ")).body()
                .contains(Texts.zh("complaint.error.textRequired")), "the message is in the user's language");
        assertEquals(403, as("owner01").postJson("/api/complaints", complaintBody(objection, "owner")).statusCode());
        assertEquals(before, complaints(), "nothing stored by the refusals");

        // the complaint: routed to the regulators of the item, due in 10 working days, audited, the regulator told
        long unreadBefore = number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ?", orgOf("regulator01"));
        r = firm.postJson("/api/complaints", complaintBody(objection, "The owner did not check the winner's costs."));
        assertEquals(201, r.statusCode(), r.body());
        long complaint = id(r);
        assertEquals(1, number("SELECT COUNT(*) FROM complaint_route WHERE complaint_id = ? AND regulator_org_id = ?",
                complaint, orgOf("regulator01")));
        assertEquals(orgOf(winner), number("SELECT accused_firm_id FROM complaint WHERE id = ?", complaint));
        assertTrue(number("SELECT COUNT(*) FROM complaint WHERE id = ? AND due_at > filed_at + INTERVAL 13 DAY", complaint) == 1,
                "10 working days are at least 14 calendar days");
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'COMPLAINT_FILED' AND object_id = ?",
                String.valueOf(complaint)));
        assertEquals(unreadBefore + 1, number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ?", orgOf("regulator01")));

        // once per objection
        assertEquals("complaint.error.duplicate", code(firm.postJson("/api/complaints", complaintBody(objection, "Again"))));

        // who reads it: the firm and the regulator; the owner and the winner (the accused) nothing
        String item = "/api/complaints/" + complaint;
        assertEquals(200, firm.get(item).statusCode());
        assertEquals(200, as("regulator01").get(item).statusCode());
        assertEquals(404, as("owner01").get(item).statusCode());
        assertEquals(404, as(winner).get(item).statusCode());
        assertFalse(as(winner).get("/api/complaints/mine").body().contains("\"id\":" + complaint + ","));
        assertTrue(as("regulator01").get("/api/complaints/queue").body().contains("\"id\":" + complaint + ","));

        // the regulator takes it up, then answers: upheld, with the credit event against the winner
        WebClient regulator = as("regulator01");
        assertEquals("complaint.error.notUnderReview", code(regulator.postJson(item + "/answer",
                "{\"finding\": \"UPHELD\", \"text\": \"Costs were not checked.\", \"consequence\": \"CREDIT_EVENT\"}")));
        assertEquals(200, regulator.postJson(item + "/review", "").statusCode());
        assertEquals("complaint.error.findingRequired", code(regulator.postJson(item + "/answer", "{\"text\": \"x\"}")));
        assertEquals("complaint.error.answerRequired", code(regulator.postJson(item + "/answer", "{\"finding\": \"UPHELD\"}")));
        assertEquals("UNDER_REVIEW", text("SELECT status FROM complaint WHERE id = ?", complaint), "a refused answer stores nothing");
        long firmNotes = number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ?", orgOf(objector));
        r = regulator.postJson(item + "/answer",
                "{\"finding\": \"UPHELD\", \"text\": \"The owner did not check the costs.\", \"consequence\": \"CREDIT_EVENT\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = 'COMPLAINT_UPHELD' "
                + "AND source_type = 'COMPLAINT' AND source_id = ?", orgOf(winner), String.valueOf(complaint)));
        assertTrue(number("SELECT points FROM credit_event WHERE firm_id = ? AND code = 'COMPLAINT_UPHELD'", orgOf(winner)) < 0);
        assertEquals(firmNotes + 1, number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ?", orgOf(objector)));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'COMPLAINT_ANSWERED' AND object_id = ?",
                String.valueOf(complaint)));
        String seen = firm.get(item).body();
        assertTrue(seen.contains("\"status\":\"ANSWERED\"") && seen.contains("\"finding\":\"UPHELD\""), seen);
        assertEquals("complaint.error.closed", code(firm.postJson(item + "/withdraw", "")), "answered: no withdrawal");
        assertFalse(regulator.get("/api/complaints/queue").body().contains("\"id\":" + complaint + ","), "closed: off the open queue");
        assertTrue(regulator.get("/api/complaints/queue?open=false").body().contains("\"id\":" + complaint + ","));

        // the other enrolled firm objects too, is rejected, and lets the complaint period (5 working days) pass
        long second = object(other, notice, "The winner lacks the qualification");
        reject(notice);
        TestClock.advance(Duration.ofDays(15));
        assertEquals("complaint.error.period", code(as(other).postJson("/api/complaints", complaintBody(second, "Too late?"))));
    }

    @Test
    void aReportNeedsATargetThatExistsAndTheAccusedSeeNothingOfIt() throws Exception {
        WebClient owner = as("owner01");
        long before = complaints();
        String firm = Fixtures.firm(ITEM);
        long firmOrg = orgOf(firm);
        assertEquals("report.error.targetRequired", code(owner.postJson("/api/complaints/reports", "{}")));
        assertEquals("report.error.targetRequired",
                code(owner.postJson("/api/complaints/reports", reportBody("FIRM", "null", "EXTRA_FEES", "fees"))));
        assertEquals("report.error.noTarget",
                code(owner.postJson("/api/complaints/reports", reportBody("FIRM", 987654321L, "EXTRA_FEES", "fees"))));
        assertEquals("report.error.noTarget", code(owner.postJson("/api/complaints/reports",
                reportBody("FIRM", orgOf("owner01"), "EXTRA_FEES", "an owner is no firm"))));
        assertEquals("report.error.noTarget",
                code(owner.postJson("/api/complaints/reports", reportBody("NOTICE", 8001, "OTHER", "a draft is no target"))));
        assertEquals("report.error.topic", code(owner.postJson("/api/complaints/reports", reportBody("FIRM", firmOrg, "", "x"))));
        assertEquals("report.error.textRequired",
                code(owner.postJson("/api/complaints/reports", reportBody("FIRM", firmOrg, "EXTRA_FEES", " "))));
        assertEquals(401, new WebClient().postJson("/api/complaints/reports",
                reportBody("FIRM", firmOrg, "EXTRA_FEES", "anonymous")).statusCode());
        assertEquals(before, complaints(), "nothing stored by the refusals");

        // against a firm: to every active regulator; the firm reads nothing of it
        HttpResponse<String> r = owner.postJson("/api/complaints/reports",
                reportBody("FIRM", firmOrg, "EXTRA_FEES", "The firm asked for an extra fee for speed."));
        assertEquals(201, r.statusCode(), r.body());
        long report = id(r);
        assertEquals(number("SELECT COUNT(*) FROM organisation WHERE kind = 'REGULATOR' AND status = 'ACTIVE'"),
                number("SELECT COUNT(*) FROM complaint_route WHERE complaint_id = ?", report));
        WebClient accused = as(firm);
        assertEquals(404, accused.get("/api/complaints/" + report).statusCode());
        assertEquals(0, number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ?", firmOrg), "the accused is never told");
        assertFalse(accused.get("/account/reports.xhtml?id=" + report).body().contains("extra fee for speed"));
        assertEquals(404, as("approver01").get("/api/complaints/" + report).statusCode());
        assertTrue(as("owner02").get("/api/complaints/" + report).body().contains("extra fee for speed"),
                "the reporter is the organisation: its other members read it");

        // against a notice: routed by the notice's service item, which it keeps
        long notice = number("SELECT MIN(id) FROM notice WHERE status = 'DELIVERED'");
        r = as("firm01").postJson("/api/complaints/reports", reportBody("NOTICE", notice, "FORCED_DESIGNATION",
                "The department hinted at a firm."));
        assertEquals(201, r.statusCode(), r.body());
        long onNotice = id(r);
        assertEquals(text("SELECT s.code FROM notice n JOIN service_item s ON s.id = n.service_item_id WHERE n.id = ?", notice),
                text("SELECT service_item_code FROM complaint WHERE id = ?", onNotice));
        assertTrue(number("SELECT COUNT(*) FROM complaint_route WHERE complaint_id = ?", onNotice) >= 1);

        // withdrawn by the reporter only, then nothing more happens to it
        assertEquals(404, as("firm01").postJson("/api/complaints/" + report + "/withdraw", "").statusCode());
        assertEquals(200, owner.postJson("/api/complaints/" + report + "/withdraw", "").statusCode());
        assertEquals("WITHDRAWN", text("SELECT status FROM complaint WHERE id = ?", report));
        assertEquals("complaint.error.notSubmitted", code(as("regulator01").postJson("/api/complaints/" + report + "/review", "")));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'COMPLAINT_WITHDRAWN' AND object_id = ?",
                String.valueOf(report)));

        // overdue once its due time passes unanswered
        assertTrue(as("firm01").get("/api/complaints/" + onNotice).body().contains("\"overdue\":false"));
        TestClock.advance(Duration.ofDays(20));
        assertTrue(as("firm01").get("/api/complaints/" + onNotice).body().contains("\"overdue\":true"));
        assertTrue(as("regulator01").get("/regulator/complaints.xhtml?id=" + onNotice).body().contains(Texts.zh("complaint.overdue")));
    }

    @Test
    void theReportersListIsPagedByKeyset() throws Exception {
        String firm = Fixtures.firm(ITEM);
        WebClient web = as(firm);
        for (int i = 0; i < 22; i++) {
            assertEquals(201, web.postJson("/api/complaints/reports",
                    reportBody("OWNER", orgOf("owner01"), "OTHER", "Report " + i)).statusCode());
        }
        String first = web.get("/api/complaints/mine").body();
        assertEquals(20, count(first, "\"kind\""));
        Matcher next = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"").matcher(first);
        assertTrue(next.find(), first);
        String second = web.get("/api/complaints/mine?after=" + next.group(1)).body();
        assertEquals(2, count(second, "\"kind\""));
        assertTrue(second.contains("Report 0") && second.contains("Report 1") && !first.contains("Report 1\""), second);
        Matcher previous = Pattern.compile("\"previous\"\\s*:\\s*\"([^\"]+)\"").matcher(second);
        assertTrue(previous.find(), second);
        assertEquals(20, count(web.get("/api/complaints/mine?before=" + previous.group(1)).body(), "\"kind\""));
        String page = web.get("/account/reports.xhtml").body();
        assertTrue(page.contains("id=\"next\""), "the page links the next page");
        assertNotNull(page);
    }

    @Test
    void anUpheldReportAgainstAFirmCanBlackListItThroughTheCreditLists() throws Exception {
        String firm = Fixtures.firm(ITEM);
        long firmOrg = orgOf(firm);
        HttpResponse<String> r = as("owner01").postJson("/api/complaints/reports",
                reportBody("FIRM", firmOrg, "EXTRA_FEES", "The firm charged a fee outside the contract."));
        long report = id(r);
        WebClient regulator = as("regulator01");
        assertEquals(200, regulator.postJson("/api/complaints/" + report + "/review", "").statusCode());
        String page = "/regulator/complaints.xhtml?id=" + report;
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("finding", "UPHELD");
        fields.put("text", "经查，该机构在合同外收取加急费。");
        fields.put("consequence", "BLACK_LIST");
        fields.put("legalBasis", "《中介服务机构信用管理办法》第十条");
        fields.put("endDate", "");
        fields.put("save", "x");
        // without an end date: refused, nothing stored
        HttpResponse<String> refused = regulator.postMultipart(page, "answer", fields, Map.of("files", TestFiles.pdf("e.pdf")));
        assertTrue(refused.body().contains(Texts.zh("complaint.error.blackListEnd")), refused.body());
        assertEquals("UNDER_REVIEW", text("SELECT status FROM complaint WHERE id = ?", report));
        assertEquals(0, number("SELECT COUNT(*) FROM credit_list_entry WHERE firm_id = ?", firmOrg));
        fields.put("endDate", TestClock.now().plus(Duration.ofDays(400)).toString().substring(0, 10));
        HttpResponse<String> answered = regulator.postMultipart(page, "answer", fields, Map.of("files", TestFiles.pdf("e.pdf")));
        assertTrue(answered.body().contains(Texts.zh("complaint.answered")), answered.body());
        assertEquals("ANSWERED", text("SELECT status FROM complaint WHERE id = ?", report));
        assertEquals(1, number("SELECT COUNT(*) FROM credit_list_entry WHERE firm_id = ? AND kind = 'BLACK'", firmOrg));
        assertEquals(0, number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ? AND message_key LIKE 'complaint.%'",
                firmOrg), "the black-listed firm is told of the listing, never of the report");
    }

    static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
