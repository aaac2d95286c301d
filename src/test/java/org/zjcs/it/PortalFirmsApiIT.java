package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The public firm directory as JSON ({@code GET /api/portal/firms}, docs/open-data.md): the approved, active firms by
 * name, paged forwards and back by keyset, the directory's filters, what the page shows and nothing more, bad input
 * answered 400 with its message, an ETag.
 */
class PortalFirmsApiIT {

    private static final WebClient VISITOR = new WebClient();
    static final String DIRECTORY = "SELECT o.id FROM organisation o JOIN firm f ON f.organisation_id = o.id"
            + " WHERE o.kind = 'FIRM' AND o.status = 'ACTIVE' AND f.registration_status = 'APPROVED'";

    private static JsonObject ok(String path) {
        HttpResponse<String> r = VISITOR.get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("firms").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getJsonNumber("id").longValue()).toList();
    }

    private static String cursor(JsonObject page, String which) {
        return !page.containsKey(which) || page.isNull(which) ? null : page.getString(which);
    }

    private static List<Long> idsOf(String sql, Object... args) throws Exception {
        List<Long> out = new ArrayList<>();
        try (var c = It.db(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void pagesThroughTheDirectoryByNameForwardsAndBack() throws Exception {
        List<Long> expected = idsOf(DIRECTORY + " ORDER BY o.name, o.id");
        assertTrue(expected.size() >= 3, "the demo has several approved firms: " + expected);
        List<JsonObject> pages = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        String path = "/api/portal/firms?limit=2";
        for (int i = 0; i < 500 && path != null; i++) {
            JsonObject page = ok(path);
            assertTrue(ids(page).size() <= 2);
            pages.add(page);
            seen.addAll(ids(page));
            String next = cursor(page, "next");
            path = next == null ? null : "/api/portal/firms?limit=2&after=" + enc(next);
        }
        assertEquals(expected, seen, "every approved, active firm once, by name");
        assertEquals(null, cursor(pages.get(0), "previous"), "nothing before the first page");
        // back from the last page: the page before it
        JsonObject last = pages.get(pages.size() - 1);
        JsonObject back = ok("/api/portal/firms?limit=2&before=" + enc(cursor(last, "previous")));
        assertEquals(ids(pages.get(pages.size() - 2)), ids(back));
        // an unreadable cursor is the first page
        assertEquals(ids(pages.get(0)), ids(ok("/api/portal/firms?limit=2&after=%21%21garbage")));

        // what the public page shows of a firm, and no more
        JsonObject qinchuan = ok("/api/portal/firms?name=" + enc("秦川")).getJsonArray("firms").getJsonObject(0);
        assertEquals(1001, qinchuan.getJsonNumber("id").longValue());
        assertEquals("陕西秦川环境工程咨询有限公司", qinchuan.getString("name"));
        assertEquals("610113", qinchuan.getString("region"));
        assertEquals(Set.of("id", "name", "region", "serviceItems", "creditScore", "creditLevel", "profileUrl", "creditUrl"),
                qinchuan.keySet(), "no contact, credit code or certificate");
        List<String> codes = qinchuan.getJsonArray("serviceItems").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("code")).toList();
        assertTrue(codes.contains("ZJ003") && codes.contains("ZJ001"), codes.toString());
        assertTrue(qinchuan.getString("profileUrl").endsWith("/firm-profile.xhtml?id=1001"));
        assertTrue(qinchuan.getString("creditUrl").endsWith("/firm-credit.xhtml?id=1001"));
        assertTrue(VISITOR.get("/firm-credit.xhtml?id=1001").body().contains(String.valueOf(qinchuan.getInt("creditScore"))),
                "the score the credit page shows");
    }

    @Test
    void theDirectoryFiltersAnswerLikeThePage() throws Exception {
        assertEquals(List.of(1002L), ids(ok("/api/portal/firms?name=" + enc("华测"))));
        long zj003 = Fixtures.number("SELECT id FROM service_item WHERE code = 'ZJ003'");
        List<Long> offering = ids(ok("/api/portal/firms?limit=50&item=" + zj003));
        assertEquals(idsOf(DIRECTORY + " AND EXISTS (SELECT 1 FROM firm_service_item fi WHERE fi.firm_id = o.id"
                + " AND fi.service_item_id = ?) ORDER BY o.name, o.id LIMIT 50", zj003), offering, "the first 50 (other tests add firms)");
        assertTrue(offering.contains(1001L) && !offering.contains(1002L), offering.toString());
        List<Long> shaanxi = ids(ok("/api/portal/firms?limit=50&province=610000"));
        assertEquals(idsOf(DIRECTORY + " AND f.region_code LIKE '61%' ORDER BY o.name, o.id LIMIT 50"), shaanxi);
        assertEquals(List.of(), ids(ok("/api/portal/firms?province=110000")), "no demo firm in Beijing");
        // the same firms as the page's first rows
        String page = VISITOR.get("/firms.xhtml?name=" + enc("华测")).body();
        assertTrue(page.contains("西安华测地理信息技术有限公司") && !page.contains("陕西秦川环境工程咨询有限公司"));
    }

    @Test
    void badInputIsRefusedWithItsMessageAndAnEtagAnswers304() {
        for (String bad : List.of("limit=0", "limit=51", "limit=abc", "item=abc", "item=999999", "province=999999",
                "province=6100", "name=" + "长".repeat(101))) {
            HttpResponse<String> r = VISITOR.get("/api/portal/firms?" + bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().contains("\"code\":\"portal.firms.error."), bad + ": " + r.body());
        }
        HttpResponse<String> en = VISITOR.sendAs("GET", "/api/portal/firms?limit=0", null, null,
                Map.of("Accept-Language", "en"));
        assertTrue(en.body().contains("give a whole number from 1 to 50"), en.body());
        VISITOR.assertRevalidatesByEtag("/api/portal/firms?limit=5");
        assertTrue(VISITOR.get("/openapi").body().contains("/api/portal/firms"), "documented in OpenAPI");
    }
}
