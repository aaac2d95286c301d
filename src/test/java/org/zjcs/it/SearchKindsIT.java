package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.it.RankFixtures.late;
import static org.zjcs.it.RankFixtures.organisation;
import static org.zjcs.support.Texts.zh;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * Search over every kind against the started server (docs/search.md): a firm found by the pinyin or initials of its
 * name; suggestions while typing (and none, never an error, for bad input); a 通报 published and withdrawn through the
 * regulator's API, an article published, corrected and withdrawn on the operator's page, followed by the index through the change log; a service item changed in the database with its
 * change-log row applied; a rebuild that holds every kind, the status and the health check counting per kind.
 */
class SearchKindsIT {

    private static final WebClient VISITOR = new WebClient();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static String uniqueWord() {
        Random r = new Random();
        StringBuilder b = new StringBuilder("zk");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static JsonObject ok(String path) {
        HttpResponse<String> r = VISITOR.get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return json(r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The hits as KIND:id. */
    private static List<String> keys(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("kind") + ":" + h.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> suggestions(String query) {
        return ok("/api/search/suggest?" + query).getJsonArray("suggestions").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("text")).toList();
    }

    @Test
    void aFirmIsFoundByThePinyinOrInitialsOfItsNameAndLinksToItsProfile() {
        for (String text : List.of("huace", "hua ce", "xahc", "xi'an huace")) {
            JsonObject r = ok("/api/search?q=" + enc(text));
            assertTrue(keys(r).contains("FIRM:1002"), text + " -> " + r);
        }
        JsonObject r = ok("/api/search?q=" + enc("qinchuan") + "&kind=FIRM");
        assertEquals(List.of("FIRM:1001"), keys(r));
        JsonObject hit = r.getJsonArray("hits").getJsonObject(0);
        assertEquals("/firm-profile.xhtml?id=1001", hit.getString("link"));
        assertEquals("陕西秦川环境工程咨询有限公司", hit.getString("title"));
        // the kind facet counts every kind (drill-sideways), so the others stay reachable
        assertTrue(r.getJsonObject("facets").getJsonArray("kind").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("value").equals("FIRM")), r.toString());
    }

    @Test
    void aServiceItemAndAnAnnouncementAreDocumentsOfTheirOwn() {
        JsonObject items = ok("/api/search?q=" + enc("水土保持") + "&kind=SERVICE_ITEM");
        assertTrue(keys(items).stream().allMatch(k -> k.startsWith("SERVICE_ITEM:")), items.toString());
        assertTrue(items.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("link").equals("/catalog.xhtml#item-ZJ003")), items.toString());
        // demo notice 8004 was cancelled (终止公告): the cancellation is an announcement linking to the notice page
        JsonObject ann = ok("/api/search?q=" + enc("长乐公园 节能评估") + "&kind=ANNOUNCEMENT&size=50");
        assertTrue(ann.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("detail").equals("CANCELLATION")
                        && h.getString("link").equals("/notice.xhtml?id=8004#announcements")), ann.toString());
    }

    @Test
    void suggestionsWhileTypingAndNoneForBadInput() {
        assertTrue(suggestions("q=huac").contains("西安华测地理信息技术有限公司"), "a pinyin prefix");
        assertTrue(suggestions("q=" + enc("华测")).contains("西安华测地理信息技术有限公司"), "Chinese inside a name");
        assertEquals(List.of("西安华测地理信息技术有限公司"), suggestions("q=xahc&kind=FIRM"));
        List<String> water = suggestions("q=" + enc("水土保持"));
        assertTrue(water.size() >= 2 && water.size() <= 10, water.toString());
        assertTrue(water.contains("水土保持方案编制"), "the service item's name: " + water);
        assertTrue(suggestions("q=" + enc("水土保持") + "&kind=NOTICE").stream().allMatch(t -> t.contains("水土保持")));
        for (String bad : List.of("q=", "q=%20", "q=a", "q=" + enc("*:* AND (") + "", "q=" + enc("' OR 1=1; --"),
                "q=huace&kind=bogus", "q=" + "x".repeat(3000), "kind=FIRM", "q=" + enc("😀"))) {
            HttpResponse<String> r = VISITOR.get("/api/search/suggest?" + bad);
            assertEquals(200, r.statusCode(), bad + " -> " + r.body());
            if (!bad.startsWith("q=*")) {
                assertEquals(0, json(r).getJsonArray("suggestions").size(), bad + " -> " + r.body());
            }
        }
    }

