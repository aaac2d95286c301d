package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.zjcs.portal.application.PublicResults;
import org.zjcs.portal.application.ResultFilter;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The portal's 中选公告 list, its JSON API, robots.txt, the sitemap, the RSS feeds and their ETags, against the started
 * server and the demo data (notice 8012: random draw, fixed price 68,000.00, won by 陕西绿源水土保持技术有限公司).
 */
class PortalIT {

    static final String TITLE_8012 = "尚勤路道路提升改造工程水土保持方案编制";
    static final String WINNER_8012 = "陕西绿源水土保持技术有限公司";

    private final WebClient web = new WebClient();

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add(l.item(i).getTextContent());
        }
        return out;
    }

    private static String next(String page) {
        Matcher m = Pattern.compile("id=\"page-next\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"page-next\"").matcher(page);
        if (!m.find()) {
            return null;
        }
        String href = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
        return href.substring(href.indexOf("/results.xhtml"));
    }

    @Test
    void theListShowsAKnownWinnerAndAmountWithItsProofLinkPagingOnIfNeeded() {
        String path = "/results.xhtml?method=RANDOM_DRAW";
        String found = null;
        for (int i = 0; i < 100 && path != null && found == null; i++) {
            HttpResponse<String> r = web.get(path);
            assertEquals(200, r.statusCode(), path);
            int at = r.body().indexOf(TITLE_8012);
            if (at >= 0) {
                found = r.body().substring(at, Math.min(r.body().length(), at + 2000));
            }
            path = next(r.body());
        }
        assertTrue(found != null, "notice 8012 is in the list");
        assertTrue(found.contains(WINNER_8012), found);
        assertTrue(found.contains("68,000.00"), found);
        assertTrue(found.contains("verify.xhtml?notice=8012&amp;round=1"), found);
        HttpResponse<String> home = web.get("/results.xhtml");
        assertTrue(home.body().contains("<title>" + Texts.zh("portal.results.title")), "a title of its own");
        assertTrue(home.body().contains("<meta name=\"description\" content=\"" + Texts.zh("portal.results.description")));
        assertTrue(home.body().contains("rel=\"alternate\" type=\"application/rss+xml\""));
        assertFalse(home.body().contains("jakarta.faces.ViewState\" value=\"") && !home.body().contains("value=\"stateless\""),
                "a plain GET page, no server-side view state");
    }

    /** The rows of an API answer, as notice/round, in order. */
    static List<String> keys(String body) {
        Matcher m = Pattern.compile("verify\\.xhtml\\?notice=([0-9]+)&round=([0-9]+)").matcher(body);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1) + "/" + m.group(2));
        }
        return keys;
    }

    /** The JSON object of the row of notice 8012, round 1, walking the pages of {@code path}; null when absent. */
    private String row8012(String path) {
        String cursor = null;
        for (int i = 0; i < 100; i++) {
            String body = web.get(path + (cursor == null ? "" : "&after=" + cursor)).body();
            Matcher m = Pattern.compile("\\{[^{}]*notice=8012&round=1\"[^{}]*\\}").matcher(body);
            if (m.find()) {
                return m.group();
            }
            cursor = json(body, "next");
            if (cursor == null) {
                return null;
            }
        }
        return null;
    }

    @Test
    void pagingByCursorNeitherRepeatsNorSkips() {
        HttpResponse<String> first = web.get("/api/portal/results?limit=1");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(1, keys(first.body()).size(), first.body());
        String next = json(first.body(), "next");
        assertTrue(next != null, "the demo has more than one result: " + first.body());
        assertEquals(null, json(first.body(), "previous"), "nothing before the first page");
        HttpResponse<String> second = web.get("/api/portal/results?limit=1&after=" + next);
        assertEquals(1, keys(second.body()).size(), second.body());
        HttpResponse<String> two = web.get("/api/portal/results?limit=2");
        assertEquals(List.of(keys(first.body()).get(0), keys(second.body()).get(0)), keys(two.body()),
                "page 2 of size 1 is the row after page 1");
        HttpResponse<String> back = web.get("/api/portal/results?limit=1&before=" + json(second.body(), "previous"));
        assertEquals(keys(first.body()), keys(back.body()), "previous goes back to the first row");
        HttpResponse<String> junk = web.get("/api/portal/results?limit=1&after=not-a-cursor");
        assertEquals(keys(first.body()), keys(junk.body()), "an unreadable cursor is the first page");
    }

    @Test
    void theItemAndProvinceFiltersReadTheResultsOwnCopiesThroughTheirIndexes() throws Exception {
        long item = Fixtures.number("SELECT service_item_id FROM notice WHERE id = 8012");
        assertEquals(item, Fixtures.number("SELECT service_item_id FROM selection_result WHERE notice_id = 8012 AND round = 1"),
                "the demo result carries its notice's service item");
        assertEquals("61", Fixtures.text("SELECT province_code FROM selection_result WHERE notice_id = 8012 AND round = 1"),
                "and the province of its region");
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM selection_result r JOIN notice n ON n.id = r.notice_id"
                + " WHERE NOT (r.service_item_id <=> n.service_item_id) OR NOT (r.province_code <=> n.province_code)"),
                "every result (demo, selection runs, runner-ups of the other tests) carries its notice's values");
        assertTrue(row8012("/api/portal/results?limit=50&item=" + item) != null, "found by its item");
        assertTrue(row8012("/api/portal/results?limit=50&item=" + item + "&province=61") != null, "by item and province");
        long other = Fixtures.number("SELECT MIN(id) FROM service_item WHERE status = 'IN_FORCE' AND id <> ?", item);
        assertEquals(null, row8012("/api/portal/results?limit=50&item=" + other), "filtered out by item");
        assertEquals(null, row8012("/api/portal/results?limit=50&province=330000"), "filtered out by province");
        assertEquals("ix_selection_public_item", explainedKey(new ResultFilter(item, null, null)));
        // a rare province (the demo's results are all in Shaanxi, 61: MariaDB may then read that filter anywhere)
        assertEquals("ix_selection_public_province", explainedKey(new ResultFilter(null, "33", null)),
                "a rare province seeks its own index");
        assertEquals("ix_selection_public_item", explainedKey(new ResultFilter(item, null, SelectionMethod.RANDOM_DRAW)),
                "an item and a method: the item's index");
    }

    /** The index MariaDB chooses for selection_result in the list's query with {@code f}, from a cursor on. */
    private static String explainedKey(ResultFilter f) throws Exception {
        PublicResults.ListQuery q = PublicResults.listQuery(f, Instant.parse("2100-01-01T00:00:00Z"), Long.MAX_VALUE,
                false, PublicResults.PAGE_SIZE + 1);
        StringBuilder plan = new StringBuilder();
        String key = null;
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + q.sql())) {
            for (int i = 0; i < q.args().size(); i++) {
                ps.setObject(i + 1, q.args().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString("table")).append(':').append(rs.getString("key")).append(' ');
                    if ("r".equals(rs.getString("table"))) {
                        key = rs.getString("key");
                    }
                }
            }
        }
        System.out.println("EXPLAIN results " + f + ": " + plan);
        return key;
    }

    @Test
    void theApiGivesAKnownResultAsJson() {
        HttpResponse<String> r = web.get("/api/portal/results?limit=50&method=RANDOM_DRAW&province=610000");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String row = row8012("/api/portal/results?limit=50&method=RANDOM_DRAW&province=610000");
        assertTrue(row != null, "notice 8012 is among the random draws of Shaanxi");
        assertTrue(row.contains("\"winner\":\"" + WINNER_8012 + "\""), row);
        assertTrue(row.contains("\"amount\":68000"), row);
        assertTrue(row.contains("\"method\":\"RANDOM_DRAW\""), row);
        assertTrue(row.contains("\"title\":\"" + TITLE_8012 + "\""), row);
        assertEquals(null, row8012("/api/portal/results?limit=50&method=LOWEST_PRICE"), "filtered out by method");
        String openapi = web.get("/openapi").body();
        assertTrue(openapi.contains("/api/portal/results") && openapi.contains("Published selection results (winners)"),
                "documented in OpenAPI");
    }

    @Test
    void aBadFilterGetsAClearMessage() {
        HttpResponse<String> page = web.get("/results.xhtml?method=LOTTERY");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(Texts.zh("portal.results.error.method", "LOTTERY")), "the message names the value");
        HttpResponse<String> item = web.get("/results.xhtml?item=abc");
        assertTrue(item.body().contains(Texts.zh("portal.results.error.item", "abc")));
        HttpResponse<String> api = web.get("/api/portal/results?province=999999");
        assertEquals(400, api.statusCode());
        assertTrue(api.body().contains("\"portal.results.error.province\""), api.body());
        HttpResponse<String> limit = web.get("/api/portal/results?limit=500");
        assertEquals(400, limit.statusCode());
        assertTrue(limit.body().contains("\"portal.results.error.limit\""), limit.body());
        AccessControlIT.assertNoTrace(page.body() + api.body() + limit.body());
    }

    @Test
    void theListReadsInEnglish() {
        WebClient english = new WebClient();
        HttpResponse<String> r = english.getFollowing("/results.xhtml?lang=en");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(Texts.en("portal.results.title")), "English title");
        assertTrue(r.body().contains(Texts.en("portal.results.winner")), "English heading");
        HttpResponse<String> bad = english.get("/api/portal/results?method=x");
        assertTrue(bad.body().contains("There is no selection method"), bad.body());
    }

    @Test
    void robotsTxtClosesTheWorkspaces() {
        HttpResponse<String> r = web.get("/robots.txt");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        for (String p : List.of("/account/", "/owner/", "/firm/", "/regulator/", "/operator/", "/approval/", "/api/")) {
            assertTrue(r.body().contains("Disallow: " + p), p);
        }
        assertTrue(r.body().contains("Sitemap: http"), r.body());
    }

    @Test
    void theSitemapIsValidXmlWithTheResultsPageAndAKnownNotice() throws Exception {
        HttpResponse<String> r = web.get("/sitemap.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        Document d = xml(r.body());
        List<String> locs = new ArrayList<>(texts(d, "loc"));
        if ("sitemapindex".equals(d.getDocumentElement().getLocalName())) { // more than 50,000 ids (a generated volume)
            assertTrue(locs.get(0).endsWith("/sitemaps/pages.xml"), locs.get(0));
            List<String> files = List.copyOf(locs);
            locs.clear();
            for (String f : files) {
                if (f.endsWith("/pages.xml") || f.endsWith("/notices-0.xml") || f.endsWith("/results-0.xml")) {
                    Document part = xml(web.get(f.substring(f.indexOf("/sitemaps/"))).body());
                    assertEquals("urlset", part.getDocumentElement().getLocalName());
                    locs.addAll(texts(part, "loc"));
                }
            }
        } else {
            assertEquals("urlset", d.getDocumentElement().getLocalName());
        }
        assertTrue(locs.stream().allMatch(l -> l.startsWith("http")), "absolute URLs");
        assertTrue(locs.stream().anyMatch(l -> l.endsWith("/results.xhtml")), "the results page");
        assertTrue(locs.stream().anyMatch(l -> l.endsWith("/notice.xhtml?id=8012")), "notice 8012");
        assertTrue(locs.stream().anyMatch(l -> l.endsWith("/verify.xhtml?notice=8012&round=1")), "its proof");
        assertFalse(locs.stream().anyMatch(l -> l.endsWith("/notice.xhtml?id=8001")), "no draft");
        Document part = xml(web.get("/sitemaps/notices-0.xml").body());
        assertTrue(texts(part, "loc").stream().anyMatch(l -> l.endsWith("/notice.xhtml?id=8012")));
        assertEquals(404, web.get("/sitemaps/other.xml").statusCode());
    }

    @Test
    void theFeedsAreRssWithAbsoluteLinksAndKnownTitles() throws Exception {
        HttpResponse<String> r = web.get("/feeds/results.rss");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        Document d = xml(r.body());
        assertEquals("rss", d.getDocumentElement().getTagName());
        String newest = json(web.get("/api/portal/results?limit=1").body(), "title");
        assertTrue(texts(d, "title").contains(Texts.zh("portal.feed.results.itemTitle", newest)), r.body());
        assertTrue(texts(d, "link").stream().allMatch(l -> l.startsWith("http")), "absolute links");
        assertTrue(texts(d, "item").size() <= 50);

        HttpResponse<String> n = web.get("/feeds/notices.rss");
        assertTrue(n.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        Document nd = xml(n.body());
        Matcher first = Pattern.compile("class=\"zj-notice-row\" data-id=\"([0-9]+)\"").matcher(web.get("/notices.xhtml").body());
        assertTrue(first.find());
        assertTrue(texts(nd, "guid").get(0).endsWith("/notice.xhtml?id=" + first.group(1)), "the newest notice first");
    }

    @Test
    void theNoticeListAsJsonPagesByKeysetFiltersAndNamesEachNoticesOcid() {
        String path = "/api/portal/notices?limit=3";
        List<Long> ids = new ArrayList<>();
        String previousPublished = null;
        jakarta.json.JsonObject row8012 = null;
        for (int i = 0; i < 200 && path != null; i++) {
            HttpResponse<String> r = web.get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            jakarta.json.JsonObject page = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject();
            jakarta.json.JsonArray rows = page.getJsonArray("notices");
            assertTrue(rows.size() <= 3);
            for (jakarta.json.JsonValue v : rows) {
                jakarta.json.JsonObject n = v.asJsonObject();
                assertFalse(ids.contains(n.getJsonNumber("id").longValue()), "each notice once");
                ids.add(n.getJsonNumber("id").longValue());
                String published = n.getString("publishedAt");
                assertTrue(previousPublished == null || java.time.Instant.parse(published)
                        .compareTo(java.time.Instant.parse(previousPublished)) <= 0, "newest first");
                previousPublished = published;
                if (n.getJsonNumber("id").longValue() == 8012) {
                    row8012 = n;
                }
            }
            path = !page.containsKey("next") || page.isNull("next") ? null
                    : "/api/portal/notices?limit=3&after=" + page.getString("next");
        }
        assertTrue(ids.size() > 6, "several pages: " + ids);
        assertFalse(ids.contains(8001L) || ids.contains(8007L), "no draft");
        assertTrue(row8012 != null, "8012 is listed");
        assertEquals(TITLE_8012, row8012.getString("title"));
        assertEquals("ocds-zjcs00-8012", row8012.getString("ocid"));
        assertTrue(row8012.getString("ocdsUrl").endsWith("/api/ocds/releases/ocds-zjcs00-8012"));
        assertEquals(200, web.get(row8012.getString("ocdsUrl").substring(row8012.getString("ocdsUrl").indexOf("/api/"))).statusCode());
        String cancelled = web.get("/api/portal/notices?status=CANCELLED&limit=50").body();
        assertTrue(cancelled.contains("\"id\":8004") && !cancelled.contains("\"id\":8012"), cancelled);
        for (String bad : List.of("status=DRAFT", "status=OPEN", "from=2026-13-01", "to=yesterday", "limit=0", "limit=51",
                "method=LOTTERY", "province=999999", "item=abc")) {
            HttpResponse<String> r = web.get("/api/portal/notices?" + bad);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("\"code\":\"portal.notices.error."), bad + ": " + r.body());
        }
        assertTrue(web.get("/openapi").body().contains("/api/portal/notices"), "documented in OpenAPI");
    }

    @Test
    void etagsAnswer304WhenNothingChanged() {
        for (String path : List.of("/feeds/results.rss", "/feeds/notices.rss", "/api/portal/results", "/api/portal/notices",
                "/robots.txt", "/sitemap.xml")) {
            web.assertRevalidatesByEtag(path);
        }
    }

    /** The first value of a field in a JSON text (string or number), or null. */
    static String json(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+|null)").matcher(body);
        if (!m.find() || "null".equals(m.group(1))) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
