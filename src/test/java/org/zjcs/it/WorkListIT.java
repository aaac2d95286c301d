package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The work lists (工作台) over HTTP, source by source: a firm sees its enrolment sealed with its receipt and the
 * deadline, then "won" or "not won" with the end of the objection period, and the objection it raised; the owner sees
 * the objection to answer with its due date, the contract to file and the deliverable to accept; the firm the contract
 * to confirm and the deliverable due; the linked department the check waiting. Another firm, owner unit or department
 * sees none of them. Regulators find any case and read its timeline without links into the parties' pages.
 */
class WorkListIT {

    static final long ITEM = 3;
    static final Pattern ROW = Pattern.compile("<tr class=\"zj-work-item[^\"]*\" data-kind=\"([^\"]+)\" data-state=\"([^\"]+)\" "
            + "data-overdue=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    static final Pattern RECEIPT = Pattern.compile("\"receiptHash\":\"([0-9a-f]{64})\"");

    /** One line of a work list: kind, state, overdue flag and its cells' HTML. */
    record Row(String kind, String state, boolean overdue, String html) {
    }

    static List<Row> rows(WebClient who, String page) {
        HttpResponse<String> r = who.get(page);
        assertEquals(200, r.statusCode(), r.body());
        List<Row> out = new ArrayList<>();
        Matcher m = ROW.matcher(r.body());
        while (m.find()) {
            out.add(new Row(m.group(1), m.group(2), Boolean.parseBoolean(m.group(3)), m.group(4)));
        }
        return out;
    }

    /** The rows of one notice (its subject ends with "(id)"). */
    static List<Row> of(List<Row> rows, long notice) {
        return rows.stream().filter(r -> r.html().contains("(" + notice + ")")).toList();
    }

    static Row only(List<Row> rows, long notice, String state) {
        List<Row> found = of(rows, notice).stream().filter(r -> r.state().equals(state)).toList();
        assertEquals(1, found.size(), state + " of " + notice + " in " + rows);
        return found.get(0);
    }

    static String minutes(String column, String table, long id) throws Exception {
        String v = text("SELECT " + column + " FROM " + table + " WHERE id = ?", id);
        return minutesOfUtc(v);
    }

    static String minutesOfUtc(String v) {
        LocalDateTime t = LocalDateTime.parse(v.substring(0, 19).replace(' ', 'T'));
        return MINUTES.format(t.toInstant(ZoneOffset.UTC));
    }

