package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.it.RankFixtures.late;
import static org.zjcs.it.RankFixtures.onTime;
import static org.zjcs.it.RankFixtures.organisation;
import static org.zjcs.support.Fixtures.as;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.TestClock;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The monthly rankings (docs/supervision.md "Rankings and 通报") on due items and evaluations written for a month of
 * 2024: the order, shared ranks, "too few to rank", items outside the month, satisfaction of firms; who may read them
 * and the refused months. Every expected figure is worked out by hand below.
 */
class RankingsIT {

    static final String MONTH = "2024-05";
    static final Instant MID = Instant.parse("2024-05-10T02:00:00Z");
    static long d1;
    static long d2;
    static long d3;
    static long d4;
    static long firm;
    static long owner;

    @BeforeAll
    static void data() throws Exception {
        String tag = " " + System.nanoTime();
        d1 = organisation("DEPARTMENT", "排名测试部门一" + tag);
        d2 = organisation("DEPARTMENT", "排名测试部门二" + tag);
        d3 = organisation("DEPARTMENT", "排名测试部门三" + tag);
        d4 = organisation("DEPARTMENT", "排名测试部门四" + tag);
        owner = organisation("OWNER", "排名测试业主" + tag);
        firm = organisation("FIRM", "排名测试机构" + tag);
        // d1: 10 closed, 1 late: 90 %; plus one closed in April (outside the month)
        onTime("DEPARTMENT", d1, 9, MID);
        late("DEPARTMENT", d1, 1, MID);
        onTime("DEPARTMENT", d1, 1, Instant.parse("2024-04-10T02:00:00Z"));
        // d2: 10 closed on time, one open past its due time at the month's end: 100 %, 1 overdue
        onTime("DEPARTMENT", d2, 10, MID);
        RankFixtures.due("DEPARTMENT", d2, MID, Instant.parse("2024-05-20T02:00:00Z"), null);
        // d3: 20 closed, 2 late: 90 %, the same rate as d1, nothing overdue: they share rank 2
        onTime("DEPARTMENT", d3, 18, MID);
        late("DEPARTMENT", d3, 2, MID);
        // d4: 3 closed (too few, min 5), one due in May but done in June: overdue at the month's end
        onTime("DEPARTMENT", d4, 3, MID);
        RankFixtures.due("DEPARTMENT", d4, MID, Instant.parse("2024-05-25T02:00:00Z"), Instant.parse("2024-06-03T02:00:00Z"));
        // the owner closes 5 on time; the firm closes 6, 2 late (66.7 %) and has 2 evaluations, one satisfied (50.0 %)
        onTime("OWNER", owner, 5, MID);
        onTime("FIRM", firm, 4, MID);
        late("FIRM", firm, 2, MID);
        RankFixtures.evaluation(owner, firm, "VERY_SATISFIED", MID);
        RankFixtures.evaluation(owner, firm, "DISSATISFIED", MID);
        RankFixtures.evaluation(owner, firm, "SATISFIED", Instant.parse("2024-06-02T02:00:00Z")); // June: not counted
    }

    /** The JSON object of a unit in the answer. */
    static String unit(String body, long id) {
        Matcher m = Pattern.compile("\\{[^{}]*\"id\":" + id + ",[^{}]*\\}").matcher(body.replace(" ", ""));
        assertTrue(m.find(), "unit " + id + " in " + body);
        return m.group();
    }

