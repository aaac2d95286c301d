package org.zjcs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zjcs.audit.cli.VerifyAuditChain;
import org.zjcs.bench.BidStormBench;
import org.zjcs.bench.BidStormBench.Attempt;
import org.zjcs.bench.BidStormBench.Bidder;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.draw.ProofVerifier;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The fault test of issue 19 (docs/scaling.md, "The fault test"; {@code scripts/cluster fault-test}): against the
 * running cluster, through the balancer, an owner publishes a notice, many firms bid on it in the seconds before its
 * deadline, one Liberty node is killed ({@code kill -9}) 5 s before the deadline and Galera node 1 (where every
 * application node writes) at the deadline. Then: every acknowledged bid is stored, none is accepted at or after the
 * deadline, there is exactly one selection and one RESULT announcement, the draw proof verifies, a session on the
 * surviving node goes on, the audit chain verifies; the killed nodes are started again and the chain verifies on the
 * rejoined Galera node too.
 *
 * <p>The cluster runs the real clock, and a notice's deadline can be set no sooner than a few working days ahead
 * (notice.enrolment.min-working-days): as {@link BidStormBench} does, the check publishes the notice with the
 * earliest deadline the form allows and then <em>moves the deadline in the database</em> to about
 * {@code zjcs.fault.lead.seconds} (30) ahead. A moved deadline reaches no node as an event: the nodes learn it from
 * their look-ahead scan ({@code zjcs.selection.scan.seconds}, 10 s), which both run before the kill.
 *
 * <p>Sizes: {@code zjcs.bench.firms} (150), {@code zjcs.bench.bids} (600 in the window),
 * {@code zjcs.bench.window.seconds} (12), {@code zjcs.bench.after.seconds} (3), {@code zjcs.bench.clients} (50);
 * {@code zjcs.fault.galera.node} (1): the Galera node killed at the deadline.
 */
class ClusterFaultCheck {

    static {
        // the test helpers (WebClient, Fixtures, BidStormBench) read these: point them at the cluster, before
        // BidStormBench reads its sizes
        System.setProperty("zjcs.it.baseUrl", Cluster.baseUrl());
        System.setProperty("zjcs.it.db.url", "jdbc:mysql://127.0.0.1:" + Cluster.dbPort(1) + ",127.0.0.1:"
                + Cluster.dbPort(2) + ",127.0.0.1:" + Cluster.dbPort(3) + "/zjcs?characterEncoding=UTF-8&useSSL=false"
                + "&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&connectTimeout=3000&failOverReadOnly=false");
        System.setProperty("zjcs.it.db.user", "zjcs");
        System.setProperty("zjcs.it.db.password", Cluster.dbPassword());
        defaultProperty("zjcs.bench.firms", "150");
        defaultProperty("zjcs.bench.bids", "600");
        defaultProperty("zjcs.bench.window.seconds", "12");
        defaultProperty("zjcs.bench.after.seconds", "3");
        defaultProperty("zjcs.bench.clients", "50");
    }