    static String receipt(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = RECEIPT.matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    @Test
    void enrolmentSealedThenResultsThenObjectionForTheFirmsAndTheOwnerOnly() throws Exception {
        WebClient owner = as("owner01");
        String title = "Work list selection " + System.nanoTime();
        long notice = Fixtures.publish(owner, title, ITEM, "LOWEST_PRICE", null, "50000", "60000", 2);
        List<String> firms = Fixtures.firms(3, ITEM);
        String cheap = receipt(as(firms.get(0)).postJson("/api/notices/" + notice + "/bids", "{\"price\": 51000}"));
        String dear = receipt(as(firms.get(1)).postJson("/api/notices/" + notice + "/bids", "{\"price\": 55000}"));
        receipt(as(firms.get(2)).postJson("/api/notices/" + notice + "/bids", "{\"price\": 56000}"));

        // before the deadline: the firm's own enrolment, sealed, with its receipt and the deadline as the due date
        Row sealed = only(rows(as(firms.get(0)), "/firm/work.xhtml"), notice, "work.state.enrolment.sealed");
        String deadline = minutes("enrolment_deadline", "notice", notice);
        assertTrue(sealed.html().contains(cheap), "its receipt: " + sealed);
        assertFalse(sealed.html().contains(dear), "never another firm's receipt");
        assertTrue(sealed.html().contains(deadline) && sealed.html().contains(Texts.zh("work.due.deadline")), sealed.toString());
        assertTrue(sealed.html().contains(Texts.zh("work.state.enrolment.sealed", cheap, deadline)), sealed.toString());
        assertTrue(of(rows(as("firm01"), "/firm/work.xhtml"), notice).isEmpty(), "a firm that did not enrol sees nothing of it");
        assertTrue(rows(as("owner01"), "/owner/work.xhtml").stream().noneMatch(r -> r.html().contains(cheap)),
                "the owner sees no receipt");

        // after the selection: won and not won, each with the end of the objection period
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        String publicityEnds = minutes("publicity_ends_at", "notice", notice);
        Row won = only(rows(as(firms.get(0)), "/firm/work.xhtml"), notice, "work.state.result.won");
        assertTrue(won.html().contains(publicityEnds) && won.html().contains(Texts.zh("work.due.publicity")), won.toString());
        assertTrue(won.html().contains(Texts.zh("work.state.result.won", "51000.00")), won.toString());
        Row lost = only(rows(as(firms.get(1)), "/firm/work.xhtml"), notice, "work.state.result.notWon");
        assertTrue(lost.html().contains(publicityEnds), lost.toString());
        assertTrue(of(rows(as(firms.get(1)), "/firm/work.xhtml"), notice).stream()
                .noneMatch(r -> r.state().startsWith("work.state.enrolment")), "no longer shown as sealed");
        String english = as(firms.get(1)).get("/firm/work.xhtml?lang=en").body();
        assertEquals(200, as(firms.get(1)).get("/firm/work.xhtml").statusCode(), english);

        // the loser objects: it sees its objection waiting, the owner sees it to answer by its due date
        HttpResponse<String> raised = as(firms.get(1)).postMultipart("/notice.xhtml?id=" + notice, "objection",
                Map.of("reason", "The winner's price is below cost", "raise", "x"), Map.of());
        assertTrue(raised.body().contains(Texts.zh("objection.raised")), raised.body());
        long objection = Fixtures.number("SELECT id FROM objection WHERE notice_id = ?", notice);
        String answerDue = minutes("answer_due", "objection", objection);
        Row open = only(rows(as(firms.get(1)), "/firm/work.xhtml"), notice, "work.state.objection.open");
        assertTrue(open.html().contains(answerDue), open.toString());
        Row toAnswer = only(rows(owner, "/owner/work.xhtml"), notice, "work.state.objection.toAnswer");
        assertTrue(toAnswer.html().contains(answerDue) && toAnswer.html().contains(Texts.zh("work.due.answer")), toAnswer.toString());
        assertTrue(toAnswer.html().contains("/owner/selection.xhtml?id=" + notice), "links to the answer form");
        assertTrue(of(rows(as(firms.get(2)), "/firm/work.xhtml"), notice).stream()
                .noneMatch(r -> r.state().startsWith("work.state.objection")), "another firm's objection is not shown");
        assertTrue(of(rows(as("owner04"), "/owner/work.xhtml"), notice).isEmpty(), "another owner unit sees nothing of it");
        assertTrue(of(rows(as("owner02"), "/owner/work.xhtml"), notice).isEmpty(),
                "a member of the unit who did not draft the notice does not act on its objections");
        assertEquals(403, as(firms.get(1)).get("/owner/work.xhtml").statusCode());
        assertEquals(403, owner.get("/firm/work.xhtml").statusCode());
    }

    @Test
    void contractDeliverableAndTheDepartmentsCheckOfTheLinkedDepartmentOnly() throws Exception {
        Object[] a = ContractIT.awarded("Work list contract");
        long notice = (long) a[0];
        WebClient firm = as((String) a[1]);
        WebClient owner = as("owner01");
        Row toUpload = only(rows(firm, "/firm/work.xhtml"), notice, "work.state.contract.toUpload");
        assertTrue(toUpload.html().contains(Texts.zh("work.due.filing")), toUpload.toString());
        only(rows(owner, "/owner/work.xhtml"), notice, "work.state.contract.toUpload");
        Row won = only(rows(firm, "/firm/work.xhtml"), notice, "work.state.result.won");
        assertFalse(won.html().contains(Texts.zh("work.due.publicity")), "the objection period is over");

        HttpResponse<String> filed = ContractIT.upload(owner, notice, ContractIT.terms("52000", "2026-12-01", "2027-03-31"),
                TestFiles.pdf("contract.pdf"));
        assertTrue(filed.body().contains(Texts.zh("contract.submitted")), filed.body());
        only(rows(firm, "/firm/work.xhtml"), notice, "work.state.contract.toAnswer");
        only(rows(owner, "/owner/work.xhtml"), notice, "work.state.contract.awaitingOther");
        HttpResponse<String> confirmed = firm.postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x"));
        assertTrue(confirmed.body().contains(Texts.zh("contract.confirmed")), confirmed.body());
        List<Row> firmRows = rows(firm, "/firm/work.xhtml");
        Row due = only(firmRows, notice, "work.state.deliverable.due");
        assertTrue(due.html().contains(Texts.zh("work.due.deliverable")), due.toString());
        only(firmRows, notice, "work.state.contract.confirmed");

        HttpResponse<String> v1 = DeliverableIT.upload(firm, notice, "Site survey report", TestFiles.pdf("report.pdf"));
        assertTrue(v1.body().contains(Texts.zh("deliverable.submitted")), v1.body());
        only(rows(owner, "/owner/work.xhtml"), notice, "work.state.deliverable.toAccept");
        only(rows(firm, "/firm/work.xhtml"), notice, "work.state.deliverable.SUBMITTED");
        assertTrue(of(rows(as("approver01"), "/approval/work.xhtml"), notice).isEmpty(), "nothing to check before acceptance");
        HttpResponse<String> accepted = owner.postForm(DeliverableIT.page(notice), "answer", Map.of("accept", "x"));
        assertTrue(accepted.body().contains(Texts.zh("deliverable.accepted")), accepted.body());

        Row check = only(rows(as("approver01"), "/approval/work.xhtml"), notice, "work.state.check.waiting");
        String caseNumber = CaseTimelineIT.caseOf(notice);
        assertTrue(check.html().contains(caseNumber), "the case number: " + check);
        assertTrue(check.html().contains("/account/deliverables.xhtml?id=" + notice), check.toString());
        assertTrue(of(rows(as("approver02"), "/approval/work.xhtml"), notice).isEmpty(), "another department sees none");
        only(rows(firm, "/firm/work.xhtml"), notice, "work.state.deliverable.ACCEPTED");
        only(rows(owner, "/owner/work.xhtml"), notice, "work.state.evaluation.toGive");
        assertTrue(of(rows(as("owner04"), "/owner/work.xhtml"), notice).isEmpty(), "another owner unit sees none");
        assertTrue(of(rows(as("firm01"), "/firm/work.xhtml"), notice).isEmpty(), "another firm sees none");
    }

    @Test
    void regulatorsFindAnyCaseAndReadItsTimelineOnly() throws Exception {
        long notice = Fixtures.publish(as("owner01"), "Work list regulator " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 1);
        String caseNumber = CaseTimelineIT.caseOf(notice);
        WebClient regulator = as("regulator01");
        String list = regulator.get("/regulator/cases.xhtml?q=" + caseNumber).body();
        assertTrue(list.contains("?q=" + caseNumber + "&amp;case=" + caseNumber), list);
        assertTrue(regulator.get("/regulator/cases.xhtml").body().contains("class=\"zj-case-row\""), "the newest cases");
        String timeline = regulator.get("/regulator/cases.xhtml?case=" + caseNumber).body();
        assertTrue(timeline.contains("data-kind=\"NOTICE_PUBLISHED\""), timeline);
        assertFalse(timeline.contains("<form id=\"answer\"") || timeline.contains("<form id=\"check\""), "no action");

        // the demo's finished chain (8012, two departments): every step, public links only
        String chain = regulator.get("/regulator/cases.xhtml?case=XCSP-2026-000968").body();
        assertTrue(chain.contains("data-kind=\"CONTRACT_CONFIRMED\""), chain);
        assertTrue(chain.contains("/verify.xhtml?notice=8012"), "the public proof link stays");
        assertFalse(Pattern.compile("zj-timeline-link\" href=\"[^\"]*/account/").matcher(chain).find(),
                "no links into the parties' pages or files");
        assertTrue(as("approver01").get("/approval/timeline.xhtml?q=XCSP-2026-000968").body().contains("/account/contract-files/"),
                "which the department's own staff have");
        String none = regulator.get("/regulator/cases.xhtml?case=NO-SUCH-" + notice).body();
        assertTrue(none.contains(Texts.zh("page.work.cases.notFound", "NO-SUCH-" + notice)), none);
        String nothing = regulator.get("/regulator/cases.xhtml?q=NO-SUCH-PREFIX-" + notice).body();
        assertTrue(nothing.contains("id=\"cases-none\""), nothing);
        assertEquals(403, as("approver01").get("/regulator/cases.xhtml?case=" + caseNumber).statusCode());
        assertTrue(regulator.get("/regulator/index.xhtml").body().contains("/regulator/cases.xhtml"), "linked from the workspace");
    }
}