    @Test
    void aBulletinPublishedThenWithdrawnIsFollowedThroughTheChangeLog() throws Exception {
        long dept = organisation("DEPARTMENT", "搜索通报测试部门" + System.nanoTime());
        late("DEPARTMENT", dept, 2, Instant.parse("2024-05-14T02:00:00Z"));
        String word = uniqueWord();
        WebClient regulator = Fixtures.asRetrying("regulator01");
        HttpResponse<String> drafted = regulator.postJson("/api/supervision/bulletins", "{\"month\": \"2024-05\", "
                + "\"title\": \"2024年5月办理时限通报 " + word + "\", \"body\": \"经查，以下部门存在超时办理情况。\", "
                + "\"units\": [{\"kind\": \"DEPARTMENT\", \"id\": " + dept + "}]}");
        assertEquals(201, drafted.statusCode(), drafted.body());
        Matcher m = ID.matcher(drafted.body());
        assertTrue(m.find());
        long id = Long.parseLong(m.group(1));
        String query = "/api/search?q=" + word;
        assertEquals(0, ok(query).getJsonNumber("total").longValue(), "a draft is not public");

        assertEquals(200, regulator.postJson("/api/supervision/bulletins/" + id + "/publish", "{}").statusCode());
        long published = System.nanoTime();
        Fixtures.await("the published 通报 found", 10, () -> keys(ok(query)).contains("BULLETIN:" + id));
        System.out.println("SearchKindsIT: bulletin " + id + " searchable " + (System.nanoTime() - published) / 1_000_000
                + " ms after the publication answered");
        JsonObject hit = ok(query).getJsonArray("hits").getJsonObject(0);
        assertEquals("/bulletin.xhtml?id=" + id, hit.getString("link"));
        assertTrue(hit.getString("titleHtml").contains("<em>" + word + "</em>"), hit.toString());
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM change_log WHERE entity = 'BULLETIN' AND entity_id = ?", id));

        HttpResponse<String> withdrawn = regulator.postJson("/api/supervision/bulletins/" + id + "/withdraw",
                "{\"reason\": \"数据有误，撤回更正。\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        Fixtures.await("the withdrawn 通报 gone", 10, () -> ok(query).getJsonNumber("total").longValue() == 0);
    }

    @Test
    void anArticlePublishedChangedAndWithdrawnByTheOperatorIsFollowedByTheIndex() throws Exception {
        WebClient operator = Fixtures.as("operator01");
        String word = uniqueWord();
        String title = "关于规范中介服务收费的通知 " + System.nanoTime();
        long id = ArticlesIT.create(operator, "POLICY", title,
                "<p>各有关单位：<strong>" + word + "</strong>收费标准见附件。</p><p><a href=\"https://www.xa.gov.cn/\">西安市政府</a></p>");
        String query = "/api/search?q=" + word;
        assertEquals(0, ok(query).getJsonNumber("total").longValue(), "a draft is not public");

        HttpResponse<String> published = ArticlesIT.act(operator, id, "publish", ArticlesIT.version(id));
        assertEquals(200, published.statusCode(), published.body());
        Fixtures.await("the published article found by a word of its body", 10,
                () -> keys(ok(query)).contains("ARTICLE:" + id));
        JsonObject hit = ok(query + "&kind=ARTICLE").getJsonArray("hits").getJsonObject(0);
        assertEquals("/article.xhtml?id=" + id, hit.getString("link"));
        assertEquals(title, hit.getString("title"));
        assertEquals("POLICY", hit.getString("detail"));
        assertTrue(hit.getString("snippet").contains("<em>" + word + "</em>"), hit.toString());
        assertFalse(hit.getString("snippet").contains("strong") || hit.getString("snippet").contains("href"),
                "the body's markup is not text: " + hit);
        assertTrue(ok("/api/search?q=" + enc("xa.gov.cn") + "&kind=ARTICLE").getJsonArray("hits")
                .getValuesAs(JsonObject.class).stream().noneMatch(h -> h.getJsonNumber("id").longValue() == id),
                "a link's address is not searched");
        // the search page shows its kind and its category
        String page = VISITOR.get("/search.xhtml?q=" + word).body();
        assertTrue(page.contains("/article.xhtml?id=" + id) && page.contains("政策法规"), page);

        // a correction of the published article replaces its text in the index
        String other = uniqueWord();
        HttpResponse<String> opened = operator.postForm(ArticlesIT.PAGE + "?id=" + id, "actions",
                Map.of("version", String.valueOf(ArticlesIT.version(id)), "edit", zh("article.admin.edit")));
        HttpResponse<String> saved = operator.postForm(ArticlesIT.PAGE + "?id=" + id, "article",
                WebClient.viewStateIn(opened.body()), ArticlesIT.form("POLICY", title, "<p>收费标准" + other + "另行公布。</p>"));
        assertTrue(saved.body().contains(zh("article.admin.saved")), saved.body());
        Fixtures.await("the corrected text found", 10, () -> keys(ok("/api/search?q=" + other)).contains("ARTICLE:" + id));
        Fixtures.await("the old text gone", 10, () -> ok(query).getJsonNumber("total").longValue() == 0);

        HttpResponse<String> withdrawn = ArticlesIT.act(operator, id, "withdraw", ArticlesIT.version(id));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        Fixtures.await("the withdrawn article gone", 10,
                () -> ok("/api/search?q=" + other).getJsonNumber("total").longValue() == 0);
    }

    @Test
    void theDemoArticlesAreFound() {
        JsonObject r = ok("/api/search?q=" + enc("效能") + "&kind=ARTICLE");
        assertTrue(r.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("title").contains("政务服务效能管理暂行办法") && h.getString("detail").equals("POLICY")),
                r.toString());
        assertTrue(keys(ok("/api/search?q=" + enc("系统升级维护"))).contains("ARTICLE:26005"), "a platform notice");
        // demo 26008 (a withdrawn guide) and 26007 (a draft) are in the database but never hits
        List<String> guides = keys(ok("/api/search?q=" + enc("中介服务机构 入驻 办事指南") + "&kind=ARTICLE&size=50"));
        assertTrue(guides.contains("ARTICLE:26003") && !guides.contains("ARTICLE:26008"), guides.toString());
        assertFalse(keys(ok("/api/search?q=" + enc("元旦假期") + "&size=50")).contains("ARTICLE:26007"));
    }

