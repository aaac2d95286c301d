package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The search index's life cycle against the started server (docs/search.md, "Life cycle"): a notice published on the
 * owner's pages is found within seconds with its words highlighted; a cancellation is followed (the notice stays
 * public, now CANCELLED); drafts are never found; a change-log row that no event announced (a server that died after
 * the commit) is applied by the poll; a rebuild runs while searches keep answering and ends in step with the database;
 * hostile input is answered with results or a 400 message, never a 500.
 */
class SearchIndexIT {

    private static final WebClient VISITOR = new WebClient();

    /** A word of Latin letters only that no other notice has (SmartCN keeps it as one word). */
    private static String uniqueWord() {
        Random r = new Random();
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static HttpResponse<String> search(String query) {
        return VISITOR.get("/api/search?" + query);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** A text member, null when absent or JSON null (JSON-B leaves null members out). */
    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v == JsonValue.NULL ? null : o.getString(key);
    }

    private static JsonObject ok(String query) {
        HttpResponse<String> r = search(query);
        assertEquals(200, r.statusCode(), query + " -> " + r.body());
        return json(r);
    }

    /** The ids of the notices among the hits (other kinds have ids of their own). */
    private static List<Long> ids(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("kind").equals("NOTICE"))
                .map(h -> h.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject hit(JsonObject result, long id) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("kind").equals("NOTICE"))
                .filter(h -> h.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static void awaitFound(String query, long id, int seconds) throws InterruptedException {
        Fixtures.await("notice " + id + " found by " + query, seconds, () -> ids(ok(query)).contains(id));
    }

    private static long publish(String title) throws Exception {
        WebClient owner = Fixtures.asRetrying("owner01");
        return Fixtures.publish(owner, title, 1, "RANDOM_DRAW", "86000", null, null, 3);
    }

    @Test
    void aPublishedNoticeIsFoundWithinSecondsHighlightedAndACancelledOneShowsItsNewState() throws Exception {
        String word = uniqueWord();
        long id = publish("幸福林带水土保持方案编制 " + word);
        long published = System.nanoTime();
        awaitFound(q(word), id, 10);
        long ms = (System.nanoTime() - published) / 1_000_000;
        System.out.println("SearchIndexIT: notice " + id + " searchable " + ms + " ms after the publication answered");

        JsonObject r = ok(q("水土保持 " + word));
        JsonObject h = hit(r, id);
        assertTrue(h.getString("titleHtml").contains("<em>水土保持</em>"), h.toString());
        assertTrue(h.getString("titleHtml").contains("<em>" + word + "</em>"), h.toString());
        assertEquals("PUBLISHED", h.getString("status"));
        assertEquals("/notice.xhtml?id=" + id, h.getString("link"));
        assertEquals("86000.00", h.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
        // facet counts over the hits, and a facet filter that narrows to nothing
        assertTrue(r.getJsonObject("facets").getJsonArray("method").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("value").equals("RANDOM_DRAW") && c.getJsonNumber("count").longValue() >= 1));
        assertEquals(0, ok(q(word) + "&method=SCORED").getJsonNumber("total").longValue());
        assertEquals(1, ok(q(word) + "&method=SCORED&method=RANDOM_DRAW").getJsonNumber("total").longValue());

        // the owner cancels it (终止公告): a cancelled notice stays public, the index shows its new state
        WebClient owner = Fixtures.asRetrying("owner01");
        String manage = "/owner/notice-manage.xhtml?id=" + id;
        assertTrue(owner.postForm(manage, "cancellation", Map.of("cancelReason", "Project withdrawn", "cancel", "x"))
                .body().contains(Texts.zh("notice.cancelled")));
        Fixtures.await("the cancellation in the index", 10, () -> {
            JsonObject after = ok(q(word) + "&status=CANCELLED");
            return ids(after).contains(id);
        });
        assertEquals(0, ok(q(word) + "&status=PUBLISHED").getJsonNumber("total").longValue());
    }

    @Test
    void draftsAreNeverFound() throws Exception {
        String title = Fixtures.text("SELECT title FROM notice WHERE id = 8001 AND status = 'DRAFT'");
        assertTrue(title != null && !title.isBlank(), "the demo draft 8001 exists");
        JsonObject r = ok(q(title) + "&size=100");
        assertFalse(ids(r).contains(8001L), r.toString());
        // a draft that is written to the change log (as a reposted draft's would be) is still not indexed
        Fixtures.sql("INSERT INTO change_log (entity, entity_id, changed_at) VALUES ('NOTICE', 8001, UTC_TIMESTAMP(6))");
        long mark = Fixtures.number("SELECT MAX(id) FROM change_log");
        WebClient operator = Fixtures.asRetrying("operator01");
        Fixtures.await("the change log applied", 45, () -> json(operator.get("/api/search/status"))
                .getJsonNumber("lastAppliedChangeId").longValue() >= mark);
        assertFalse(ids(ok(q(title) + "&size=100")).contains(8001L));
    }

    @Test
    void aChangeLogRowNoEventAnnouncedIsAppliedByThePoll() throws Exception {
        String before = uniqueWord();
        long id = publish("抗震加固工程环境影响登记表编制 " + before);
        awaitFound(q(before), id, 10);
        // as if the server died between the commit and the index update: the row is there, no event ever fired
        String after = uniqueWord();
        try (var c = org.zjcs.support.It.db()) {
            c.setAutoCommit(false);
            Fixtures.update(c, "UPDATE notice SET title = ? WHERE id = ?", "抗震加固工程环境影响登记表编制 " + after, id);
            Fixtures.update(c, "INSERT INTO change_log (entity, entity_id, changed_at) VALUES ('NOTICE', ?, UTC_TIMESTAMP(6))", id);
            c.commit();
        }
        awaitFound(q(after), id, 45);
        assertEquals(0, ok(q(before)).getJsonNumber("total").longValue(), "the old title is gone from the index");
    }

    @Test
    void aRebuildRunsWhileSearchesAnswerAndEndsInStepWithTheDatabase() throws Exception {
        String word = uniqueWord();
        long id = publish("水土保持监测 " + word);
        awaitFound(q(word), id, 10);
        WebClient operator = Fixtures.asRetrying("operator01");
        JsonObject startedAt = json(operator.get("/api/search/status"));
        HttpResponse<String> started = operator.postJson("/api/search/rebuild", "{}");
        assertTrue(started.statusCode() == 202 || started.statusCode() == 409, started.body());
        int searchesDuring = 0;
        long until = System.nanoTime() + 60_000_000_000L;
        String finishedBefore = str(startedAt, "rebuildFinishedAt");
        JsonObject status = json(operator.get("/api/search/status"));
        while (!"READY".equals(status.getString("state")) || str(status, "rebuildFinishedAt") == null
                || str(status, "rebuildFinishedAt").equals(finishedBefore)) {
            assertTrue(System.nanoTime() < until, "the rebuild ends within 60 s: " + status);
            // the old index serves meanwhile
            assertTrue(ids(ok(q(word))).contains(id), "found during the rebuild");
            searchesDuring++;
            status = json(operator.get("/api/search/status"));
        }
        System.out.println("SearchIndexIT: rebuild " + status + ", " + searchesDuring + " searches during it");
        assertTrue(ids(ok(q(word))).contains(id), "found after the swap");
        assertEquals(null, str(status, "error"), status.toString());
        assertEquals(status.getJsonNumber("total").longValue(), status.getJsonNumber("done").longValue());
        Fixtures.await("the index in step with the database", 45, () -> {
            JsonObject s = json(operator.get("/api/search/status"));
            return s.getBoolean("inStep")
                    && s.getJsonNumber("documents").longValue() == s.getJsonNumber("publicDocuments").longValue();
        });
        long publicNotices = Fixtures.number("SELECT COUNT(*) FROM notice WHERE status <> 'DRAFT' AND published_at IS NOT NULL");
        assertEquals(publicNotices, json(operator.get("/api/search/status")).getJsonObject("kinds").getJsonObject("NOTICE")
                .getJsonNumber("index").longValue());
        String health = VISITOR.get("/health/ready").body();
        assertTrue(health.contains("searchIndex") && health.contains("inStep"), health);
        long audited = Fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'SEARCH_REBUILD_STARTED'");
        assertTrue(audited >= 1 || started.statusCode() == 409, "the rebuild is audited");
    }

    @Test
    void onlyTheOperatorSeesTheStatusAndRebuilds() throws Exception {
        assertEquals(401, VISITOR.get("/api/search/status").statusCode());
        WebClient firm = Fixtures.asRetrying("firm01");
        assertEquals(403, firm.get("/api/search/status").statusCode());
        assertEquals(403, firm.postJson("/api/search/rebuild", "{}").statusCode());
    }

    @Test
    void hostileInputIsAnsweredNeverWithA500() {
        String longText = "水".repeat(1001);
        HttpResponse<String> tooLong = search(q(longText));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertEquals("search.error.textTooLong", json(tooLong).getString("code"));
        String message = json(tooLong).getString("message");
        assertTrue(message.equals(Texts.zh("search.error.textTooLong", 1000))
                || message.equals(Texts.en("search.error.textTooLong", 1000)), message);
        assertEquals(200, search(q("水".repeat(1000))).statusCode(), "1,000 characters are taken");

        JsonObject punctuation = ok(q("，。！？、；：“”‘’（）…—"));
        assertEquals(0, punctuation.getJsonNumber("total").longValue());
        assertTrue(str(punctuation, "message") != null, "told that there were no words");
        JsonObject emoji = ok(q("😀🔥🎉"));
        assertTrue(str(emoji, "message") != null);

        for (String text : List.of("\"水土保持", "水土保持\"", "title:水土* AND (x OR y~2)^3 [a TO z] \\",
                "' OR 1=1; DROP TABLE notice; --", "<script>alert(1)</script>", "水土保持 😀", "%", "\u0000")) {
            HttpResponse<String> r = search(q(text));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, text + " -> " + r.statusCode() + " " + r.body());
            assertNotEquals(500, r.statusCode());
        }
        assertEquals(200, search(q("水土保持") + "&region=999999").statusCode(), "an unknown facet value is no error");
        assertEquals(0, ok(q("水土保持") + "&region=999999").getJsonNumber("total").longValue());

        JsonObject past = ok(q("水土保持") + "&page=500&size=100");
        assertEquals(0, past.getJsonArray("hits").size(), "paging past the end: no hits");
        assertFalse(past.getBoolean("hasNext"));

        for (String bad : List.of("", "page=0", "page=501", "page=x", "size=101", "size=0", "from=2026-13-01",
                "from=2026-12-06&to=2026-12-01", "amountMin=-1", "amountMin=abc", "amountMin=10&amountMax=5",
                "amountMax=1e20", "sort=price", "region=" + "1".repeat(65))) {
            String query = q("水土保持") + (bad.isEmpty() ? "" : "&" + bad);
            if (bad.isEmpty()) {
                query = "q=";
            }
            HttpResponse<String> r = search(query);
            assertEquals(400, r.statusCode(), query + " -> " + r.body());
            JsonObject e = json(r);
            assertTrue(e.getString("code").startsWith("search.error."), r.body());
            assertFalse(e.getString("message").isBlank());
        }
    }
}
