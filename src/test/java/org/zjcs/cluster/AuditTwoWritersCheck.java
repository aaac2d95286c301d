package org.zjcs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.audit.cli.VerifyAuditChain;
import org.zjcs.support.WebClient;

/**
 * The audit chain stays one chain with two writers (issue 19, item 4): the cluster started with
 * {@code ZJCS_CLUSTER_WRITERS=spread}, so that Liberty node 1 writes through Galera node 1 and node 2 through Galera
 * node 2. Every audited action locks the chain's head row; on Galera that lock is local to one node, so two actions on
 * the two nodes at the same moment both get it and the second to commit fails certification (a deadlock error):
 * {@code @RetryOnConflict} runs it again. Many concurrent failed logins through the balancer (round robin: both
 * nodes), each audited ({@code LOGIN_FAILED}, or {@code LOGIN_THROTTLED} once the throttle holds the name back);
 * then: as many new entries as audited answers (none lost, none twice), ids without gaps, the same head on all three
 * Galera nodes, the chain verifies ({@link VerifyAuditChain}), and the figures (conflicts, retries, certification
 * failures) are written to {@code target/cluster-checks/audit-two-writers.txt}.
 *
 * <pre>
 * ZJCS_CLUSTER_WRITERS=spread ZJCS_CLUSTER_DIR=… ZJCS_CLUSTER_PORT_OFFSET=… scripts/cluster up
 * mvn -o -Pcluster verify -Dit.test=AuditTwoWritersCheck -Dzjcs.cluster.dir=… -Dzjcs.cluster.port.offset=…
 * </pre>
 */
class AuditTwoWritersCheck {

