package org.zjcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The bid storm (README, "Benchmark"; docs/architecture.md, "Bid-storm benchmark"): many eligible firms bid on one
 * lowest-price notice over HTTP in the last seconds before its deadline and go on for a while after it. Prints what was
 * acknowledged, what was stored, what was lost or accepted late, the latencies and how long after the deadline the
 * result was published. Fails only on correctness: an acknowledged bid that is not stored, or a bid accepted at or after
 * the deadline. Latencies are printed, never asserted.
 *
 * <p>Not a test of the normal build: the name matches neither surefire's nor failsafe's patterns; the {@code bench}
 * profile includes it. Sizes can be changed with system properties ({@code zjcs.bench.firms}, {@code .bids},
 * {@code .window.seconds}, {@code .after.seconds}, {@code .clients}, {@code .lead.seconds}).
 */
public class BidStormBench {

    /** The service item of the notice; default 3, 水土保持方案编制: no qualification requirement. */
    public static final long ITEM = Long.getLong("zjcs.bench.item", 3);
    /** The owner account that publishes the notice (its password also becomes the firms' password). */
    public static final String OWNER = System.getProperty("zjcs.bench.owner", "owner01");
    static final String PASSWORD = System.getProperty("zjcs.bench.password", It.DEMO_PASSWORD);
    /** The owner's approval case the notice is for; by default one is created for the owner's unit. */
    static final Long CASE = Long.getLong("zjcs.bench.case");

    public static final int FIRMS = Integer.getInteger("zjcs.bench.firms", 1000);
    /** Submissions sent in the window before the deadline; the same rate goes on after it. */
    public static final int BIDS = Integer.getInteger("zjcs.bench.bids", 10000);
    public static final int WINDOW_SECONDS = Integer.getInteger("zjcs.bench.window.seconds", 10);
    public static final int AFTER_SECONDS = Integer.getInteger("zjcs.bench.after.seconds", 2);
    public static final int CLIENTS = Integer.getInteger("zjcs.bench.clients", 300);
    public static final int LOGIN_THREADS = Integer.getInteger("zjcs.bench.login.threads", 8);
    /** The deadline is set this far ahead once everything is ready; the storm starts WINDOW_SECONDS before it. */
    public static final int LEAD_SECONDS = Integer.getInteger("zjcs.bench.lead.seconds", 15);

