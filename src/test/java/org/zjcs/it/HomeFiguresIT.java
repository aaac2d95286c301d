package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.WebClient;

/**
 * The home page's live figures equal what the database says: approved firms, notices published this (Beijing) year,
 * the amount of this year's selection results from the base tables; the on-time and good-review rates from the summary
 * tables the due tracker keeps (due_step_month, evaluation_month). The snapshot is recomputed after a clock move.
 * The page is read until it shows what is expected (or {@link #PATIENCE} has passed), not after a fixed sleep: the IT
 * server renders every request (no public page cache), a server with the cache (1 s by default) answers a fresh page
 * within the patience, and a page that never shows it fails with what it shows.
 */
class HomeFiguresIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Longest wait for a fresh home page: several times the public page cache's default time to live (1 s). */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    /** The home page as soon as {@code fresh} holds of it, or the last one read when {@link #PATIENCE} runs out. */
    static String homePageWhen(Predicate<String> fresh) throws InterruptedException {
        WebClient web = new WebClient();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = web.get("/index.xhtml").body();
        while (!fresh.test(body) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = web.get("/index.xhtml").body();
        }
        return body;
    }

    /** The text of {@code <dd id=id>}, or null when the page has none. */
    private static String ddOrNull(String body, String id) {
        Matcher m = Pattern.compile("(?s)<dd id=\"" + id + "\">(.*?)</dd>").matcher(body);
        return m.find() ? m.group(1).replaceAll("<[^>]+>", "").trim() : null;
    }

    private static String dd(String body, String id) {
        Matcher m = Pattern.compile("(?s)<dd id=\"" + id + "\">(.*?)</dd>").matcher(body);
        assertTrue(m.find(), id + " is on the page");
        return m.group(1).replaceAll("<[^>]+>", "").trim();
    }

    private static long count(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "暂无数据"
                : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    @Test
    void theFiguresAreWhatTheDatabaseSays() throws Exception {
        Instant now = TestClock.advance(Duration.ofSeconds(1)); // a clock move: the snapshot is computed again
        LocalDate first = LocalDate.of(now.atZone(BEIJING).getYear(), 1, 1);
        Timestamp from = Timestamp.valueOf(first.atStartOfDay(BEIJING).toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime());
        Timestamp to = Timestamp.valueOf(first.plusYears(1).atStartOfDay(BEIJING).toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime());
        try (Connection c = It.db()) {
            long firms = count(c, "SELECT COUNT(*) FROM firm WHERE registration_status = 'APPROVED'");
            long notices = count(c, "SELECT COUNT(*) FROM notice WHERE status <> 'DRAFT' AND published_at >= ? AND published_at < ?", from, to);
            BigDecimal awarded;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(amount), 0) FROM selection_result"
                    + " WHERE status = 'SELECTED' AND selected_at >= ? AND selected_at < ?")) {
                ps.setTimestamp(1, from);
                ps.setTimestamp(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    awarded = rs.getBigDecimal(1);
                }
            }
            long closed = count(c, "SELECT COALESCE(SUM(n), 0) FROM due_step_month WHERE department_id = 0 AND kind = 'DELIVERABLE'"
                    + " AND month >= ? AND month < ?", java.sql.Date.valueOf(first), java.sql.Date.valueOf(first.plusYears(1)));
            long late = count(c, "SELECT COALESCE(SUM(late_n), 0) FROM due_step_month WHERE department_id = 0 AND kind = 'DELIVERABLE'"
                    + " AND month >= ? AND month < ?", java.sql.Date.valueOf(first), java.sql.Date.valueOf(first.plusYears(1)));
            long evaluations = count(c, "SELECT COALESCE(SUM(evaluations), 0) FROM evaluation_month WHERE dimension = 'FIRM'"
                    + " AND month >= ? AND month < ?", java.sql.Date.valueOf(first), java.sql.Date.valueOf(first.plusYears(1)));
            long satisfied = count(c, "SELECT COALESCE(SUM(satisfied), 0) FROM evaluation_month WHERE dimension = 'FIRM'"
                    + " AND month >= ? AND month < ?", java.sql.Date.valueOf(first), java.sql.Date.valueOf(first.plusYears(1)));

            assertTrue(firms > 0 && notices > 0, "the demo data has firms and notices");
            String firmsText = Long.toString(firms);
            String noticesText = Long.toString(notices);
            String good = percent(satisfied, evaluations);
            String onTime = percent(closed - late, closed);
            // the figures of the snapshot taken after the clock move (each asserted below, with what differs)
            String body = homePageWhen(b -> firmsText.equals(String.valueOf(ddOrNull(b, "fig-firms")).replace(",", ""))
                    && noticesText.equals(String.valueOf(ddOrNull(b, "fig-notices")).replace(",", ""))
                    && onTime.equals(ddOrNull(b, "fig-on-time"))
                    && good.equals(ddOrNull(b, "fig-good")));
            assertEquals(firms, Long.parseLong(dd(body, "fig-firms").replace(",", "")), "approved firms");
            assertEquals(notices, Long.parseLong(dd(body, "fig-notices").replace(",", "")), "notices published this year");
            assertEquals(awarded.setScale(2, RoundingMode.HALF_EVEN),
                    new BigDecimal(dd(body, "fig-awarded").replace(",", "").replace("元", "").trim()), "amount awarded this year");
            assertEquals(percent(closed - late, closed), dd(body, "fig-on-time"), "deliverables on time");
            assertEquals(percent(satisfied, evaluations), dd(body, "fig-good"), "good reviews");
            assertTrue(body.contains(now.atZone(BEIJING).getYear() + " 年平台数据"), "the year, without a thousands separator");
            assertTrue(body.contains("数据更新于 " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(now.atZone(BEIJING)).substring(0, 13)), "the page says when the figures were computed");
        }
    }

    @Test
    void theHomePageListsTheLatestNoticesAndResultsAndLinksTheSections() throws Exception {
        TestClock.advance(Duration.ofSeconds(1));
        long newest;
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT id FROM notice"
                + " WHERE published_at IS NOT NULL AND status <> 'DRAFT' ORDER BY published_at DESC, id DESC LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            newest = rs.getLong(1);
        }
        Pattern newestFirst = Pattern.compile("(?s).*<ul id=\"home-latest-notices\">\\s*<li><a href=\"[^\"]*/notice\\.xhtml\\?id="
                + newest + "\".*");
        String body = homePageWhen(b -> newestFirst.matcher(b).matches());
        Matcher latest = Pattern.compile("(?s)<ul id=\"home-latest-notices\">(.*?)</ul>").matcher(body);
        assertTrue(latest.find());
        assertTrue(latest.group(1).matches("(?s)\\s*<li><a href=\"[^\"]*/notice\\.xhtml\\?id=" + newest + "\".*"),
                "the newest notice comes first: " + latest.group(1));
        for (String section : new String[] {"notices.xhtml", "results.xhtml", "firms.xhtml", "catalog.xhtml", "credit.xhtml"}) {
            assertTrue(body.matches("(?s).*id=\"home-to-[a-z]+\" href=\"[^\"]*/" + section.replace(".", "\\.") + "\".*"), section);
        }
        assertTrue(body.contains("id=\"home-latest-results\""));
    }
}
