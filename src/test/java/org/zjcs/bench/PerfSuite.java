package org.zjcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The performance suite (README, "Performance"; docs/performance.md): against a server on generated data, measures
 * side by side in one run, each after a warm-up, the baseline endpoint (what the server does with no work) and the
 * pages the public and the firms read all day, then the bid storm. Prints req/s, p50/p95/p99 and each row's req/s as a
 * share of the baseline's, the machine and the database size; writes the same to {@code target/perf/}. Never asserts a
 * time: it fails only when a page does not answer 200 (a figure for an error page would mean nothing).
 *
 * <p>Not a test of the normal build: its name matches neither surefire's nor failsafe's patterns; the {@code perf}
 * profile runs it. Sizes: {@code zjcs.perf.connections} (50), {@code .warmup.seconds} (5), {@code .seconds} (15),
 * {@code zjcs.perf.user} (the firm account logged in for the workspace row; by default the first approved, active
 * generated firm's), {@code zjcs.perf.search} (true: the search rows of {@link SearchBench} after the pages; its sizes
 * are {@code zjcs.perf.search.*}), {@code zjcs.perf.storm}
 * (true: the bid storm after the pages; its own sizes are {@code zjcs.bench.*}, see {@link BidStormBench}).
 */
public class PerfSuite {

    public static final int CONNECTIONS = Integer.getInteger("zjcs.perf.connections", 50);
    public static final double WARMUP = Double.parseDouble(System.getProperty("zjcs.perf.warmup.seconds", "5"));
    public static final double SECONDS = Double.parseDouble(System.getProperty("zjcs.perf.seconds", "15"));
    /** The firm account logged in for the workspace row; by default the first approved, active generated firm's. */
    static final String FIRM_USER = System.getProperty("zjcs.perf.user");
    /** How deep the deep page is: the position of the public notice its cursor points at. */
    static final long DEEP = Long.getLong("zjcs.perf.deep", 500_000);
    static final boolean STORM = Boolean.parseBoolean(System.getProperty("zjcs.perf.storm", "true"));
    /** The search rows ({@link SearchBench}: index rebuild and size, the search API, LIKE, the results list). */
    static final boolean SEARCH = Boolean.parseBoolean(System.getProperty("zjcs.perf.search", "true"));

    @Test
    void suite() throws Exception {
        URI base = URI.create(It.baseUrl());
        Targets t = targets();
        Map<String, String> pages = publicPages(t);

        WebClient firm = new WebClient();
        HttpResponse<String> login = firm.login(t.firmUser, It.DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), "the generated firm " + t.firmUser + " logs in");
        String cookie = "JSESSIONID=" + firm.sessionId();

        for (Map.Entry<String, String> p : pages.entrySet()) {
            HttpResponse<String> r = new WebClient().get(p.getValue().replace("{n}", "0"));
            assertEquals(200, r.statusCode(), p.getKey() + " " + p.getValue() + " answers 200");
        }
        assertEquals(200, firm.get("/firm/index.xhtml").statusCode(), "the firm's workspace answers 200");

        pages.putAll(uncachedPages(t));

        Load load = new Load(base);
        // the whole server warms up first (JIT, the database's buffer pool, caches): every row once, unmeasured
        for (Map.Entry<String, String> p : pages.entrySet()) {
            load.run(p.getKey(), p.getValue(), null, CONNECTIONS, 0, WARMUP);
        }
        List<Load.Result> results = new ArrayList<>();
        for (Map.Entry<String, String> p : pages.entrySet()) {
            results.add(load.run(p.getKey(), p.getValue(), null, CONNECTIONS, 2, SECONDS));
            System.out.println(Load.table(List.of(results.get(0), results.get(results.size() - 1))).get(2));
        }
        results.add(load.run("firm workspace (logged in)", "/firm/index.xhtml", cookie, CONNECTIONS, WARMUP, SECONDS));
        // the baseline once more at the end: how much the server's own state moved during the run
        results.add(load.run("baseline again, at the end", "/health/live", null, CONNECTIONS, 2, SECONDS));

        List<String> lines = new ArrayList<>();
        lines.add("ZJCS performance suite, " + DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        lines.add(machine());
        lines.add(database());
        lines.add(String.format("client: %d keep-alive connections; a warm-up pass of %.0f s on every row, then per row 2 s "
                + "unmeasured and %.0f s measured; {n} in an address: a new number for each request", CONNECTIONS, WARMUP, SECONDS));
        lines.add("");
        lines.addAll(Load.table(results));
        lines.add("");
        Load.report("pages", lines, results);
        if (SEARCH) {
            SearchBench.run();
        }
        if (STORM) {
            // last: it adds firms and a notice of its own, and its selection runs after the deadline
            new BidStormBench().bidStorm();
        }
    }

