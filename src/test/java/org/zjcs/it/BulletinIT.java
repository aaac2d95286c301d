package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.it.RankFixtures.late;
import static org.zjcs.it.RankFixtures.onTime;
import static org.zjcs.it.RankFixtures.organisation;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestClock;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The 通报 (docs/domain-rules.md "通报"): a regulator drafts one naming units that missed limits (their figures copied
 * in), edits it, publishes it (the public list and page show it, the named units are told, it never changes again),
 * withdraws it with a reason (gone from the public list, the reason on its page); another regulator organisation
 * cannot touch it, other roles are refused, bad input is refused with nothing stored.
 */
class BulletinIT {

    static final String MONTH = "2024-06";
    static final Instant MID = Instant.parse("2024-06-12T02:00:00Z");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static long late;
    static long punctual;
    static String lateName;

    @BeforeAll
    static void data() throws Exception {
        lateName = "通报测试部门" + System.nanoTime();
        late = organisation("DEPARTMENT", lateName);
        punctual = organisation("DEPARTMENT", "准时部门" + System.nanoTime());
        onTime("DEPARTMENT", late, 3, MID);
        late("DEPARTMENT", late, 2, MID); // 5 closed, 2 late: 60.0 %
        onTime("DEPARTMENT", punctual, 5, MID);
    }

    static String body(String month, String title, String text, String units) {
        return "{\"month\": " + (month == null ? "null" : "\"" + month + "\"") + ", \"title\": \"" + title + "\", \"body\": \""
                + text + "\", \"units\": " + units + "}";
    }

    static String dept(long id) {
        return "[{\"kind\": \"DEPARTMENT\", \"id\": " + id + "}]";
    }

    static String code(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        return m.find() ? m.group(1) : "(no code) " + r.statusCode() + " " + r.body();
    }

    static long bulletins() throws Exception {
        return number("SELECT COUNT(*) FROM bulletin");
    }

    @Test
    void badDraftsAreRefusedAndNothingIsStored() throws Exception {
        WebClient regulator = as("regulator01");
        long before = bulletins();
        String future = YearMonth.from(TestClock.now().atZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1).toString();
        assertEquals("rank.bulletin.error.titleRequired", code(regulator.postJson("/api/supervision/bulletins",
                body(MONTH, "  ", "正文", dept(late)))));
        assertEquals("rank.bulletin.error.bodyRequired", code(regulator.postJson("/api/supervision/bulletins",
                body(MONTH, "标题", "", dept(late)))));
        HttpResponse<String> r = regulator.postJson("/api/supervision/bulletins", body(future, "标题", "正文", dept(late)));
        assertEquals(400, r.statusCode());
        assertEquals("rank.error.future", code(r));
        assertTrue(r.body().contains(Texts.zh("rank.error.future")), "the message in the user's language");
        assertEquals("rank.error.month", code(regulator.postJson("/api/supervision/bulletins", body("06/2024", "标题", "正文", dept(late)))));
        assertEquals("rank.error.monthRequired", code(regulator.postJson("/api/supervision/bulletins", body(null, "标题", "正文", dept(late)))));
        assertEquals("rank.bulletin.error.unitsRequired", code(regulator.postJson("/api/supervision/bulletins",
                body(MONTH, "标题", "正文", "[]"))));
        assertEquals("rank.bulletin.error.unitNotMissed", code(regulator.postJson("/api/supervision/bulletins",
                body(MONTH, "标题", "正文", dept(punctual)))), "a unit that kept the limits cannot be named");
        assertEquals("rank.bulletin.error.unit", code(regulator.postJson("/api/supervision/bulletins",
                body(MONTH, "标题", "正文", "[{\"kind\": \"REGION\", \"id\": 1}]"))));
        assertEquals(400, regulator.postJson("/api/supervision/bulletins", body(MONTH, "t".repeat(201), "正文", dept(late))).statusCode());
        assertEquals(403, as("firm01").postJson("/api/supervision/bulletins", body(MONTH, "标题", "正文", dept(late))).statusCode());
        assertEquals(403, as("operator01").postJson("/api/supervision/bulletins", body(MONTH, "标题", "正文", dept(late))).statusCode());
        assertEquals(401, new WebClient().postJson("/api/supervision/bulletins", body(MONTH, "标题", "正文", dept(late))).statusCode());
        assertEquals(before, bulletins(), "nothing stored by the refusals");
    }