    @Test
    void aServiceItemChangeIsAppliedFromItsChangeLogRow() throws Exception {
        String word = uniqueWord();
        long item = Fixtures.number("SELECT id FROM service_item WHERE code = 'ZJ008'");
        String before = Fixtures.text("SELECT name_en FROM service_item WHERE id = " + item);
        try (var c = It.db()) {
            c.setAutoCommit(false);
            Fixtures.update(c, "UPDATE service_item SET name_en = ? WHERE id = ?", before + " " + word, item);
            Fixtures.update(c, "INSERT INTO change_log (entity, entity_id, changed_at) VALUES ('SERVICE_ITEM', ?, UTC_TIMESTAMP(6))", item);
            c.commit();
        }
        try {
            Fixtures.await("the service item's new text found", 45,
                    () -> keys(ok("/api/search?q=" + word)).contains("SERVICE_ITEM:" + item));
        } finally {
            try (var c = It.db()) {
                Fixtures.update(c, "UPDATE service_item SET name_en = ? WHERE id = ?", before, item);
                Fixtures.update(c, "INSERT INTO change_log (entity, entity_id, changed_at) VALUES ('SERVICE_ITEM', ?, UTC_TIMESTAMP(6))", item);
            }
        }
        Fixtures.await("the old text back", 45, () -> ok("/api/search?q=" + word).getJsonNumber("total").longValue() == 0);
    }