    private static final int THREADS = Integer.getInteger("zjcs.check.threads", 12);
    private static final int ATTEMPTS = Integer.getInteger("zjcs.check.attempts", 40);
    private static final String BAD = "登录名或密码错误";
    private static final String THROTTLED = "尝试次数过多";
    private static final String BUSY = "系统繁忙，请稍后再试";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void twoWritersKeepOneChain() throws Exception {
        System.setProperty("zjcs.it.baseUrl", Cluster.baseUrl());
        assertNotEquals(firstHost(1), firstHost(2), "the Liberty nodes write through different Galera nodes"
                + " (scripts/cluster up with ZJCS_CLUSTER_WRITERS=spread)");
        long headBefore = head(1);
        Map<String, Long> before = figures();
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis() % 100000, 36);
        for (int t = 0; t < THREADS; t++) {
            String user = "two-writers-" + run + "-" + t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < ATTEMPTS; i++) {
                    answers.computeIfAbsent(outcome(new WebClient().login(user, "wrong-" + i)), k -> new LongAdder())
                            .increment();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        Thread.sleep(2000); // Galera applies asynchronously on the other nodes after certification
        long audited = count(answers, "bad") + count(answers, "throttled");
        long headAfter = head(1);
        Map<String, Long> after = figures();
        StringBuilder report = new StringBuilder();
        report.append(String.format("AuditTwoWritersCheck: %d threads x %d failed logins through the balancer in %d s%n",
                THREADS, ATTEMPTS, seconds));
        report.append("answers: ").append(answers).append('\n');
        report.append(String.format("audit head %d -> %d: %d new entries for %d audited answers%n", headBefore,
                headAfter, headAfter - headBefore, audited));
        after.forEach((k, v) -> report.append(String.format("%s: %d -> %d (+%d)%n", k, before.getOrDefault(k, 0L), v,
                v - before.getOrDefault(k, 0L))));
        try (Connection c = Cluster.db(3)) {
            report.append("new entries by action: ").append(byAction(c, headBefore)).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int verified = VerifyAuditChain.run(new String[] {"--url", "jdbc:mysql://127.0.0.1:" + Cluster.dbPort(2)
                + "/zjcs?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC", "--user", "zjcs",
                "--password", Cluster.dbPassword()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        report.append("VerifyAuditChain on Galera node 2: ").append(out.toString(StandardCharsets.UTF_8).trim()).append('\n');
        System.out.print(report);
        Files.writeString(Cluster.out().resolve("audit-two-writers.txt"), report, StandardCharsets.UTF_8);

        assertEquals(0, verified, "the chain verifies: " + out);
        assertEquals(0, count(answers, "other"), "no unexpected answer: " + answers);
        for (int g = 1; g <= 3; g++) {
            try (Connection c = Cluster.db(g)) {
                assertEquals(headAfter, head(c), "the same head on Galera node " + g);
                assertEquals(headAfter, number(c, "SELECT COUNT(*) FROM audit_entry"), "ids 1.." + headAfter
                        + " without gaps on Galera node " + g);
                assertEquals(headAfter, number(c, "SELECT MAX(id) FROM audit_entry"), "Galera node " + g);
            }
        }
        try (Connection c = Cluster.db(1)) {
            long mine = number(c, "SELECT COUNT(*) FROM audit_entry WHERE id > " + headBefore
                    + " AND action IN ('LOGIN_FAILED', 'LOGIN_THROTTLED')");
            assertEquals(audited, mine, "one entry for each audited answer: none lost, none twice");
        }
        assertTrue(after.get("node1.writeConflicts") + after.get("node2.writeConflicts")
                >= before.get("node1.writeConflicts") + before.get("node2.writeConflicts"), "counters read");
    }

    private static String outcome(HttpResponse<String> r) {
        if (r.statusCode() == 503) {
            return "503";
        }
        String body = r.body();
        if (body.contains(THROTTLED)) {
            return "throttled";
        }
        if (body.contains(BAD)) {
            return "bad";
        }
        if (body.contains(BUSY)) {
            return "busy";
        }
        return "other";
    }

    private static long count(Map<String, LongAdder> answers, String key) {
        LongAdder a = answers.get(key);
        return a == null ? 0 : a.sum();
    }

    /** The first Galera host of a Liberty node's JDBC URL (its bootstrap.properties). */
    private static String firstHost(int node) throws Exception {
        String props = Files.readString(Cluster.dir().resolve("wlp-usr/servers/zjcsNode" + node + "/bootstrap.properties"));
        Matcher m = Pattern.compile("zjcs\\.db\\.url=jdbc:mysql://([^,/]+)").matcher(props);
        assertTrue(m.find(), "node " + node + "'s JDBC URL");
        return m.group(1);
    }

    /** Each Liberty node's conflict counters (readiness check "database") and each Galera node's certification figures. */
    private static Map<String, Long> figures() throws Exception {
        Map<String, Long> f = new LinkedHashMap<>();
        for (int n = 1; n <= 2; n++) {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(Cluster.nodeUrl(n) + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String name : List.of("writeConflicts", "conflictRetries", "conflictsGivenUp")) {
                Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(body);
                f.put("node" + n + "." + name, m.find() ? Long.parseLong(m.group(1)) : -1L);
            }
        }
        for (int g = 1; g <= 3; g++) {
            try (Connection c = Cluster.db(g); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                         + " ('wsrep_local_cert_failures', 'wsrep_local_bf_aborts', 'wsrep_local_commits')")) {
                while (rs.next()) {
                    f.put("galera" + g + "." + rs.getString(1), rs.getLong(2));
                }
            }
        }
        return f;
    }

    private static Map<String, Long> byAction(Connection c, long after) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT action, COUNT(*) FROM audit_entry"
                + " WHERE id > " + after + " GROUP BY action ORDER BY action")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }

    private static long head(int galeraNode) throws SQLException {
        try (Connection c = Cluster.db(galeraNode)) {
            return head(c);
        }
    }

    private static long head(Connection c) throws SQLException {
        return number(c, "SELECT last_id FROM audit_chain_head WHERE id = 1");
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