    private static final Pattern RECEIPT = Pattern.compile("\"receiptHash\":\"([0-9a-f]{64})\"");
    private static final Pattern SUBMITTED = Pattern.compile("\"submittedAt\":\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** One firm in the storm: its logged-in client and whether it has an acknowledged enrolment. */
    public static final class Bidder {
        final int index;
        public final WebClient web;
        boolean enrolled;

        public Bidder(int index, WebClient web) {
            this.index = index;
            this.web = web;
        }
    }

    /** One request as the client saw it. */
    public record Attempt(int firm, String method, BigDecimal price, Instant planned, Instant sent, Instant answered, int status,
                   String code, String receipt, Instant submittedAt) {

        public boolean acknowledged() {
            return (status == 200 || status == 201) && receipt != null && submittedAt != null;
        }

        long micros() {
            return Duration.between(sent, answered).toNanos() / 1000;
        }
    }

    @Test
    void bidStorm() throws Exception {
        Report report = storm(Path.of(System.getProperty("zjcs.bench.out", "target/bench/bid-storm.txt")));
        assertEquals(0, report.missing, "acknowledged bids missing from the database");
        assertEquals(0, report.acceptedLate, "bids accepted at or after the deadline");
    }

    /**
     * One storm against the server of {@link It#baseUrl()} (its own firms, their logins, its own notice): prints the
     * report, writes it to {@code out} and returns it; asserts nothing about the figures (the caller checks
     * {@link Report#missing} and {@link Report#acceptedLate}). Also run through the balancer on one node and on two by
     * {@code org.zjcs.cluster.ClusterThroughputCheck}.
     */
    public static Report storm(Path out) throws Exception {
        assertTrue(reachable(), "No test server at " + It.baseUrl() + ": run the benchmark as mvn -Pit,bench verify");

        // --- set-up: firms, their sessions (logins in parallel: argon2 is slow), the notice
        Instant t0 = Instant.now();
        List<String> usernames = Fixtures.firms(FIRMS, ITEM, OWNER);
        List<Bidder> bidders = new ArrayList<>();
        ExecutorService logins = Executors.newFixedThreadPool(LOGIN_THREADS);
        try {
            List<Future<WebClient>> sessions = new ArrayList<>();
            for (String u : usernames) {
                sessions.add(logins.submit(() -> login(u)));
            }
            for (int i = 0; i < sessions.size(); i++) {
                bidders.add(new Bidder(i, sessions.get(i).get()));
            }
        } finally {
            logins.shutdown();
        }
        Duration setUp = Duration.between(t0, Instant.now());

        WebClient owner = login(OWNER);
        long caseId = CASE != null ? CASE : Fixtures.caseOf(Fixtures.text("SELECT o.credit_code FROM user_account u "
                + "JOIN organisation o ON o.id = u.organisation_id WHERE u.username = ?", OWNER));
        long notice = Fixtures.publish(owner, "Bid storm " + System.nanoTime(), ITEM, "LOWEST_PRICE", null, "50000", "60000", 3,
                caseId);
        warmUp(bidders, notice);
        Instant deadline = Instant.now().plusSeconds(LEAD_SECONDS).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Fixtures.sql("UPDATE notice SET enrolment_deadline = ? WHERE id = ?",
                SQL_TIME.format(LocalDateTime.ofInstant(deadline, ZoneOffset.UTC)), notice);
        assertEquals(deadline, instant("SELECT enrolment_deadline FROM notice WHERE id = ?", notice), "deadline stored");

        // --- the storm: attempt i is due at start + i * gap, for firm i % FIRMS; at most CLIENTS in flight
        int total = BIDS + BIDS * AFTER_SECONDS / WINDOW_SECONDS;
        long gapNanos = WINDOW_SECONDS * 1_000_000_000L / BIDS;
        Instant start = deadline.minusSeconds(WINDOW_SECONDS);
        List<Attempt> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = storm(bidders, notice, start, total, gapNanos, CLIENTS, attempts);
        // from the deadline on, a client polls (every 20 ms) for the result becoming visible
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<Instant> visible = watcher.submit(() -> {
            sleepUntil(deadline);
            try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'RESULT'")) {
                ps.setLong(1, notice);
                Instant until = deadline.plusSeconds(180);
                while (Instant.now().isBefore(until)) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            return Instant.now();
                        }
                    }
                    Thread.sleep(20);
                }
            }
            return null;
        });
        watcher.shutdown();
        assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "the storm ended");
        Instant stormEnd = Instant.now();

        // --- the result: the notice leaves PUBLISHED by itself, then the result is announced
        Fixtures.await("notice " + notice + " closed", 180, () -> !"PUBLISHED".equals(quiet(() -> Fixtures.status(notice))));
        Fixtures.await("result of notice " + notice + " recorded", 60,
                () -> quiet(() -> Fixtures.number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice)) > 0);

        Report report = measure(notice, deadline, attempts, visible.get(3, TimeUnit.MINUTES));
        report.lines.add(0, String.format("set-up: %d firms created and logged in in %.1f s; storm ended %.1f s after the deadline",
                FIRMS, setUp.toMillis() / 1000.0, Duration.between(deadline, stormEnd).toMillis() / 1000.0));
        String text = String.join(System.lineSeparator(), report.lines) + System.lineSeparator();
        System.out.println();
        System.out.print(text);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        report.setUpSeconds = setUp.toMillis() / 1000.0;
        return report;
    }

    /**
     * Each firm's session makes one request on the notice just before the storm: a connection left idle since the
     * login may have been closed by the server (keep-alive timeout), and a POST on it would fail on the client.
     */
    public static void warmUp(List<Bidder> bidders, long notice) throws Exception {
        ExecutorService warm = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> views = new ArrayList<>();
            for (Bidder b : bidders) {
                views.add(warm.submit(() -> b.web.get("/api/notices/" + notice + "/bids").statusCode()));
            }
            for (Future<Integer> v : views) {
                assertEquals(200, v.get(), "a firm sees the notice's bids");
            }
        } finally {
            warm.shutdown();
        }
    }

    static WebClient login(String user) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(user, PASSWORD).statusCode(), "login of " + user);
        return web;
    }

    /** Sends the firm's next submission (enrol first, then revisions); one firm's requests go one at a time. */
    public static Attempt send(Bidder b, long notice, Instant planned) {
        synchronized (b) {
            BigDecimal price = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(5_000_000, 6_000_001), 2);
            String method = b.enrolled ? "PUT" : "POST";
            String json = "{\"price\": " + price.toPlainString() + "}";
            Instant sent = Instant.now();
            int status;
            String body;
            try {
                HttpResponse<String> r = b.web.sendJson(method, "/api/notices/" + notice + "/bids", json);
                status = r.statusCode();
                body = r.body();
            } catch (Throwable e) {
                status = -1;
                body = String.valueOf(e);
            }
            Instant answered = Instant.now();
            Matcher receipt = RECEIPT.matcher(body);
            Matcher submitted = SUBMITTED.matcher(body);
            Matcher code = CODE.matcher(body);
            boolean ok = (status == 200 || status == 201) && receipt.find() && submitted.find();
            if (ok) {
                b.enrolled = true;
            }
            return new Attempt(b.index, method, price, planned, sent, answered, status,
                    code.find() ? code.group(1) : (status < 0 ? body : null),
                    ok ? receipt.group(1) : null, ok ? Instant.parse(submitted.group(1)) : null);
        }
    }

    /**
     * Starts the storm at {@code start}: attempt i is due at start + i * gap, for firm i % bidders; at most
     * {@code clients} in flight; each answer is added to {@code attempts}. Returns the (shut down) pool to await.
     */
    public static ExecutorService storm(List<Bidder> bidders, long notice, Instant start, int total, long gapNanos,
                                        int clients, List<Attempt> attempts) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        sleepUntil(start);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    Instant planned = start.plusNanos(i * gapNanos);
                    sleepUntil(planned);
                    attempts.add(send(bidders.get(i % bidders.size()), notice, planned));
                }
                return null;
            });
        }
        pool.shutdown();
        return pool;
    }

    /** What a storm gave: the printed lines, the correctness counts and the figures a comparison needs. */
    public static final class Report {
        public final List<String> lines = new ArrayList<>();
        public long missing;
        public long acceptedLate;
        /** Submissions attempted, of them sent before the deadline, and acknowledged (200/201 with a receipt). */
        public long attempted;
        public long sentBefore;
        public long acknowledged;
        /** Acknowledged receipts stamped before the deadline, per second of the window; and the busiest second's. */
        public double acknowledgedPerSecond;
        public long busiestSecond;
        /** Latency of the acknowledged bids, ms. */
        public double p50;
        public double p95;
        public double p99;
        /** How long creating the firms and logging them in took, s. */
        public double setUpSeconds;
    }

    /** Compares what the clients were told with what the database holds. */
    public static Report measure(long notice, Instant deadline, List<Attempt> attempts, Instant seen) throws Exception {
        Report rep = new Report();
        List<Attempt> all = new ArrayList<>(attempts);
        List<Attempt> acked = all.stream().filter(Attempt::acknowledged).toList();
        long sentBefore = all.stream().filter(a -> a.sent().isBefore(deadline)).count();
        long plannedBefore = all.stream().filter(a -> a.planned().isBefore(deadline)).count();
        long ackedLate = acked.stream().filter(a -> a.submittedAt() == null || !a.submittedAt().isBefore(deadline)).count();
        long refusedClosed = all.stream().filter(a -> "enrolment.error.closed".equals(a.code())).count();
        long refusedClosedSentBefore = all.stream()
                .filter(a -> "enrolment.error.closed".equals(a.code()) && a.sent().isBefore(deadline)).count();
        Map<String, Long> otherFailures = new HashMap<>();
        all.stream().filter(a -> !a.acknowledged() && !"enrolment.error.closed".equals(a.code()))
                .forEach(a -> otherFailures.merge(a.status() + " " + a.code(), 1L, Long::sum));

        Set<String> stored = new HashSet<>();
        long storedLate = 0;
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT s.receipt_hash, "
                + "s.submitted_at >= n.enrolment_deadline FROM enrolment_submission s JOIN enrolment e ON e.id = s.enrolment_id "
                + "JOIN notice n ON n.id = e.notice_id WHERE e.notice_id = ?")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                    storedLate += rs.getBoolean(2) ? 1 : 0;
                }
            }
        }
        Set<String> ackedHashes = new HashSet<>();
        acked.forEach(a -> ackedHashes.add(a.receipt()));
        long missing = ackedHashes.stream().filter(h -> !stored.contains(h)).count();
        long unacknowledged = stored.stream().filter(h -> !ackedHashes.contains(h)).count();

        // the receipt that counts for each firm is the last one it was given
        Map<Integer, Attempt> lastOfFirm = new HashMap<>();
        acked.forEach(a -> lastOfFirm.merge(a.firm(), a, (x, y) -> x.submittedAt().isAfter(y.submittedAt()) ? x : y));
        Set<String> counting = new HashSet<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT receipt_hash FROM enrolment WHERE notice_id = ? AND status = 'ACTIVE'")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counting.add(rs.getString(1));
                }
            }
        }
        Set<String> expectedCounting = new HashSet<>();
        lastOfFirm.values().forEach(a -> expectedCounting.add(a.receipt()));
        BigDecimal lowest = lastOfFirm.values().stream().map(Attempt::price).min(Comparator.naturalOrder()).orElse(null);
        String amount = Fixtures.text("SELECT amount FROM selection_result WHERE notice_id = ? ORDER BY round LIMIT 1", notice);

        List<Long> latencies = acked.stream().map(Attempt::micros).sorted().toList();
        List<Long> allLatencies = all.stream().filter(a -> a.status() > 0).map(Attempt::micros).sorted().toList();
        Instant selected = instant("SELECT MIN(selected_at) FROM selection_result WHERE notice_id = ?", notice);
        Instant announced = instant("SELECT MIN(published_at) FROM announcement WHERE notice_id = ? AND kind = 'RESULT'", notice);
        Instant closed = instant("SELECT MIN(occurred_at) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                + "AND action = 'NOTICE_CLOSED'", String.valueOf(notice));

        rep.missing = missing;
        rep.acceptedLate = storedLate + ackedLate;
        rep.attempted = all.size();
        rep.sentBefore = sentBefore;
        rep.acknowledged = acked.size();
        rep.p50 = pct(latencies, 50) / 1000.0;
        rep.p95 = pct(latencies, 95) / 1000.0;
        rep.p99 = pct(latencies, 99) / 1000.0;
        List<String> l = rep.lines;
        l.add("Bid storm on notice " + notice + " (LOWEST_PRICE, " + FIRMS + " firms, " + CLIENTS + " clients, deadline "
                + deadline + ")");
        l.add(row("submissions attempted", all.size()) + "  (planned before the deadline: " + plannedBefore
                + ", sent before it: " + sentBefore + ")");
        l.add(row("bids acknowledged (200/201 + receipt)", acked.size()));
        l.add(row("bids stored (enrolment_submission)", stored.size()));
        l.add(row("acknowledged but missing (must be 0)", missing));
        l.add(row("accepted after the deadline (must be 0)", rep.acceptedLate) + "  (stored rows at/after it: " + storedLate
                + ", receipts stamped at/after it: " + ackedLate + ")");
        l.add(row("stored but not acknowledged", unacknowledged));
        l.add(row("refused: enrolment closed", refusedClosed) + "  (of them sent before the deadline: "
                + refusedClosedSentBefore + ")");
        l.add(row("other failures", otherFailures.values().stream().mapToLong(Long::longValue).sum())
                + (otherFailures.isEmpty() ? "" : "  " + otherFailures));
        l.add(row("receipts that count = last acknowledged per firm", counting.equals(expectedCounting) ? "yes" : "NO")
                + "  (" + counting.size() + " active enrolments)");
        l.add(row("winning amount = lowest last price", lowest != null && amount != null
                && lowest.compareTo(new BigDecimal(amount)) == 0 ? "yes" : "NO") + "  (" + amount + ")");
        l.add(row("latency acknowledged p50 / p95 / p99 / max", ms(pct(latencies, 50)) + " / " + ms(pct(latencies, 95))
                + " / " + ms(pct(latencies, 99)) + " / " + ms(latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1))
                + " ms"));
        l.add(row("latency all answers p50 / p95 / p99", ms(pct(allLatencies, 50)) + " / " + ms(pct(allLatencies, 95))
                + " / " + ms(pct(allLatencies, 99)) + " ms"));
        rep.acknowledgedPerSecond = acked.stream().filter(a -> a.submittedAt().isBefore(deadline)).count()
                / (double) WINDOW_SECONDS;
        l.add(row("acknowledged per second (before the deadline)", String.format("%.0f /s", rep.acknowledgedPerSecond)));
        // the busiest stretch: acknowledged receipts per second of server time, over the best whole second
        Map<Long, Long> perSecond = new HashMap<>();
        acked.forEach(a -> perSecond.merge(a.submittedAt().toEpochMilli() / 1000, 1L, Long::sum));
        rep.busiestSecond = perSecond.values().stream().mapToLong(Long::longValue).max().orElse(0);
        l.add(row("acknowledged per second (busiest second)", rep.busiestSecond + " /s"));
        // selected_at and the RESULT announcement's published_at are both the instant the selection task started
        l.add(row("deadline -> selection task fired (selected_at)", after(deadline, selected)
                + "  (RESULT published_at: " + after(deadline, announced) + ")"));
        l.add(row("deadline -> notice closed (audit NOTICE_CLOSED)", after(deadline, closed)));
        l.add(row("deadline -> result visible to a client (20 ms poll)", after(deadline, seen)));
        return rep;
    }

    public static String row(String label, Object value) {
        return String.format("  %-50s %s", label, value);
    }

    static String after(Instant deadline, Instant at) {
        return at == null ? "n/a" : Duration.between(deadline, at).toMillis() + " ms";
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static String ms(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }

    public static Instant instant(String sql, Object... params) throws Exception {
        String s = Fixtures.text(sql.replaceFirst("SELECT (.+?) FROM", "SELECT DATE_FORMAT($1, '%Y-%m-%d %H:%i:%s.%f') FROM"),
                params);
        return s == null ? null : LocalDateTime.parse(s, SQL_TIME).toInstant(ZoneOffset.UTC);
    }

    static boolean reachable() {
        try {
            return new WebClient().get("/health/ready").statusCode() == 200;
        } catch (Throwable e) {
            return false;
        }
    }

    public static void sleepUntil(Instant at) throws InterruptedException {
        long ms = Duration.between(Instant.now(), at).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    public interface Query<T> {
        T get() throws Exception;
    }

    public static <T> T quiet(Query<T> q) {
        try {
            return q.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
