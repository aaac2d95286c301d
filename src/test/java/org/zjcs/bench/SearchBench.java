package org.zjcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The search rows of the performance suite (issue 18; docs/performance.md, "Search at province scale"): against the
 * perf server on generated data,
 * <ol>
 * <li>the index: waits for the rebuild the server starts by itself on a first start with no index, or starts one as
 * the generated operator ({@code zjcs.perf.search.rebuild}: {@code auto} (default: only when this server has not
 * rebuilt yet), {@code always}, {@code never}), and reports its time (the server's own start and finish) and the index's
 * size on disk ({@code <zjcs.data.dir>/search/notices}, the generation that serves and the whole directory);</li>
 * <li>{@code GET /api/search} under load with queries made of the generator's title words (Words.PROJECTS, ROADS and the
 * service item names): facets (always counted), a facet filter, date order, page 5; the baseline endpoint in the same
 * run;</li>
 * <li>the same queries one at a time over HTTP (one connection) and by SQL {@code LIKE '%word%'} on the notice table
 * (title, service content or project scale, each word required, the same facet filter, {@code LIMIT 20} plus the
 * {@code COUNT(*)} a page needs for its total) over JDBC on the same database, and the ratio LIKE / search;</li>
 * <li>the 中选公告 list {@code /results.xhtml} and {@code GET /api/portal/results}, first and a filtered page.</li>
 * </ol>
 * Prints the table and writes it to {@code target/perf/search.txt}. Never asserts a time; fails when an answer is not
 * 200 or the index does not end in step with the database.
 *
 * <p>Run by the {@code perf} profile after the page rows ({@link PerfSuite}); alone:
 * {@code mvn -Pperf verify -Dzjcs.gen.scale=province -Dit.test=SearchBench}.
 */
class SearchBench {

    static final int CONNECTIONS = PerfSuite.CONNECTIONS;
    static final double WARMUP = PerfSuite.WARMUP;
    static final double SECONDS = PerfSuite.SECONDS;
    static final String REBUILD = System.getProperty("zjcs.perf.search.rebuild", "auto");
    /** How many times each query runs one at a time, over HTTP and by LIKE. */
    static final int SERIAL_ROUNDS = Integer.getInteger("zjcs.perf.search.rounds", 3);
    /** The pause between the load rows and the one-at-a-time rows. */
    static final long SETTLE_MILLIS = Long.getLong("zjcs.perf.search.settle.millis", 15_000);
    /** Rounds of the 16 queries searched the first time (each round with other punctuation: see firstTime). */
    static final int FIRST_TIME_ROUNDS = Integer.getInteger("zjcs.perf.search.firstTime.rounds", 12);
    static final String OPERATOR = System.getProperty("zjcs.perf.operator", "gen-operator");

    /**
     * Queries a visitor would type, from the generator's vocabulary (Words.PROJECTS, ROADS, PLACES and the service
     * items' names): common single words, two words together, a phrase and rarer combinations.
     */
    static final List<String> QUERIES = List.of(
            "水土保持", "环境影响评价", "幼儿园", "雨污分流", "长安 道路", "智慧停车场", "桥梁 加固", "\"老旧小区改造\"",
            "高新 污水处理厂", "测绘", "文化中心 节能", "锦业 安置房", "地质灾害", "防雷 检测", "供热管网", "学校 扩建");

    @Test
    void search() throws Exception {
        run();
    }