    @Test
    void departmentsOwnersAndFirmsAreRankedAsWorkedOutByHand() throws Exception {
        HttpResponse<String> r = as("regulator01").get("/api/supervision/rankings?month=" + MONTH);
        assertEquals(200, r.statusCode(), r.body());
        String b = r.body();
        assertTrue(b.contains("\"minItems\":5") || b.contains("\"minItems\": 5"), b);
        String u2 = unit(b, d2);
        assertTrue(u2.contains("\"rank\":1,"), u2);
        assertTrue(u2.contains("\"closed\":10,") && u2.contains("\"onTimePermille\":1000,") && u2.contains("\"overdueAtEnd\":1,"), u2);
        String u1 = unit(b, d1);
        assertTrue(u1.contains("\"rank\":2,") && u1.contains("\"closed\":10,") && u1.contains("\"late\":1,")
                && u1.contains("\"onTimePermille\":900,") && u1.contains("\"overdueAtEnd\":0,"), "April's item is not counted: " + u1);
        String u3 = unit(b, d3);
        assertTrue(u3.contains("\"rank\":2,") && u3.contains("\"closed\":20,"), "the tie shares rank 2: " + u3);
        String u4 = unit(b, d4);
        assertTrue(u4.contains("\"rank\":null") || !u4.contains("\"rank\""), "too few to rank: " + u4);
        assertTrue(u4.contains("\"closed\":3,") && u4.contains("\"overdueAtEnd\":1,") && u4.contains("\"missedLimits\":true"), u4);
        assertTrue(b.indexOf("\"id\":" + d2) < b.indexOf("\"id\":" + d1) || b.replace(" ", "").indexOf("\"id\":" + d2)
                < b.replace(" ", "").indexOf("\"id\":" + d1), "rank 1 first");
        String f = unit(b, firm);
        assertTrue(f.contains("\"closed\":6,") && f.contains("\"late\":2,") && f.contains("\"onTimePermille\":667,")
                && f.contains("\"evaluated\":2,") && f.matches(".*\"satisfied\":1[,}].*") && f.contains("\"satisfactionPermille\":500,"), f);
        String o = unit(b, owner);
        assertTrue(o.contains("\"rank\":1,") && o.contains("\"missedLimits\":false"), o);
        assertEquals(200, as("operator01").get("/api/supervision/rankings?month=" + MONTH).statusCode(), "operators read them too");
    }

    @Test
    void thePageShowsTheTablesTheChartsAndTooFewToRank() throws Exception {
        WebClient regulator = as("regulator01");
        String page = regulator.get("/regulator/rankings.xhtml?month=" + MONTH).body();
        assertTrue(page.contains("排名测试部门四"), "every unit is in the table");
        assertTrue(page.contains(Texts.zh("rank.tooFew")));
        assertTrue(page.contains("chart-DEPARTMENT"), "a chart beside the table");
        assertTrue(page.contains("value=\"DEPARTMENT:" + d4 + "\""), "a unit that missed limits can be named");
        assertTrue(!page.contains("value=\"OWNER:" + owner + "\""), "one that did not, cannot");
        String en = regulator.getFollowing("/regulator/rankings.xhtml?month=" + MONTH + "&lang=en").body();
        assertTrue(en.contains(Texts.en("rank.kind.DEPARTMENT")) && en.contains(Texts.en("rank.tooFew")));
    }

    @Test
    void onlyRegulatorsAndOperatorsAndOnlyMonthsThatHaveCome() throws Exception {
        assertEquals(401, new WebClient().get("/api/supervision/rankings?month=" + MONTH).statusCode());
        assertEquals(403, as("firm01").get("/api/supervision/rankings?month=" + MONTH).statusCode());
        assertEquals(403, as("approver01").get("/api/supervision/rankings?month=" + MONTH).statusCode());
        WebClient regulator = as("regulator01");
        String future = YearMonth.from(TestClock.now().atZone(ZoneId.of("Asia/Shanghai"))).plusMonths(2).toString();
        HttpResponse<String> r = regulator.get("/api/supervision/rankings?month=" + future);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("rank.error.future"), r.body());
        assertTrue(regulator.get("/api/supervision/rankings?month=2024-13").body().contains("rank.error.month"));
        assertTrue(regulator.get("/api/supervision/rankings?month=May").body().contains("rank.error.month"));
        assertTrue(regulator.get("/api/supervision/rankings").body().contains("rank.error.monthRequired"));
        assertTrue(regulator.get("/regulator/rankings.xhtml?month=" + future).body().contains(Texts.zh("rank.error.future")),
                "the page says it too");
    }
}
