package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The supervision board (电子监察) over HTTP on due_item rows of {@link BoardFixtures}: counts with their traffic light,
 * the list most overdue first with keyset paging and the drill-down to the case timeline, the step times (median and
 * p90 worked out by hand) and trends, the operator's platform part and the approval department's own part, bad
 * periods and unknown dimensions refused with their message, and firms and owners refused.
 */
class SupervisionBoardIT {

    static BoardFixtures f;
    static final Pattern ITEM = Pattern.compile("<tr class=\"zj-board-item[^\"]*\" data-id=\"(\\d+)\" data-kind=\"([A-Z_]+)\" "
            + "data-overdue=\"(true|false)\">(.*?)</tr>", Pattern.DOTALL);

    @BeforeAll
    static void rows() throws Exception {
        f = BoardFixtures.insert();
    }

    static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    static JsonObject row(JsonArray rows, String key) {
        return rows.stream().map(JsonObject.class::cast).filter(o -> key.equals(none(o, "key") ? null : o.getString("key")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
    }

    /** A null field (JSON-B leaves it out). */
    static boolean none(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static void error(HttpResponse<String> r, int status, String key) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"" + key + "\""), r.body());
    }

    @Test
    void countsByFirmCarryOpenOverdueDueSoonAndTheirLight() {
        WebClient regulator = as("regulator01");
        JsonObject counts = json(regulator.get("/api/supervision/board/counts?dimension=FIRM"));
        assertEquals("FIRM", counts.getString("dimension"));
        assertEquals("ALL", counts.getString("scope"));
        JsonObject mine = row(counts.getJsonArray("rows"), String.valueOf(f.firm));
        assertEquals(4 + BoardFixtures.EXTRA, mine.getInt("open"));
        assertEquals(2, mine.getInt("overdue"));   // the department check 400 days late, the operator's review one hour late
        assertEquals(1, mine.getInt("dueSoon"));   // the other department's check, due in five hours (< 24)
        assertEquals("RED", mine.getString("rag"));

        // only the acceptance (due in ten days) among the owner's acceptances of this firm: green
        JsonObject acceptance = json(regulator.get("/api/supervision/board/counts?dimension=FIRM&kind=OWNER_ACCEPTANCE"));
        JsonObject green = row(acceptance.getJsonArray("rows"), String.valueOf(f.firm));
        assertEquals(1, green.getInt("open"));
        assertEquals("GREEN", green.getString("rag"));

        // department checks by department: 3001 has the overdue one (red), 3002 the due-soon one (amber at least)
        JsonArray byDept = json(regulator.get("/api/supervision/board/counts?dimension=DEPARTMENT&kind=DEPARTMENT_CHECK")).getJsonArray("rows");
        assertEquals("RED", row(byDept, "3001").getString("rag"));
        assertEquals("西安市新城区行政审批服务局", row(byDept, "3001").getString("name"));
        assertTrue(row(byDept, "3002").getInt("dueSoon") >= 1);
    }