    static final int FIRMS = Integer.getInteger("zjcs.bench.firms");
    static final int BIDS = Integer.getInteger("zjcs.bench.bids");
    static final int WINDOW_SECONDS = Integer.getInteger("zjcs.bench.window.seconds");
    static final int AFTER_SECONDS = Integer.getInteger("zjcs.bench.after.seconds");
    static final int CLIENTS = Integer.getInteger("zjcs.bench.clients");
    static final int LEAD_SECONDS = Integer.getInteger("zjcs.fault.lead.seconds", 30);
    static final int GALERA_NODE = Integer.getInteger("zjcs.fault.galera.node", 1);
    static final int LOGIN_THREADS = 4;
    static final long ITEM = 3;
    static final String OWNER = "owner01";
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @Test
    void bidStormSurvivesAKilledLibertyNodeAndAKilledGaleraNode() throws Exception {
        Instant t0 = Instant.now();
        for (int n = 1; n <= 2; n++) {
            assertEquals(200, status(Cluster.nodeUrl(n) + "/health/ready"), "Liberty node " + n + " ready");
        }
        for (int g = 1; g <= 3; g++) {
            try (java.sql.Connection c = Cluster.db(g); java.sql.ResultSet rs = c.createStatement().executeQuery(
                    "SHOW GLOBAL STATUS LIKE 'wsrep_cluster_size'")) {
                assertTrue(rs.next() && rs.getInt(2) == 3, "Galera node " + g + " in a cluster of 3");
            }
        }
        note("fault test on " + Cluster.baseUrl() + " (state " + Cluster.dir() + "), started " + t0);

        // --- set-up: the firms (as BidStormBench makes them), their sessions (a few logins at a time), the notice
        List<String> usernames = Fixtures.firms(FIRMS, ITEM, OWNER);
        List<Bidder> bidders = new ArrayList<>();
        ExecutorService logins = Executors.newFixedThreadPool(LOGIN_THREADS);
        try {
            List<Future<WebClient>> sessions = new ArrayList<>();
            for (int i = 0; i < usernames.size(); i++) {
                String u = usernames.get(i);
                String address = "10.19." + (i / 250) + "." + (i % 250 + 1);
                sessions.add(logins.submit(() -> login(u, address)));
            }
            for (int i = 0; i < sessions.size(); i++) {
                bidders.add(new Bidder(i, sessions.get(i).get()));
            }
        } finally {
            logins.shutdown();
        }
        WebClient owner = login(OWNER, "10.19.250.1");
        int ownerNode = nodeOf(owner);
        int killedApp = ownerNode == 1 ? 2 : 1; // the owner's session lives on the node that survives
        long caseId = Fixtures.caseOf(Fixtures.text("SELECT o.credit_code FROM user_account u "
                + "JOIN organisation o ON o.id = u.organisation_id WHERE u.username = ?", OWNER));
        long notice = Fixtures.publish(owner, "Fault test " + System.nanoTime(), ITEM, "LOWEST_PRICE", null, "50000",
                "60000", 3, caseId);
        Map<Integer, Integer> perNode = new TreeMap<>();
        bidders.forEach(b -> perNode.merge(nodeOf(b.web), 1, Integer::sum));
        note(String.format("set-up: %d firms logged in (sessions per Liberty node %s), owner on node %d, notice %d "
                + "published through the balancer, in %.1f s", FIRMS, perNode, ownerNode, notice,
                Duration.between(t0, Instant.now()).toMillis() / 1000.0));
        BidStormBench.warmUp(bidders, notice);

        // the deadline moved in the database (the real clock runs; the form allows days ahead only)
        Instant deadline = Instant.now().plusSeconds(LEAD_SECONDS).truncatedTo(ChronoUnit.MILLIS);
        Fixtures.sql("UPDATE notice SET enrolment_deadline = ? WHERE id = ?",
                SQL_TIME.format(LocalDateTime.ofInstant(deadline, ZoneOffset.UTC)), notice);
        note("deadline moved in the database to " + deadline + " (" + LEAD_SECONDS + " s ahead)");

        // --- the storm, and the two kills on their own thread
        Instant appKill = deadline.minusSeconds(5);
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        Future<Instant> appKilled = killer.schedule(() -> kill("app", killedApp),
                Math.max(0, Duration.between(Instant.now(), appKill).toMillis()), TimeUnit.MILLISECONDS);
        Future<Instant> dbKilled = killer.schedule(() -> kill("db", GALERA_NODE),
                Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
        killer.shutdown();
        int total = BIDS + BIDS * AFTER_SECONDS / WINDOW_SECONDS;
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        boolean restarted = false;
        try {
            ExecutorService clients = BidStormBench.storm(bidders, notice, deadline.minusSeconds(WINDOW_SECONDS), total,
                    WINDOW_SECONDS * 1_000_000_000L / BIDS, CLIENTS, attempts);
            assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "the storm ended");
            Instant killedAppAt = appKilled.get(1, TimeUnit.MINUTES);
            Instant killedDbAt = dbKilled.get(1, TimeUnit.MINUTES);
            note(String.format("kill -9 of Liberty node %d at deadline %+d ms, of Galera node %d at deadline %+d ms; "
                    + "storm ended %.1f s after the deadline", killedApp, Duration.between(deadline, killedAppAt).toMillis(),
                    GALERA_NODE, Duration.between(deadline, killedDbAt).toMillis(),
                    Duration.between(deadline, Instant.now()).toMillis() / 1000.0));

            // --- the outcome
            Fixtures.await("notice " + notice + " closed", 180, () -> !"PUBLISHED".equals(BidStormBench.quiet(() -> Fixtures.status(notice))));
            Fixtures.await("result of notice " + notice + " recorded", 60, () -> BidStormBench.quiet(() -> Fixtures.number(
                    "SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice)) > 0);
            Thread.sleep(3000); // a second selection, were there one, would have a moment to show
            BidStormBench.Report report = BidStormBench.measure(notice, deadline, attempts, null);
            log.addAll(report.lines);
            acknowledgedAfterKill(attempts, appKill, killedApp);

            long selections = Fixtures.number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice);
            long results = Fixtures.number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'RESULT'", notice);
            long closings = Fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                    + "AND action = 'NOTICE_CLOSED'", String.valueOf(notice));
            note(BidStormBench.row("selections / RESULT announcements / NOTICE_CLOSED", selections + " / " + results + " / "
                    + closings));

            HttpResponse<String> proofJson = new WebClient().get("/api/notices/" + notice + "/proof");
            ProofVerifier.Verification v = proofJson.statusCode() == 200 ? ProofVerifier.verify(Proof.parse(proofJson.body()))
                    : null;
            note(BidStormBench.row("draw proof (GET /api/notices/" + notice + "/proof) verifies", v == null
                    ? "HTTP " + proofJson.statusCode() : v.verified() ? "yes" : "NO " + v.mismatches()));

            HttpResponse<String> workspace = owner.get("/owner/index.xhtml");
            boolean sessionGoesOn = workspace.statusCode() == 200 && nodeOf(owner) == ownerNode;
            note(BidStormBench.row("owner's session on node " + ownerNode + " goes on", sessionGoesOn ? "yes" : "NO (HTTP "
                    + workspace.statusCode() + ")"));

            String chain = auditChain(GALERA_NODE == 1 ? 2 : 1);
            note(BidStormBench.row("audit chain (surviving Galera node)", chain));

            // --- the killed nodes back, and the chain on the rejoined database node
            restart("db", GALERA_NODE);
            restart("app", killedApp);
            restarted = true;
            String rejoined = auditChain(GALERA_NODE);
            note(BidStormBench.row("audit chain (Galera node " + GALERA_NODE + " after rejoining)", rejoined));
            note(BidStormBench.row("readiness after the restarts (node 1 / node 2 / balancer)",
                    status(Cluster.nodeUrl(1) + "/health/ready") + " / " + status(Cluster.nodeUrl(2) + "/health/ready")
                            + " / " + status(Cluster.baseUrl() + "/health/ready")));

            assertEquals(0, report.missing, "acknowledged bids missing from the database");
            assertEquals(0, report.acceptedLate, "bids accepted at or after the deadline");
            assertTrue(attempts.stream().anyMatch(Attempt::acknowledged), "bids were acknowledged");
            assertEquals(1, selections, "exactly one selection");
            assertEquals(1, results, "exactly one RESULT announcement");
            assertEquals(1, closings, "the notice closed once");
            assertNotNull(v, "the proof is published");
            assertTrue(v.verified(), "the draw proof verifies: " + v.mismatches());
            assertTrue(sessionGoesOn, "the session on the surviving node goes on");
            assertTrue(chain.startsWith("Audit chain intact"), chain);
            assertTrue(rejoined.startsWith("Audit chain intact"), rejoined);
        } finally {
            if (!restarted) {
                restartQuietly("db", GALERA_NODE);
                restartQuietly("app", killedApp);
            }
            String text = String.join(System.lineSeparator(), log) + System.lineSeparator();
            System.out.println();
            System.out.print(text);
            Files.writeString(Cluster.out().resolve("fault-test.txt"), text, StandardCharsets.UTF_8);
        }
    }

    /** Logged in as {@code user}, seen as coming from {@code address}; retried: logins refused as busy are by design. */
    static WebClient login(String user, String address) throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < 10; attempt++) {
            if (attempt > 0) {
                Thread.sleep(1000L * attempt);
            }
            WebClient web = new WebClient(address);
            try {
                status = web.login(user, It.DEMO_PASSWORD).statusCode();
            } catch (RuntimeException e) {
                status = -1;
            }
            if (status == 302) {
                return web;
            }
        }
        throw new AssertionError("login of " + user + ": HTTP " + status + " after 10 attempts");
    }

    /** The Liberty node holding a client's session: HAProxy prefixes the session cookie with n1~ or n2~. */
    static int nodeOf(WebClient web) {
        String id = web.sessionId();
        assertNotNull(id, "a session cookie");
        assertTrue(id.matches("n\\d+~.*"), "the balancer's node prefix in " + id);
        return Integer.parseInt(id.substring(1, id.indexOf('~')));
    }

    private Instant kill(String kind, int node) throws Exception {
        Instant at = Instant.now();
        Cluster.script("kill-node", kind, String.valueOf(node));
        return at;
    }

    private void restart(String kind, int node) throws Exception {
        Instant at = Instant.now();
        Cluster.script("start-node", kind, String.valueOf(node));
        note(String.format("start-node %s %d: back in %.1f s", kind, node, Duration.between(at, Instant.now()).toMillis() / 1000.0));
    }

    private void restartQuietly(String kind, int node) {
        try {
            restart(kind, node);
        } catch (Exception e) {
            note("start-node " + kind + " " + node + ": " + e.getMessage());
        }
    }

    /** What the clients on each node were told after the Liberty node's kill. */
    private void acknowledgedAfterKill(List<Attempt> attempts, Instant appKill, int killedApp) {
        long after = attempts.stream().filter(a -> a.sent().isAfter(appKill)).count();
        long ackedAfter = attempts.stream().filter(a -> a.sent().isAfter(appKill) && a.acknowledged()).count();
        note(BidStormBench.row("sent after the Liberty kill / acknowledged", after + " / " + ackedAfter
                + "  (sessions of node " + killedApp + " end with it)"));
    }

    /** The audit chain verifier (org.zjcs.audit.cli.VerifyAuditChain) on one Galera node: its first line. */
    static String auditChain(int galeraNode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String url = "jdbc:mysql://127.0.0.1:" + Cluster.dbPort(galeraNode) + "/zjcs?characterEncoding=UTF-8&useSSL=false"
                + "&allowPublicKeyRetrieval=true&connectionTimeZone=UTC";
        int exit = VerifyAuditChain.run(new String[] {"--url", url, "--user", "zjcs", "--password", Cluster.dbPassword()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).strip();
        String first = text.isEmpty() ? "(no output)" : text.lines().findFirst().orElse("");
        return exit == 0 ? first : "exit " + exit + ": " + first;
    }

    static int status(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private void note(String line) {
        log.add(line);
        System.out.println(line);
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