    @Test
    void aRebuildHoldsEveryKindAndTheStatusCountsPerKind() throws Exception {
        WebClient operator = Fixtures.asRetrying("operator01");
        JsonObject before = json(operator.get("/api/search/status"));
        HttpResponse<String> started = operator.postJson("/api/search/rebuild", "{}");
        assertTrue(started.statusCode() == 202 || started.statusCode() == 409, started.body());
        String finishedBefore = before.containsKey("rebuildFinishedAt") && !before.isNull("rebuildFinishedAt")
                ? before.getString("rebuildFinishedAt") : null;
        Fixtures.await("the rebuild ends", 90, () -> {
            JsonObject s = json(operator.get("/api/search/status"));
            String f = s.containsKey("rebuildFinishedAt") && !s.isNull("rebuildFinishedAt")
                    ? s.getString("rebuildFinishedAt") : null;
            return "READY".equals(s.getString("state")) && f != null && !f.equals(finishedBefore);
        });
        Fixtures.await("every kind in step", 45, () -> json(operator.get("/api/search/status")).getBoolean("inStep"));
        JsonObject s = json(operator.get("/api/search/status"));
        System.out.println("SearchKindsIT: status after the rebuild " + s);
        JsonObject kinds = s.getJsonObject("kinds");
        long notices = Fixtures.number("SELECT COUNT(*) FROM notice WHERE status <> 'DRAFT' AND published_at IS NOT NULL");
        long announcements = Fixtures.number("SELECT COUNT(*) FROM announcement a JOIN notice n ON n.id = a.notice_id "
                + "WHERE a.kind <> 'PUBLICATION' AND n.status <> 'DRAFT' AND n.published_at IS NOT NULL");
        long firms = Fixtures.number("SELECT COUNT(*) FROM firm f JOIN organisation o ON o.id = f.organisation_id "
                + "WHERE f.registration_status = 'APPROVED' AND o.status = 'ACTIVE'");
        long items = Fixtures.number("SELECT COUNT(*) FROM service_item WHERE status = 'IN_FORCE'");
        long bulletins = Fixtures.number("SELECT COUNT(*) FROM bulletin WHERE state = 'PUBLISHED'");
        long articles = Fixtures.number("SELECT COUNT(*) FROM article WHERE state = 'PUBLISHED'");
        assertEquals(notices, kinds.getJsonObject("NOTICE").getJsonNumber("index").longValue());
        assertEquals(announcements, kinds.getJsonObject("ANNOUNCEMENT").getJsonNumber("index").longValue());
        assertEquals(firms, kinds.getJsonObject("FIRM").getJsonNumber("index").longValue());
        assertEquals(items, kinds.getJsonObject("SERVICE_ITEM").getJsonNumber("index").longValue());
        assertEquals(bulletins, kinds.getJsonObject("BULLETIN").getJsonNumber("index").longValue());
        assertEquals(articles, kinds.getJsonObject("ARTICLE").getJsonNumber("index").longValue());
        assertTrue(firms >= 1 && items >= 1 && announcements >= 1 && bulletins >= 0 && articles >= 1, s.toString());
        assertEquals(notices + announcements + firms + items + bulletins + articles, s.getJsonNumber("documents").longValue());
        String health = VISITOR.get("/health/ready").body();
        assertTrue(health.contains("kind.FIRM") && health.contains(firms + "/" + firms), health);
        assertTrue(health.contains("kind.ARTICLE") && health.contains(articles + "/" + articles), health);
        assertFalse(health.contains("\"DOWN\""), health);
    }
}
