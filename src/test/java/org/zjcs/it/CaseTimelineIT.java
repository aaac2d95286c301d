package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.text;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The approval-case timeline over HTTP: approval staff of the case's department see every step of its notices in time
 * order (publication, enrolments once opened, the selection with its proof, the result and award announcements, the
 * contract); staff of another department see nothing, as for an unknown case; the department's approval system reads
 * the same as JSON with its API key; enrolments of a notice whose window is still open never appear.
 */
class CaseTimelineIT {

    static final long ITEM = 3;
    static final String KEY_3001 = "zjcs_demo_xincheng_approval_key";
    static final String KEY_3002 = "zjcs_demo_planning_approval_key";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern KIND_ON_PAGE = Pattern.compile("data-kind=\"([A-Z_]+)\"");
    static final Pattern KIND_IN_JSON = Pattern.compile("\"kind\":\"([A-Z_]+)\"");
    static final Pattern AT_IN_JSON = Pattern.compile("\"at\":\"([^\"]+)\"");

    static String caseOf(long notice) throws Exception {
        return text("SELECT c.case_number FROM approval_case c JOIN notice_case nc ON nc.approval_case_id = c.id "
                + "WHERE nc.notice_id = ?", notice);
    }

    static String page(WebClient who, String q) {
        HttpResponse<String> r = who.get("/approval/timeline.xhtml?q=" + q);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static HttpResponse<String> api(String key, String caseNumber, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.baseUrl() + "/api/approval-cases/" + caseNumber + "/timeline"))
                .header("Accept-Language", language).timeout(Duration.ofSeconds(60)).GET();
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        }
    }

    static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The kinds wanted appear in this order (other kinds may come between them). */
    static void inOrder(List<String> kinds, String... wanted) {
        int at = -1;
        for (String w : wanted) {
            int next = kinds.subList(at + 1, kinds.size()).indexOf(w);
            assertTrue(next >= 0, w + " after position " + at + " in " + kinds);
            at += next + 1;
        }
    }

    @Test
    void theChainOfACaseInOrderForItsDepartmentOnlyOnThePageAndInTheApi() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Timeline chain " + System.nanoTime(), ITEM, "LOWEST_PRICE", null, "50000", "60000", 1);
        String caseNumber = caseOf(notice);
        String projectCode = "2026-610102-47-01-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        Fixtures.sql("UPDATE approval_case SET project_code = ? WHERE case_number = ?", projectCode, caseNumber);
        String cheap = Fixtures.firm(ITEM);
        String dear = Fixtures.firm(ITEM);
        assertEquals(201, as(cheap).postJson("/api/notices/" + notice + "/bids", "{\"price\": 52000}").statusCode());
        assertEquals(201, as(dear).postJson("/api/notices/" + notice + "/bids", "{\"price\": 55000}").statusCode());
        String receipt = text("SELECT receipt_hash FROM enrolment WHERE notice_id = ? ORDER BY id LIMIT 1", notice);

        // while the window is open: the publication, but no enrolment, not even its receipt
        WebClient approver = as("approver01");
        String open = page(approver, caseNumber);
        assertEquals(List.of("NOTICE_PUBLISHED"), all(KIND_ON_PAGE, open), open);
        assertFalse(open.contains(receipt), "no receipt of a sealed enrolment");
        HttpResponse<String> openJson = api(KEY_3001, caseNumber, "zh-CN");
        assertEquals(200, openJson.statusCode(), openJson.body());
        assertEquals(List.of("NOTICE_PUBLISHED"), all(KIND_IN_JSON, openJson.body()), openJson.body());

        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        Fixtures.endPublicity(notice);
        SelectionIT.awaitStatus(notice, "AWARDED");
        HttpResponse<String> filed = ContractIT.upload(owner, notice, ContractIT.terms("52000", "2026-12-01", "2027-03-31"),
                TestFiles.pdf("contract.pdf"));
        assertTrue(filed.body().contains(Texts.zh("contract.submitted")), filed.body());
        HttpResponse<String> confirmed = as(cheap).postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x"));
        assertTrue(confirmed.body().contains(Texts.zh("contract.confirmed")), confirmed.body());
        long version = number("SELECT id FROM contract_version WHERE notice_id = ?", notice);

        // the department's staff: every step in order, with times, actors and links
        String chain = page(approver, caseNumber);
        List<String> kinds = all(KIND_ON_PAGE, chain);
        inOrder(kinds, "NOTICE_PUBLISHED", "ENROLMENT", "ENROLMENT", "SELECTION", "RESULT_ANNOUNCED", "AWARD_ANNOUNCED",
                "CONTRACT_SUBMITTED", "CONTRACT_CONFIRMED");
        assertEquals(8, kinds.size(), kinds.toString());
        String cheapName = "Test Firm " + cheap.substring("tfirm".length());
        assertTrue(chain.contains(Texts.zh("timeline.enrolment", "验证用机构 " + cheapName, receipt)), "the enrolment with firm and receipt");
        assertTrue(chain.contains(Texts.zh("timeline.selection", "1", "验证用机构 " + cheapName, "52000.00")), "the winner and amount");
        assertTrue(chain.contains("/verify.xhtml?notice=" + notice + "&amp;round=1"), "the verify link");
        assertTrue(chain.contains("/api/notices/" + notice + "/proof?round=1"), "the proof link");
        assertTrue(chain.contains("/account/contract-files/" + version), "the contract's file");
        assertTrue(chain.contains("owner01"), "the actor who published");
        assertTrue(page(approver, projectCode).contains("data-kind=\"CONTRACT_CONFIRMED\""), "found by project code too");
        assertTrue(approver.get("/approval/cases.xhtml?q=" + caseNumber).body()
                .contains("/approval/timeline.xhtml?q=" + caseNumber), "the case list links to the timeline");
        assertTrue(approver.get("/approval/index.xhtml").body().contains("id=\"tool-timeline\""), "so does the workspace");

        // another department's staff: the same as an unknown case
        String other = page(as("approver02"), caseNumber);
        assertFalse(other.contains("data-kind="), "nothing of it");
        assertTrue(other.contains(Texts.zh("timeline.none", caseNumber)), other);
        String unknown = page(approver, "NO-SUCH-CASE-" + notice);
        assertTrue(unknown.contains(Texts.zh("timeline.none", "NO-SUCH-CASE-" + notice)), unknown);
        assertEquals(403, as("owner01").get("/approval/timeline.xhtml?q=" + caseNumber).statusCode(), "approval staff only");

        // the department's approval system: the same steps as JSON in time order
        HttpResponse<String> json = api(KEY_3001, caseNumber, "zh-CN");
        assertEquals(200, json.statusCode(), json.body());
        assertEquals(kinds, all(KIND_IN_JSON, json.body()), "the same steps in the same order");
        List<Instant> times = all(AT_IN_JSON, json.body()).stream().map(Instant::parse).toList();
        assertEquals(8, times.size());
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "in time order: " + times);
        }
        assertTrue(json.body().contains("\"caseNumber\":\"" + caseNumber + "\""), json.body());
        assertTrue(json.body().contains("\"projectCode\":\"" + projectCode + "\""), json.body());
        assertTrue(json.body().contains("\"notices\":[" + notice + "]"), json.body());
        assertTrue(json.body().contains(Texts.zh("timeline.contract.confirmed", "1")), "texts in Chinese by default");
        assertTrue(json.body().contains("\"path\":\"/api/notices/" + notice + "/proof?round=1\""), json.body());
        HttpResponse<String> english = api(KEY_3001, caseNumber, "en");
        assertTrue(english.body().contains(Texts.en("timeline.contract.confirmed", "1")), english.body());

        HttpResponse<String> otherKey = api(KEY_3002, caseNumber, "zh-CN");
        assertEquals(404, otherKey.statusCode(), otherKey.body());
        assertTrue(otherKey.body().contains("\"code\":\"case.error.notFound\""), otherKey.body());
        assertEquals(404, api(KEY_3001, "NO-SUCH-CASE-" + notice, "zh-CN").statusCode());
        HttpResponse<String> badKey = api("zjcs_not_a_key", caseNumber, "zh-CN");
        assertEquals(401, badKey.statusCode(), badKey.body());
        assertTrue(badKey.body().contains("\"code\":\"api.error.key\""), badKey.body());
        assertEquals(401, api(null, caseNumber, "zh-CN").statusCode());
        assertTrue(new WebClient().get("/openapi").body().contains("approval-cases/{caseNumber}/timeline"),
                "documented in the OpenAPI document");
    }

    @Test
    void objectionsAVoidedResultTheNextRoundAndEveryNoticeOfTheCase() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Timeline objection " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 2);
        String caseNumber = caseOf(notice);
        List<String> firms = Fixtures.firms(3, ITEM);
        SelectionIT.enrol(firms.get(0), notice, "{\"price\": 51000}");
        SelectionIT.enrol(firms.get(1), notice, "{\"price\": 52000}");
        SelectionIT.enrol(firms.get(2), notice, "{\"price\": 53000}");
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        String path = "/notice.xhtml?id=" + notice;
        HttpResponse<String> raised = as(firms.get(1)).postMultipart(path, "objection",
                Map.of("reason", "The winner's price is below cost", "raise", "x"), Map.of());
        assertTrue(raised.body().contains(Texts.zh("objection.raised")), raised.body());
        String sel = "/owner/selection.xhtml?id=" + notice;
        HttpResponse<String> upheld = owner.postForm(sel, "answers",
                SelectionIT.answer(owner.get(sel).body(), "The price is below cost.", true));
        assertTrue(upheld.body().contains(Texts.zh("objection.answered")), upheld.body());
        SelectionIT.awaitStatus(notice, "ANNOUNCED");

        // a second notice of the same case, still open: its publication shows, its enrolment does not
        long second = Fixtures.publish(owner, "Timeline second " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 1);
        Fixtures.sql("INSERT INTO notice_case (notice_id, approval_case_id) SELECT ?, approval_case_id FROM notice_case "
                + "WHERE notice_id = ?", second, notice);
        SelectionIT.enrol(firms.get(2), second, "{\"price\": 50500}");

        String chain = page(as("approver01"), caseNumber);
        List<String> kinds = all(KIND_ON_PAGE, chain);
        inOrder(kinds, "NOTICE_PUBLISHED", "ENROLMENT", "ENROLMENT", "ENROLMENT", "SELECTION", "RESULT_ANNOUNCED",
                "OBJECTION_RAISED", "OBJECTION_UPHELD", "SELECTION", "RESULT_ANNOUNCED", "NOTICE_PUBLISHED");
        assertTrue(kinds.contains("SELECTION_VOIDED") && kinds.contains("RESULT_VOIDED"), kinds.toString());
        assertEquals(2, kinds.stream().filter("NOTICE_PUBLISHED"::equals).count(), "both notices");
        assertEquals(3, kinds.stream().filter("ENROLMENT"::equals).count(), "not the open notice's enrolment: " + kinds);
        assertTrue(chain.contains("The winner&#39;s price is below cost") || chain.contains("The winner's price is below cost"),
                "the objection's reason");
        assertTrue(chain.contains("/verify.xhtml?notice=" + notice + "&amp;round=2"), "the second round's proof");

        HttpResponse<String> json = api(KEY_3001, caseNumber, "en");
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.body().contains("\"notices\":[" + notice + "," + second + "]"), json.body());
        assertEquals(kinds, all(KIND_IN_JSON, json.body()));
        List<Instant> times = all(AT_IN_JSON, json.body()).stream().map(Instant::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "in time order: " + times);
        }
        assertEquals(0, number("SELECT COUNT(*) FROM enrolment WHERE notice_id = ? AND firm_id IS NOT NULL", second),
                "the second notice's enrolment is still sealed");
    }
}
