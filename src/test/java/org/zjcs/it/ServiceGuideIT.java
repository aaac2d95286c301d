package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The public service guide (service.xhtml?code=): what the database holds for the item is what a visitor reads, the
 * procedure as a flow chart in order with a text alternative, in Chinese and English; an unknown or retired code is a
 * 404, never a 500; the catalogue, the notices and the sitemap link to the guides.
 */
class ServiceGuideIT {

    private record Guide(long itemId, String materials, int days, String feeStandard, List<String> steps) {
    }

    private static Guide guideOf(String code) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT g.service_item_id, g.materials,"
                + " g.time_limit_days, g.fee_standard FROM service_guide g JOIN service_item s ON s.id = g.service_item_id"
                + " WHERE s.code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the demo has a guide of " + code);
                long id = rs.getLong(1);
                List<String> steps = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT name FROM service_guide_step WHERE service_item_id = ? ORDER BY position")) {
                    s.setLong(1, id);
                    try (ResultSet r2 = s.executeQuery()) {
                        while (r2.next()) {
                            steps.add(r2.getString(1));
                        }
                    }
                }
                return new Guide(id, rs.getString(2), rs.getInt(3), rs.getString(4), steps);
            }
        }
    }

    private static String flow(String body) {
        Matcher m = Pattern.compile("(?s)<ol id=\"guide-flow\"[^>]*>(.*?)</ol>").matcher(body);
        assertTrue(m.find(), "the page has the flow chart");
        return m.group(1);
    }

    @Test
    void theGuideShowsWhatTheDatabaseHoldsWithTheFlowChartInOrder() throws Exception {
        Guide g = guideOf("ZJ003");
        HttpResponse<String> r = new WebClient().get("/service.xhtml?code=ZJ003");
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.matches("(?s).*<title>[^<]*ZJ003 水土保持方案编制[^<]*</title>.*"), "the title names the item");
        assertTrue(body.matches("(?s).*<meta name=\"description\" content=\"ZJ003 水土保持方案编制：[^\"]+\".*"), "a description");
        assertTrue(body.contains("《中华人民共和国水土保持法》第二十五条"), "the legal basis");
        for (String m : g.materials().split("\n")) {
            assertTrue(body.contains("<li>" + m + "</li>"), "material " + m);
        }
        assertTrue(body.contains(g.days() + " 个工作日"), "the time limit");
        assertTrue(body.contains(g.feeStandard()), "the fee standard");
        String flow = flow(body);
        int at = -1;
        for (String step : g.steps()) {
            int next = flow.indexOf(step);
            assertTrue(next > at, "step " + step + " comes after the one before it");
            at = next;
        }
        assertTrue(flow.contains("中介机构") && flow.contains("审批部门"), "who acts is named");
        assertTrue(body.contains("办理流程图，共 " + g.steps().size() + " 步"), "the caption says how many steps");
        Matcher alt = Pattern.compile("(?s)<span class=\"zj-visually-hidden\" id=\"guide-flow-text\">(.*?)</span>\\s*</figcaption>").matcher(body);
        assertTrue(alt.find(), "the chart has a text alternative");
        assertTrue(alt.group(1).replaceAll("<[^>]+>", "").startsWith("1. " + g.steps().get(0) + " (项目业主) → 2. " + g.steps().get(1)),
                "the text alternative reads the steps in order: " + alt.group(1));
    }

    @Test
    void theGuideReadsInEnglishAroundTheChineseContent() throws Exception {
        WebClient web = new WebClient();
        web.getFollowing("/service.xhtml?code=ZJ001&lang=en");
        String body = web.get("/service.xhtml?code=ZJ001").body();
        assertTrue(body.contains("Environmental impact assessment report preparation"), "the item's English name");
        assertTrue(body.contains("Required materials") && body.contains("Procedure") && body.contains("Fee standard"));
        assertTrue(body.contains(guideOf("ZJ001").days() + " working days"));
        assertTrue(body.contains("Project owner") && body.contains("Approval department"), "actors in English");
        assertTrue(body.contains("published in Chinese"), "the page says the guide's text is Chinese");
        assertTrue(body.contains("lang=\"zh-CN\">" + guideOf("ZJ001").steps().get(3)), "Chinese content is marked as such");
    }

    @Test
    void anUnknownRetiredOrMalformedCodeIsNotFound() throws Exception {
        WebClient web = new WebClient();
        assertEquals(404, web.get("/service.xhtml?code=ZJ999").statusCode());
        assertEquals(404, web.get("/service.xhtml").statusCode());
        assertEquals(404, web.get("/service.xhtml?code=" + URLEncoder.encode("<script>alert(1)</script>'\"", StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, web.get("/service.xhtml?code=" + "Z".repeat(300)).statusCode());
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO service_item (code, name_zh, name_en,"
                + " legal_basis, approval_items, requirement_mode, status, created_at, updated_at, updated_by)"
                + " VALUES ('ZJ1801', '已停用的测试事项', 'Retired test item', '《测试法》', '测试审批', 'ALL_OF', 'RETIRED',"
                + " NOW(6), NOW(6), 'it') ON DUPLICATE KEY UPDATE status = 'RETIRED'")) {
            ps.executeUpdate();
        }
        HttpResponse<String> retired = web.get("/service.xhtml?code=ZJ1801");
        assertEquals(404, retired.statusCode());
        assertFalse(retired.body().contains("已停用的测试事项"));
    }

    @Test
    void theCatalogueTheNoticesAndTheSitemapLinkToTheGuides() throws Exception {
        String catalogue = new WebClient().get("/catalog.xhtml").body();
        assertTrue(catalogue.contains("href=\"/service.xhtml?code=ZJ001\"") || catalogue.matches("(?s).*href=\"[^\"]*/service\\.xhtml\\?code=ZJ001\".*"),
                "the catalogue links to the guide");
        String sitemap = new WebClient().get("/sitemap.xml").body();
        if (sitemap.contains("<sitemapindex")) { // the demo's notice ids span more than one file: the pages are in pages.xml
            sitemap = new WebClient().get("/sitemaps/pages.xml").body();
        }
        assertTrue(sitemap.contains("/service.xhtml?code=ZJ001</loc>"), "the sitemap lists the guide");
        assertTrue(sitemap.contains("/service.xhtml?code=ZJ030</loc>"));
        long noticeId;
        String code;
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT n.id, s.code FROM notice n"
                + " JOIN service_item s ON s.id = n.service_item_id WHERE n.status = 'PUBLISHED' ORDER BY n.id LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "the demo has a published notice");
            noticeId = rs.getLong(1);
            code = rs.getString(2);
        }
        String notice = new WebClient().get("/notice.xhtml?id=" + noticeId).body();
        assertTrue(notice.matches("(?s).*id=\"notice-item-guide\" href=\"[^\"]*/service\\.xhtml\\?code=" + code + "\".*"),
                "the notice links to the guide of its item");
        assertEquals(200, new WebClient().get("/service.xhtml?code=" + code).statusCode());
    }
}