    @Test
    void theListIsMostOverdueFirstPagedByKeysetWithTheDrillDownToTheCaseTimeline() {
        WebClient regulator = as("regulator01");
        String filter = "/api/supervision/board/items?dimension=FIRM&value=" + f.firm;
        JsonObject first = json(regulator.get(filter));
        JsonArray items = first.getJsonArray("items");
        assertEquals(20, items.size());
        JsonObject top = items.getJsonObject(0);
        assertEquals("DEPARTMENT_CHECK", top.getString("kind"));
        assertTrue(top.getBoolean("overdue"));
        assertTrue(top.getInt("overdueHours") >= 47, top.toString());
        assertEquals("西安市新城区行政审批服务局", top.getString("partyName"));
        assertEquals("/notice.xhtml?id=8013", top.getString("itemLink"));
        String timeline = "/regulator/cases.xhtml?case=" + URLEncoder.encode(f.caseNumber, StandardCharsets.UTF_8);
        assertEquals(timeline, top.getString("caseLink"));
        assertEquals(List.of("DEPARTMENT_CHECK", "REGISTRATION_REVIEW", "DEPARTMENT_CHECK", "OWNER_ACCEPTANCE"),
                items.stream().limit(4).map(o -> ((JsonObject) o).getString("kind")).toList());
        assertTrue(none(first, "previous"));
        assertNotNull(first.getString("next"));

        JsonObject second = json(regulator.get(filter + "&after=" + first.getString("next")));
        assertEquals(4 + BoardFixtures.EXTRA - 20, second.getJsonArray("items").size());
        assertTrue(none(second, "next"));
        JsonObject back = json(regulator.get(filter + "&before=" + second.getString("previous")));
        assertEquals(items.getJsonObject(0).getInt("id"), back.getJsonArray("items").getJsonObject(0).getInt("id"));

        JsonArray overdue = json(regulator.get(filter + "&state=OVERDUE")).getJsonArray("items");
        assertEquals(2, overdue.size());
        JsonArray soon = json(regulator.get(filter + "&state=DUE_SOON")).getJsonArray("items");
        assertEquals(1, soon.size());
        assertEquals("西安市自然资源和规划局新城分局", soon.getJsonObject(0).getString("departmentName")); // the other department's
        assertTrue(none(soon.getJsonObject(0), "caseLink"), "no case, no timeline link");

        // the drill-down: the case's timeline on the regulators' page
        HttpResponse<String> page = regulator.get(timeline);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-kind=\"NOTICE_PUBLISHED\""), "the case timeline");
    }

    @Test
    void stepTimesAndTrendsOverAPeriodWorkedOutByHand() {
        WebClient regulator = as("regulator01");
        JsonObject steps = json(regulator.get("/api/supervision/board/step-times?from=2019-01-01&to=2019-01-31"));
        JsonObject evaluation = steps.getJsonArray("steps").stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("kind").equals("EVALUATION")).findFirst().orElseThrow();
        // durations 3600, 7200, 10800, 36000: exact median (7200 + 10800) / 2 = 9000, p90 rank ceil(3.6) = 4 -> 36000.
        // The histogram's buckets: 7200 in 7031 … 7662 (√(7031 · 7662) = 7340), 10800 in 9922 … 10813 (10358), 36000 in
        // 33142 … 36123 (34600): median (7340 + 10358) / 2 = 8849 (1.7 % below 9000), p90 34600 (3.9 % below 36000)
        assertEquals(4, evaluation.getInt("count"));
        assertEquals(1, evaluation.getInt("late"));
        assertEquals(8849.0, evaluation.getJsonNumber("medianSeconds").doubleValue());
        assertEquals(34600, evaluation.getJsonNumber("p90Seconds").longValue());

        JsonObject weeks = json(regulator.get("/api/supervision/board/trends?from=2019-01-07&to=2019-01-20&granularity=WEEK&kind=EVALUATION"));
        JsonArray b = weeks.getJsonArray("buckets");
        assertEquals(2, b.size());
        assertEquals("2019-01-07", b.getJsonObject(0).getString("start"));
        assertEquals(List.of(2, 2, 0), figures(b.getJsonObject(0)));
        assertEquals(List.of(2, 2, 1), figures(b.getJsonObject(1)));
        JsonArray month = json(regulator.get("/api/supervision/board/trends?from=2019-01-01&to=2019-01-31")).getJsonArray("buckets");
        assertEquals(1, month.size());
        assertEquals(List.of(4, 4, 1), figures(month.getJsonObject(0)));
    }

    static List<Integer> figures(JsonObject bucket) {
        return List.of(bucket.getInt("opened"), bucket.getInt("closed"), bucket.getInt("closedLate"));
    }

    @Test
    void badPeriodsAndUnknownNamesAreRefusedWithTheirMessage() {
        WebClient regulator = as("regulator01");
        error(regulator.get("/api/supervision/board/trends?from=2026-03-02&to=2026-03-01"), 400, "board.error.periodReversed");
        error(regulator.get("/api/supervision/board/step-times?from=2020-01-01&to=2026-01-01"), 400, "board.error.periodTooLong");
        error(regulator.get("/api/supervision/board/step-times?from=yesterday"), 400, "board.error.date");
        error(regulator.get("/api/supervision/board/counts?dimension=colour"), 400, "board.error.dimension");
        error(regulator.get("/api/supervision/board/items?kind=COFFEE_BREAK"), 400, "board.error.kind");
        error(regulator.get("/api/supervision/board/items?dimension=FIRM&value=1%20OR%201=1"), 400, "board.error.value");
        error(regulator.get("/api/supervision/board/trends?granularity=DAY"), 400, "board.error.granularity");

        HttpResponse<String> page = regulator.get("/regulator/board.xhtml?from=2026-03-02&to=2026-03-01");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(Texts.zh("board.error.periodReversed", "2026-03-02", "2026-03-01")), "the message");
        assertFalse(page.body().contains("id=\"board-totals\""), "no figures under a bad period");
    }

    @Test
    void theOperatorSeesThePlatformPartAndTheDepartmentItsOwn() {
        JsonObject op = json(as("operator01").get("/api/supervision/board/counts?dimension=FIRM"));
        assertEquals("PLATFORM", op.getString("scope"));
        JsonObject mine = row(op.getJsonArray("rows"), String.valueOf(f.firm));
        assertEquals(1, mine.getInt("open"));       // only the operator's registration review
        assertEquals(1, mine.getInt("overdue"));
        JsonArray parties = json(as("operator01").get("/api/supervision/board/counts?dimension=PARTY_TYPE")).getJsonArray("rows");
        assertTrue(parties.stream().allMatch(o -> ((JsonObject) o).getString("key").equals("OPERATOR")), parties.toString());

        // approval staff: the page only, scoped to their department by the service
        WebClient approver = as("approver01");
        error(approver.get("/api/supervision/board/counts"), 403, "security.error.forbidden");
        HttpResponse<String> page = approver.get("/approval/board.xhtml?dim=FIRM&value=" + f.firm + "&from=2019-01-01&to=2019-01-31");
        assertEquals(200, page.statusCode());
        List<String> kinds = new ArrayList<>();
        Matcher m = ITEM.matcher(page.body());
        while (m.find()) {
            kinds.add(m.group(2));
            assertFalse(m.group(4).contains("西安市自然资源和规划局新城分局"), "another department's item");
        }
        assertEquals(List.of("DEPARTMENT_CHECK", "OWNER_ACCEPTANCE"), kinds);
        assertTrue(page.body().contains("/approval/timeline.xhtml?q="), "the department's own timeline page");
        // step times of the department's own closed items: 3600 and 7200 -> median 5400, p90 rank 2 -> 7200; from the
        // histogram: 3600 in 3532 … 3848 (3687), 7200 in 7031 … 7662 (7340) -> median 5513.5, p90 7340
        assertTrue(page.body().contains("data-kind=\"EVALUATION\" data-median=\"5513.5\" data-p90=\"7340\""), "own step times");
        assertTrue(page.body().contains(Texts.zh("board.scope.DEPARTMENT")));
    }

    @Test
    void theRegulatorsPageShowsTheFiguresChartsAndListInBothLanguages() {
        WebClient regulator = as("regulator01");
        HttpResponse<String> zh = regulator.get("/regulator/board.xhtml?dim=FIRM&value=" + f.firm + "&state=OVERDUE");
        assertEquals(200, zh.statusCode());
        assertTrue(zh.body().contains(Texts.zh("board.title")));
        assertTrue(zh.body().contains("data-kind=\"DEPARTMENT_CHECK\" data-overdue=\"true\""), "the overdue check");
        assertTrue(zh.body().contains(Texts.zh("board.kind.DEPARTMENT_CHECK")));
        assertTrue(zh.body().contains("id=\"counts-chart\""), "the chart beside the table");
        assertTrue(zh.body().contains("id=\"board-counts\""));
        HttpResponse<String> en = regulator.getFollowing("/regulator/board.xhtml?dim=FIRM&value=" + f.firm + "&lang=en");
        assertEquals(200, en.statusCode());
        assertTrue(en.body().contains(Texts.en("board.title")));
        assertTrue(en.body().contains(Texts.en("board.kind.DEPARTMENT_CHECK")));
    }

    @Test
    void firmsOwnersAndStrangersAreRefused() {
        error(as("firm01").get("/api/supervision/board/counts"), 403, "security.error.forbidden");
        error(as("owner01").get("/api/supervision/board/items"), 403, "security.error.forbidden");
        assertEquals(401, new WebClient().get("/api/supervision/board/trends").statusCode());
        assertEquals(403, as("firm01").get("/regulator/board.xhtml").statusCode());
    }
}