    @Test
    void draftEditPublishThenWithdrawWithTheFiguresFrozenAtDrafting() throws Exception {
        WebClient regulator = as("regulator01");
        String title = "2024年6月时限通报 " + System.nanoTime();
        HttpResponse<String> drafted = regulator.postJson("/api/supervision/bulletins",
                body(MONTH, "草稿标题", "经查，以下部门存在超时办理情况。", dept(late)));
        assertEquals(201, drafted.statusCode(), drafted.body());
        Matcher m = ID.matcher(drafted.body());
        assertTrue(m.find());
        long id = Long.parseLong(m.group(1));
        assertTrue(drafted.body().contains("\"state\":\"DRAFT\"") || drafted.body().contains("\"state\": \"DRAFT\""), drafted.body());
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'BULLETIN_DRAFTED' AND object_id = ?", String.valueOf(id)));
        assertEquals(2, number("SELECT late_items FROM bulletin_unit WHERE bulletin_id = ?", id), "2 late, copied at drafting");
        assertEquals(5, number("SELECT closed_items FROM bulletin_unit WHERE bulletin_id = ?", id));

        // a draft is not public; another regulator organisation cannot see, edit or publish it
        WebClient visitor = new WebClient();
        assertEquals(404, visitor.get("/api/bulletins/" + id).statusCode());
        assertFalse(visitor.get("/bulletin.xhtml?id=" + id).body().contains("草稿标题"));
        WebClient other = as(RankFixtures.otherRegulator());
        assertEquals(404, other.get("/api/supervision/bulletins/" + id).statusCode());
        assertEquals(404, other.sendJson("PUT", "/api/supervision/bulletins/" + id, body(MONTH, "改", "改", "null")).statusCode());
        assertEquals(404, other.postJson("/api/supervision/bulletins/" + id + "/publish", "{}").statusCode());
        assertFalse(other.get("/regulator/bulletins.xhtml?id=" + id).body().contains("草稿标题"));
        assertEquals(403, as("firm01").postJson("/api/supervision/bulletins/" + id + "/publish", "{}").statusCode());

        // the owner edits it (empty title refused, nothing changed)
        assertEquals("rank.bulletin.error.titleRequired", code(regulator.sendJson("PUT", "/api/supervision/bulletins/" + id,
                body(MONTH, "", "正文", "null"))));
        HttpResponse<String> edited = regulator.sendJson("PUT", "/api/supervision/bulletins/" + id,
                body(MONTH, title, "经查，以下审批部门在2024年6月存在超时办理情况，现予通报。", "null"));
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(edited.body().contains(title));

        // the data changes after drafting: the 通报 keeps the figures it was drafted with
        late("DEPARTMENT", late, 3, MID);
        long notesBefore = number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ?", late);
        HttpResponse<String> published = regulator.postJson("/api/supervision/bulletins/" + id + "/publish", "{}");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", Fixtures.text("SELECT state FROM bulletin WHERE id = ?", id));
        assertEquals(2, number("SELECT late_items FROM bulletin_unit WHERE bulletin_id = ?", id), "never recomputed");
        assertEquals(notesBefore + 1, number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ? "
                + "AND message_key = 'rank.notify.published'", late), "the named unit is told");
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'BULLETIN_PUBLISHED' AND object_id = ?", String.valueOf(id)));
        assertEquals("rank.bulletin.error.notDraft", code(regulator.sendJson("PUT", "/api/supervision/bulletins/" + id,
                body(MONTH, "改标题", "改正文", "null"))), "a published 通报 never changes");
        assertEquals("rank.bulletin.error.notDraft", code(regulator.postJson("/api/supervision/bulletins/" + id + "/publish", "{}")));

        // the public reads it, without logging in
        assertTrue(visitor.get("/api/bulletins").body().contains(title));
        Fixtures.await("the public list shows the 通报", 10, () -> visitor.get("/bulletins.xhtml").body().contains(title));
        String page = visitor.get("/bulletin.xhtml?id=" + id).body();
        assertTrue(page.contains("<title>" + title), "its title is the page's title");
        assertTrue(page.contains(lateName) && page.contains("60.0%"), "the unit and its figures as drafted");

        // withdrawn: a reason is needed; another organisation cannot; then gone from the list, the reason on its page
        assertEquals("rank.bulletin.error.reasonRequired", code(regulator.postJson("/api/supervision/bulletins/" + id + "/withdraw",
                "{\"reason\": \" \"}")));
        assertEquals(404, other.postJson("/api/supervision/bulletins/" + id + "/withdraw", "{\"reason\": \"x\"}").statusCode());
        HttpResponse<String> withdrawn = regulator.postJson("/api/supervision/bulletins/" + id + "/withdraw",
                "{\"reason\": \"部分数据统计口径有误，更正后重新发布。\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'BULLETIN_WITHDRAWN' AND object_id = ?", String.valueOf(id)));
        assertFalse(visitor.get("/api/bulletins").body().contains(title));
        Fixtures.await("the public list drops it", 10, () -> !visitor.get("/bulletins.xhtml").body().contains(title));
        Fixtures.await("its page gives the reason", 10, () -> visitor.get("/bulletin.xhtml?id=" + id).body()
                .contains("部分数据统计口径有误"));
        assertTrue(visitor.get("/api/bulletins/" + id).body().contains("WITHDRAWN"));
        assertEquals("rank.bulletin.error.notPublished", code(regulator.postJson("/api/supervision/bulletins/" + id + "/withdraw",
                "{\"reason\": \"again\"}")));
    }
}