    /**
     * The public rows, each name to its address, the baseline first: what the public reads all day (the cached
     * addresses, as a visitor asks for them). Also measured through the balancer on one node and on two by
     * {@code org.zjcs.cluster.ClusterThroughputCheck}.
     */
    public static Map<String, String> publicPages(Targets t) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("baseline GET /health/live", "/health/live");
        pages.put("home /", "/");
        pages.put("notice list, first page", "/notices.xhtml");
        pages.put("notice list, filtered", t.filteredList);
        pages.put("notice list, deep page", t.deepList);
        pages.put("notice detail", "/notice.xhtml?id=" + t.noticeId);
        pages.put("firm directory", "/firms.xhtml");
        pages.put("firm profile", "/firm-profile.xhtml?id=" + t.firmId);
        pages.put("credit page (信用公示)", "/credit.xhtml");
        pages.put("firm credit page", "/firm-credit.xhtml?id=" + t.firmId);
        return pages;
    }

    /**
     * Rows that ask for a new address each time ({@code {n}}: a new number for each request): the page is rendered for
     * every request (the public pages' 1 s micro-cache never answers them), which is what a page costs when the public
     * reads many different pages.
     */
    public static Map<String, String> uncachedPages(Targets t) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("notice list, first page, uncached", "/notices.xhtml?v={n}");
        pages.put("notice list, deep page, uncached", t.deepList + "&v={n}");
        pages.put("notice detail, uncached", "/notice.xhtml?id=" + t.noticeId + "&v={n}");
        pages.put("firm directory, uncached", "/firms.xhtml?v={n}");
        return pages;
    }

    /** What the rows read: ids and cursors found in the generated data (or, with {@code zjcs.perf.user}, the demo's). */
    public record Targets(long noticeId, long firmId, String firmUser, String filteredList, String deepList) {
    }

    public static Targets targets() throws Exception {
        try (Connection c = It.db()) {
            long notice = number(c, "SELECT id FROM notice WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT 1");
            String user = FIRM_USER != null ? FIRM_USER : text(c, "SELECT MIN(a.username) FROM user_account a "
                    + "JOIN firm f ON f.organisation_id = a.organisation_id JOIN organisation o ON o.id = f.organisation_id "
                    + "WHERE a.username LIKE 'gf%' AND f.registration_status = 'APPROVED' AND o.status = 'ACTIVE'");
            long firm = number(c, "SELECT organisation_id FROM user_account WHERE username = ?", user);
            // the filter a visitor most often gets results for: the commonest service item in the commonest province
            String filter;
            try (PreparedStatement ps = c.prepareStatement("SELECT service_item_id, LEFT(region_code, 2) FROM notice "
                    + "WHERE published_at IS NOT NULL GROUP BY service_item_id, LEFT(region_code, 2) ORDER BY COUNT(*) DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                filter = "/notices.xhtml?item=" + rs.getLong(1) + "&province=" + rs.getString(2) + "0000";
            }
            // a page deep in the list: the cursor of the public notice at position DEEP (found once, by OFFSET, here only)
            String deep;
            try (PreparedStatement ps = c.prepareStatement("SELECT published_at, id FROM notice WHERE published_at IS NOT NULL "
                    + "ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET ?")) {
                long total = number(c, "SELECT COUNT(*) FROM notice WHERE published_at IS NOT NULL");
                ps.setLong(1, Math.max(0, Math.min(DEEP, total - 20)));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Instant at = rs.getTimestamp(1).toInstant();
                    long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1000L;
                    deep = "/notices.xhtml?after=" + new KeysetCursor(Long.toString(micros), rs.getLong(2)).encode();
                }
            }
            return new Targets(notice, firm, user, filter, deep);
        }
    }

    static String text(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new AssertionError("nothing found by " + sql);
                }
                return rs.getString(1);
            }
        }
    }

    static long number(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("nothing found by " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    public static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException ignored) {
            // not Linux
        }
        return String.format("machine: %d cores (%s), %d GiB memory, Java %s; client, server and database on it",
                Runtime.getRuntime().availableProcessors(), cpu, memoryGiB(), System.getProperty("java.version"));
    }

    private static long memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    public static String database() throws Exception {
        try (Connection c = It.db()) {
            long bytes = number(c, "SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE()");
            long notices = number(c, "SELECT COUNT(*) FROM notice");
            long firms = number(c, "SELECT COUNT(*) FROM firm");
            long submissions = number(c, "SELECT COUNT(*) FROM enrolment_submission");
            return String.format("database: %,d notices, %,d firms, %,d bid submissions, %.1f GiB (data + indexes)",
                    notices, firms, submissions, bytes / 1024.0 / 1024 / 1024);
        }
    }
}
