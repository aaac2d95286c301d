package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The public pages are read-only and stateless: no session cookie for a visitor in either language, an ETag that
 * answers 304, and the notice list paged by keyset links that show each public notice exactly once, in order.
 */
class PublicPagesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ROW = Pattern.compile("class=\"zj-notice-row\" data-id=\"(\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("id=\"page-next\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("id=\"page-previous\"[^>]*href=\"([^\"]+)\"");
    private static final String[] PAGES = {"/", "/index.xhtml", "/notices.xhtml", "/results.xhtml",
        "/results.xhtml?method=RANDOM_DRAW&province=610000", "/notice.xhtml?id=8012", "/firms.xhtml",
        "/firm-profile.xhtml?id=1002", "/credit.xhtml", "/firm-credit.xhtml?id=1002", "/credit-rules.xhtml", "/catalog.xhtml",
        "/service.xhtml?code=ZJ001",
        "/verify.xhtml", "/notices.xhtml?status=PUBLISHED&province=610000", "/firms.xhtml?name=%E8%A5%BF%E5%AE%89",
        "/search.xhtml", "/search.xhtml?q=%E6%B0%B4%E5%9C%9F%E4%BF%9D%E6%8C%81&region=610102&method=RANDOM_DRAW&sort=date",
        "/articles.xhtml?category=POLICY", "/articles.xhtml?category=GUIDE", "/article.xhtml?id=26002", "/announcements.xhtml"};

    /** The ids of the notices made for the paging test, newest first (published at, then id, descending). */
    private static final List<Long> PAGED = new ArrayList<>();
    private static final Set<Long> SCORED = new LinkedHashSet<>();

    @BeforeAll
    static void manyNoticesInOneMonth() throws Exception {
        // 27 public notices published in February 2001 (a month nothing else uses), in groups of three sharing the same
        // instant, and a draft that must never show. 27 = 2 full pages and 7 more (10 per page).
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO notice (owner_id, created_by_user,"
                + " service_item_id, title, service_content, project_scale, region_code, fund_source, selection_method,"
                + " fixed_price, price_floor, price_ceiling, min_bidders, weight_price, weight_credit, weight_qualification,"
                + " requirement_mode, service_days, planned_deadline, enrolment_deadline, contact_name, contact_phone,"
                + " complaint_phone, status, created_at, updated_at, published_at, version)"
                + " SELECT owner_id, created_by_user, service_item_id, ?, service_content, project_scale, region_code,"
                + " fund_source, ?, fixed_price, price_floor, price_ceiling, min_bidders, 40, 30, 30, requirement_mode,"
                + " service_days, planned_deadline, enrolment_deadline, contact_name, contact_phone, complaint_phone, ?,"
                + " created_at, updated_at, ?, 0 FROM notice WHERE id = 8012", PreparedStatement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i <= 27; i++) {
                boolean draft = i == 27;
                String method = i % 4 == 0 ? "SCORED" : "RANDOM_DRAW";
                ps.setString(1, "分页测试公告 " + i);
                ps.setString(2, method);
                ps.setString(3, draft ? "DRAFT" : "CLOSED");
                ps.setObject(4, draft ? null : java.time.LocalDateTime.of(2001, 2, 1 + i / 3, 9, 0, 0, 123_456_000));
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    if (!draft) {
                        PAGED.add(keys.getLong(1));
                        if ("SCORED".equals(method)) {
                            SCORED.add(keys.getLong(1));
                        }
                    }
                }
            }
        }
        // Newest first; within the same instant the higher id first.
        List<Long> byTime = new ArrayList<>(PAGED);
        byTime.sort((a, b) -> {
            int ga = PAGED.indexOf(a) / 3;
            int gb = PAGED.indexOf(b) / 3;
            return ga != gb ? Integer.compare(gb, ga) : Long.compare(b, a);
        });
        PAGED.clear();
        PAGED.addAll(byTime);
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.baseUrl() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aVisitorGetsEveryPublicPageWithoutASessionInBothLanguages() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> zh = get(page);
            assertEquals(200, zh.statusCode(), page);
            assertEquals(List.of(), zh.headers().allValues("Set-Cookie"), "no cookie at all for " + page);
            assertTrue(zh.body().contains("lang=\"zh-CN\""), page);
            assertFalse(zh.body().contains("jakarta.faces.ViewState\" value=\"") && !zh.body().contains("value=\"stateless\""),
                    "no server-side view state on " + page);

            HttpResponse<String> en = get(page, "Cookie", "zjcs_lang=en");
            assertEquals(200, en.statusCode(), page);
            assertEquals(List.of(), en.headers().allValues("Set-Cookie"), "no cookie at all for " + page + " in English");
            assertTrue(en.body().contains("lang=\"en\""), page);
        }
    }

    @Test
    void theLanguageSwitchSetsTheLanguageCookieOnly() throws Exception {
        HttpResponse<String> r = get("/notices.xhtml?lang=en&status=CLOSED");
        assertEquals(302, r.statusCode());
        List<String> cookies = r.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), cookies.toString());
        assertTrue(cookies.get(0).startsWith("zjcs_lang=en;"), cookies.toString());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/notices.xhtml?status=CLOSED"),
                r.headers().firstValue("Location").orElseThrow());

        WebClient web = new WebClient();
        web.getFollowing("/notices.xhtml?lang=en");
        assertTrue(web.get("/notices.xhtml").body().contains("Procurement notices"), "the cookie keeps the language");
        web.getFollowing("/notices.xhtml?lang=zh-CN");
        assertTrue(web.get("/notices.xhtml").body().contains("lang=\"zh-CN\""), "and switches back");
        assertEquals(null, web.sessionId(), "still no session");
    }

    @Test
    void anUnchangedPageAnswers304ToItsEtag() throws Exception {
        HttpResponse<String> first = get("/catalog.xhtml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow(), "revalidated every time");
        HttpResponse<String> again = get("/catalog.xhtml", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, get("/catalog.xhtml", "If-None-Match", "\"something-else\"").statusCode());
        HttpResponse<String> english = get("/catalog.xhtml", "If-None-Match", etag, "Cookie", "zjcs_lang=en");
        assertEquals(200, english.statusCode(), "another language is another body");

        WebClient firm = new WebClient();
        firm.login("firm01", It.DEMO_PASSWORD);
        HttpResponse<String> personal = firm.get("/catalog.xhtml");
        assertEquals(200, personal.statusCode());
        assertTrue(personal.headers().firstValue("ETag").isEmpty(), "never on a logged-in user's page");
    }

    /** Walks the list by its "next" links from {@code start}; the pages' ids. */
    private static List<List<Long>> walk(String start, Pattern link) throws Exception {
        List<List<Long>> pages = new ArrayList<>();
        String path = start;
        for (int guard = 0; path != null && guard < 20; guard++) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            List<Long> ids = new ArrayList<>();
            Matcher m = ROW.matcher(r.body());
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
            pages.add(ids);
            Matcher next = link.matcher(r.body());
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
        }
        return pages;
    }

    @Test
    void nextLinksShowEachPublicNoticeOnceInOrderAndPreviousLinksGoBack() throws Exception {
        List<List<Long>> pages = walk("/notices.xhtml?from=2001-02-01&to=2001-02-28", NEXT);
        assertEquals(List.of(10, 10, 7), pages.stream().map(List::size).toList(), pages.toString());
        List<Long> all = pages.stream().flatMap(List::stream).toList();
        assertEquals(PAGED, all, "every public notice once, newest first, ties by id; never the draft");

        // From the last page back to the first by the "previous" links: the same pages.
        List<List<Long>> back = new ArrayList<>();
        String last = "/notices.xhtml?from=2001-02-01&to=2001-02-28&after="
                + cursorOf(pages.get(1), pages);
        back.addAll(walk(last, PREVIOUS));
        Collections.reverse(back);
        assertEquals(pages, back);
    }

    /** The "after" token of the next link on the page holding {@code page} (found by walking again). */
    private static String cursorOf(List<Long> page, List<List<Long>> pages) throws Exception {
        String path = "/notices.xhtml?from=2001-02-01&to=2001-02-28";
        for (List<Long> p : pages) {
            Matcher next = NEXT.matcher(get(path).body());
            assertTrue(next.find());
            path = next.group(1).replace("&amp;", "&");
            if (p.equals(page)) {
                return path.substring(path.indexOf("after=") + "after=".length());
            }
        }
        throw new AssertionError("page not found");
    }

    @Test
    void filtersKeepWorkingWithTheCursor() throws Exception {
        List<List<Long>> pages = walk("/notices.xhtml?from=2001-02-01&to=2001-02-28&method=SCORED", NEXT);
        List<Long> all = pages.stream().flatMap(List::stream).toList();
        assertEquals(PAGED.stream().filter(SCORED::contains).toList(), all);
    }

    @Test
    void aBadCursorShowsTheFirstPage() throws Exception {
        List<Long> first = walk("/notices.xhtml?from=2001-02-01&to=2001-02-28", NEXT).get(0);
        for (String bad : new String[] {"x", "%21%21", "MTIzCg", "bm90YW51bWJlcgo0Mg"}) {
            HttpResponse<String> r = get("/notices.xhtml?from=2001-02-01&to=2001-02-28&after=" + bad);
            assertEquals(200, r.statusCode(), bad);
            Matcher m = ROW.matcher(r.body());
            assertTrue(m.find(), bad);
            assertEquals(first.get(0), Long.parseLong(m.group(1)), bad);
        }
    }
}