    static void run() throws Exception {
        URI base = URI.create(It.baseUrl());
        List<String> lines = new ArrayList<>();
        lines.add("ZJCS search benchmark, " + DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        lines.add(PerfSuite.machine());
        lines.add(PerfSuite.database());
        lines.add("load average before: " + loadAverage());

        WebClient operator = new WebClient();
        HttpResponse<String> login = operator.login(OPERATOR, It.DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), "the generated operator " + OPERATOR + " logs in");
        lines.addAll(index(operator));

        String item;
        String itemCode;
        String province;
        try (Connection c = It.db()) {
            // the filter with the most public notices: the commonest service item (and province, for the results)
            try (PreparedStatement ps = c.prepareStatement("SELECT n.service_item_id, si.code FROM notice n "
                    + "JOIN service_item si ON si.id = n.service_item_id WHERE n.status <> 'DRAFT' AND n.published_at IS NOT NULL "
                    + "GROUP BY n.service_item_id, si.code ORDER BY COUNT(*) DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                item = rs.getString(1);
                itemCode = rs.getString(2);
            }
            province = PerfSuite.text(c, "SELECT CONCAT(LEFT(region_code, 2), '0000') FROM notice "
                    + "WHERE published_at IS NOT NULL GROUP BY LEFT(region_code, 2) ORDER BY COUNT(*) DESC LIMIT 1");
        }

        List<String> words = QUERIES.stream().map(q -> "/api/search?q=" + enc(q)).toList();
        List<String> filtered = words.stream().map(p -> p + "&serviceItem=" + itemCode).toList();
        List<String> byDate = words.stream().map(p -> p + "&sort=DATE").toList();
        List<String> page5 = words.stream().map(p -> p + "&page=5").toList();

        // every search answers 200 with hits for most queries: a figure for an empty or an error answer means nothing
        int withHits = 0;
        StringBuilder totals = new StringBuilder("hits per query (total, with facets):");
        for (int i = 0; i < QUERIES.size(); i++) {
            HttpResponse<String> r = new WebClient().get(words.get(i));
            assertEquals(200, r.statusCode(), words.get(i) + " " + r.body());
            JsonObject o = Json.createReader(new StringReader(r.body())).readObject();
            long total = o.getJsonNumber("total").longValue();
            totals.append(' ').append(QUERIES.get(i)).append('=').append(total);
            withHits += total > 0 ? 1 : 0;
        }
        assertTrue(withHits >= QUERIES.size() - 2, "most queries find something: " + totals);
        lines.add(totals.toString());
        lines.add("facet filter: serviceItem=" + itemCode + "; results filter: item=" + item + ", province=" + province);

        record Row(String name, List<String> paths) {
        }
        List<Row> rows = List.of(
                new Row("baseline GET /health/live", List.of("/health/live")),
                new Row("search, words + facets", words),
                new Row("search, + facet filter", filtered),
                new Row("search, date order", byDate),
                new Row("search, page 5", page5),
                new Row("results.xhtml, first page", List.of("/results.xhtml")),
                new Row("results.xhtml, filtered", List.of("/results.xhtml?item=" + item + "&province=" + province)),
                new Row("results.xhtml, uncached", List.of("/results.xhtml?v={n}")),
                new Row("api/portal/results, first", List.of("/api/portal/results")),
                new Row("api/portal/results, filtered", List.of("/api/portal/results?item=" + item + "&province=" + province)),
                new Row("api/portal/results, uncached", List.of("/api/portal/results?v={n}")));
        for (Row r : rows) {
            for (String p : r.paths()) {
                HttpResponse<String> a = new WebClient().get(p.replace("{n}", "0"));
                assertEquals(200, a.statusCode(), r.name() + " " + p + " answers 200");
            }
        }
        Load load = new Load(base);
        for (Row r : rows) {
            load.run(r.name(), r.paths(), null, CONNECTIONS, 0, WARMUP);
        }
        List<Load.Result> results = new ArrayList<>();
        for (Row r : rows) {
            results.add(load.run(r.name(), r.paths(), null, CONNECTIONS, 2, SECONDS));
            System.out.println(Load.table(List.of(results.get(0), results.get(results.size() - 1))).get(2));
        }
        results.add(load.run("baseline again, at the end", List.of("/health/live"), null, CONNECTIONS, 2, SECONDS));
        String loadDuring = loadAverage();

        // one at a time: the search over HTTP and the same query by LIKE over JDBC, each query SERIAL_ROUNDS times;
        // first a pause, so that what the load rows left queued (the server's and the database's) is done
        Thread.sleep(SETTLE_MILLIS);
        Load.Result serialSearch = load.run("search + filter again, 1 conn.", filtered, null, 1, 2, SECONDS);
        Load.Result serialAll = load.run("search asked again, 1 conn.", words, null, 1, 2, SECONDS);
        List<Timings> visitor = firstTime(itemCode);
        Timings like = like(null);
        Timings likeFiltered = like(item);

        lines.add(String.format("client: %d keep-alive connections; a warm-up pass of %.0f s on every row, then per row 2 s "
                + "unmeasured and %.0f s measured; the search rows go round the %d queries", CONNECTIONS, WARMUP, SECONDS,
                QUERIES.size()));
        lines.add("load average at the end of the load rows: " + loadDuring);
        lines.add("");
        lines.addAll(Load.table(results));
        lines.add("");
        lines.add("one at a time (1 connection; LIKE: " + SERIAL_ROUNDS + " rounds of the " + QUERIES.size()
                + " queries over JDBC, LIMIT 20 + COUNT(*)):");
        lines.add(String.format("%-34s %10s %9s %9s %9s", "request", "per s", "p50 ms", "p95 ms", "p99 ms"));
        for (Load.Result r : List.of(serialAll, serialSearch)) {
            lines.add(String.format("%-34s %10.1f %9.1f %9.1f %9.1f", r.name(), r.perSecond(), r.percentileMillis(50),
                    r.percentileMillis(95), r.percentileMillis(99)));
        }
        List<Timings> timed = new ArrayList<>(visitor);
        timed.addAll(List.of(like, likeFiltered));
        for (Timings t : timed) {
            lines.add(String.format("%-34s %10.2f %9.1f %9.1f %9.1f", t.name, t.perSecond(), t.percentile(50),
                    t.percentile(95), t.percentile(99)));
        }
        lines.add(String.format("ratio LIKE / search asked again, p50: %.0f× (words), %.0f× (with the facet filter); mean: %.0f×, %.0f×",
                like.percentile(50) / serialAll.percentileMillis(50),
                likeFiltered.percentile(50) / serialSearch.percentileMillis(50),
                like.mean() / mean(serialAll), likeFiltered.mean() / mean(serialSearch)));
        lines.add(String.format("ratio LIKE / search asked the first time, p50: %.0f× (words), %.0f× (with the facet filter), "
                        + "%.0f× (the filter added to a counted search); mean: %.0f×, %.0f×, %.0f×",
                like.percentile(50) / visitor.get(0).percentile(50),
                likeFiltered.percentile(50) / visitor.get(3).percentile(50),
                likeFiltered.percentile(50) / visitor.get(1).percentile(50),
                like.mean() / visitor.get(0).mean(), likeFiltered.mean() / visitor.get(3).mean(),
                likeFiltered.mean() / visitor.get(1).mean()));
        lines.add("load average after: " + loadAverage());
        lines.add("");
        Load.report("search", lines, results);
        assertEquals(0, serialSearch.errors() + serialAll.errors(), "the serial searches answered 200");
    }

    /** Waits for (or starts) a full rebuild, then for the index in step; its time and size on disk. */
    static List<String> index(WebClient operator) throws Exception {
        List<String> out = new ArrayList<>();
        JsonObject s = status(operator);
        long opening = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while ("STARTING".equals(s.getString("state"))) {
            assertTrue(System.nanoTime() < opening, "the index opens within 5 min: " + s);
            Thread.sleep(1000);
            s = status(operator);
        }
        System.out.println("SearchBench: index status at start " + s);
        boolean ownRebuild = switch (REBUILD) {
            case "always" -> true;
            case "never" -> false;
            default -> !"REBUILDING".equals(s.getString("state")) && str(s, "rebuildFinishedAt") == null;
        };
        String finishedBefore = str(s, "rebuildFinishedAt");
        long wall0 = System.nanoTime();
        if (ownRebuild) {
            HttpResponse<String> started = operator.postJson("/api/search/rebuild", "{}");
            // 409: the server's own first rebuild began meanwhile, which is then the one timed
            assertTrue(started.statusCode() == 202 || started.statusCode() == 409, "the rebuild starts: " + started.body());
            ownRebuild = started.statusCode() == 202;
            finishedBefore = null;
        }
        if (ownRebuild || "REBUILDING".equals(s.getString("state")) || "REBUILDING".equals(status(operator).getString("state"))) {
            long last = 0;
            while (true) {
                s = status(operator);
                String fin = str(s, "rebuildFinishedAt");
                if (!"REBUILDING".equals(s.getString("state")) && fin != null && !fin.equals(finishedBefore)) {
                    break;
                }
                if (System.nanoTime() - last > 30_000_000_000L) {
                    last = System.nanoTime();
                    System.out.printf("SearchBench: rebuilding, %d of %d notices, load average %s%n",
                            s.getJsonNumber("done").longValue(), s.getJsonNumber("total").longValue(), loadAverage());
                }
                assertTrue(System.nanoTime() - wall0 < Duration.ofHours(2).toNanos(), "the rebuild ends within 2 h: " + s);
                Thread.sleep(1000);
            }
        }
        assertEquals(null, str(s, "error"), "the rebuild did not fail: " + s);
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!s.getBoolean("inStep")) {
            assertTrue(System.nanoTime() < until, "the index is in step with the database within 5 min: " + s);
            Thread.sleep(1000);
            s = status(operator);
        }
        String started = str(s, "rebuildStartedAt");
        String finished = str(s, "rebuildFinishedAt");
        long docs = s.getJsonNumber("documents").longValue();
        if (started != null && finished != null) {
            Duration took = Duration.between(Instant.parse(started), Instant.parse(finished));
            out.add(String.format("index rebuild (%s): %,d notices in %d min %02d s (%,.0f notices/s), by the server's "
                            + "clock from %s to %s", ownRebuild ? "started by this run" : "started by the server at its first start",
                    s.getJsonNumber("total").longValue(), took.toMinutes(), took.toSecondsPart(),
                    s.getJsonNumber("total").longValue() / Math.max(0.001, took.toMillis() / 1000.0), started, finished));
        } else {
            out.add("index rebuild: not run by this server (zjcs.perf.search.rebuild=" + REBUILD + ")");
        }
        Path root = It.dataDir().resolve("search").resolve("notices");
        Path current = root;
        Path currentFile = root.resolve("CURRENT");
        if (Files.exists(currentFile)) {
            current = root.resolve(Files.readString(currentFile, StandardCharsets.UTF_8).strip());
        }
        out.add(String.format("index: %,d documents; on disk %.1f MiB (the generation that serves, %s), %.1f MiB "
                        + "(the whole directory %s)", docs, size(current) / 1048576.0, current.getFileName(),
                size(root) / 1048576.0, root));
        return out;
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file Lucene deleted meanwhile
                }
            }).sum();
        }
    }

    private static JsonObject status(WebClient operator) {
        HttpResponse<String> r = null;
        for (int attempt = 1; r == null; attempt++) {
            try {
                r = operator.get("/api/search/status");
            } catch (AssertionError timedOut) {
                // the status counts the public documents in the database: on a cold buffer pool, with the rebuild
                // reading at the same time, the first count can take longer than the client's 60 s; ask again
                if (attempt == 5) {
                    throw timedOut;
                }
                System.out.println("SearchBench: the status did not answer in time (" + timedOut.getMessage()
                        + "), asking again");
            }
        }
        assertEquals(200, r.statusCode(), "the operator reads the index status: " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String str(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    /** Latencies of the LIKE queries, in ms. */
    static final class Timings {
        final String name;
        final double[] millis;
        final double seconds;

        Timings(String name, double[] millis, double seconds) {
            this.name = name;
            this.millis = millis;
            this.seconds = seconds;
            Arrays.sort(millis);
        }

        double perSecond() {
            return millis.length / seconds;
        }

        double percentile(double p) {
            int i = (int) Math.ceil(p / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, i))];
        }

        double mean() {
            return Arrays.stream(millis).average().orElse(Double.NaN);
        }
    }

    /**
     * Searches never asked before, one at a time over HTTP, as a visitor makes them: the words (nothing kept applies:
     * each round adds one more trailing comma, which changes the query but not its words or hits, since punctuation
     * separates words as a space does — checked against the total of the plain words), then the same narrowed by the
     * facet filter (the counts of the search just made are kept), then that search's next page, and last the filter
     * on words never searched unfiltered (another punctuation mark), which counts everything afresh.
     */
    static List<Timings> firstTime(String itemCode) throws Exception {
        WebClient client = new WebClient();
        List<List<Double>> ms = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<String, Long> plainTotals = new java.util.HashMap<>();
        for (int round = 1; round <= FIRST_TIME_ROUNDS; round++) {
            for (String q : QUERIES) {
                String words = "/api/search?q=" + enc(q + "，".repeat(round));
                String filter = "&serviceItem=" + enc(itemCode);
                List<String> asked = List.of(words, words + filter, words + filter + "&page=2",
                        "/api/search?q=" + enc(q + "、".repeat(round)) + filter);
                for (int i = 0; i < asked.size(); i++) {
                    long s = System.nanoTime();
                    HttpResponse<String> r = client.get(asked.get(i));
                    ms.get(i).add((System.nanoTime() - s) / 1e6);
                    assertEquals(200, r.statusCode(), asked.get(i) + " " + r.body());
                    if (i == 0) {
                        long total = Json.createReader(new StringReader(r.body())).readObject().getJsonNumber("total")
                                .longValue();
                        long plain = plainTotals.computeIfAbsent(q, k -> total(client, "/api/search?q=" + enc(k)));
                        assertEquals(plain, total, "the trailing commas change nothing but the query: " + q);
                    }
                }
            }
        }
        List<String> names = List.of("first time, words", "+ filter after the search", "its next page",
                "first time, words + filter");
        List<Timings> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double[] millis = ms.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            // per second of this row's own requests (the rows take turns on one connection)
            out.add(new Timings(names.get(i) + ", 1 conn.", millis, Arrays.stream(millis).sum() / 1000.0));
        }
        return out;
    }

    private static long total(WebClient client, String path) {
        HttpResponse<String> r = client.get(path);
        assertEquals(200, r.statusCode(), path + " " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getJsonNumber("total").longValue();
    }

    private static double mean(Load.Result r) {
        return Arrays.stream(r.sortedMicros()).average().orElse(Double.NaN) / 1000.0;
    }

    /**
     * What the search page would cost without the index: every word of the query required in the title, the service
     * content or the project scale (the indexed summary), public notices only, the facet filter as a column condition,
     * newest first, LIMIT 20, and the COUNT(*) for the total. One connection, {@link #SERIAL_ROUNDS} rounds.
     */
    static Timings like(String itemId) throws Exception {
        List<Double> ms = new ArrayList<>();
        AtomicInteger rows = new AtomicInteger();
        long t0 = System.nanoTime();
        try (Connection c = It.db()) {
            for (int round = 0; round < SERIAL_ROUNDS; round++) {
                for (String q : QUERIES) {
                    List<String> terms = Arrays.stream(q.replace("\"", "").split("\\s+")).filter(w -> !w.isBlank()).toList();
                    StringBuilder where = new StringBuilder(" FROM notice n WHERE n.status <> 'DRAFT' AND n.published_at IS NOT NULL");
                    for (int i = 0; i < terms.size(); i++) {
                        where.append(" AND (n.title LIKE ? OR n.service_content LIKE ? OR n.project_scale LIKE ?)");
                    }
                    if (itemId != null) {
                        where.append(" AND n.service_item_id = ?");
                    }
                    long s = System.nanoTime();
                    for (String sql : List.of("SELECT n.id, n.title, n.published_at" + where
                            + " ORDER BY n.published_at DESC, n.id DESC LIMIT 20", "SELECT COUNT(*)" + where)) {
                        try (PreparedStatement ps = c.prepareStatement(sql)) {
                            int at = 1;
                            for (String w : terms) {
                                for (int k = 0; k < 3; k++) {
                                    ps.setString(at++, "%" + w + "%");
                                }
                            }
                            if (itemId != null) {
                                ps.setLong(at, Long.parseLong(itemId));
                            }
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rows.incrementAndGet();
                                }
                            }
                        }
                    }
                    ms.add((System.nanoTime() - s) / 1e6);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Timings(itemId == null ? "LIKE '%word%', 1 connection" : "LIKE + item filter, 1 connection",
                ms.stream().mapToDouble(Double::doubleValue).toArray(), seconds);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
