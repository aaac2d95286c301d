package org.zjcs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.bench.BidStormBench;
import org.zjcs.bench.Load;
import org.zjcs.bench.PerfSuite;
import org.zjcs.support.WebClient;

/**
 * Throughput through the balancer on one Liberty node and on two, side by side in the same cluster and the same run
 * (issue 19 item 6; docs/scaling.md, "Throughput: one node and two"). The rows are the performance suite's public pages
 * ({@link PerfSuite#publicPages}, {@link PerfSuite#uncachedPages}) measured by its load client ({@link Load}), then the
 * bid storm ({@link BidStormBench#storm}). Node 2 is taken out of HAProxy and put back through its admin socket
 * ({@code <state>/haproxy.sock}, written by {@code scripts/cluster up}): "one node" is node 1 alone behind the same
 * balancer, the rest of the cluster (Galera, node 2's idle JVM) unchanged. Each row is measured on both sides one
 * right after the other (two nodes first on every other row, one node first on the others), and each figure is also
 * given as a share of the baseline (the no-work {@code /health/live}) of the same side in the same run, as the suite
 * does. The balancer's own counters tell how many requests each node answered.
 * HAProxy's readiness checks are off during the run (and on again at its end): a node saturated on purpose answers them
 * later than their 2 s and would be taken out.
 *
 * <p>Run by {@code scripts/cluster throughput} (the {@code cluster} profile) against a cluster that is up with two nodes
 * and the demo data; never asserts a time: fails only when a page does not answer 200, when node 2 cannot be taken out
 * or put back, or when a storm loses an acknowledged bid or accepts one late. Sizes: the suite's
 * {@code zjcs.perf.connections}, {@code .warmup.seconds}, {@code .seconds} (here 50, 5, 10 by default) and the storm's
 * {@code zjcs.bench.*} (here 150 firms, 3,000 submissions in 10 s, 150 clients, logins 4 at a time by default).
 * Output: stdout and {@code target/cluster-checks/throughput.txt} (and a time-stamped copy), the storms' reports beside it.
 */
class ClusterThroughputCheck {

    private static final String BACKEND = "liberty";
    /** {@code zjcs.cluster.throughput.storm=false}: the page rows only. */
    private static final boolean STORM = Boolean.parseBoolean(System.getProperty("zjcs.cluster.throughput.storm", "true"));
    /** {@code zjcs.cluster.throughput.only=home,detail}: the baselines and the rows whose name contains one of the words. */
    private static final String ONLY = System.getProperty("zjcs.cluster.throughput.only", "");

    @BeforeAll
    static void pointTheBenchesAtTheCluster() {
        // the benches' helpers (It, WebClient, Fixtures) read where the server and the database are from these
        System.setProperty("zjcs.it.baseUrl", Cluster.baseUrl());
        System.setProperty("zjcs.it.db.url", "jdbc:mysql://127.0.0.1:" + Cluster.dbPort(1) + "/zjcs?characterEncoding=UTF-8"
                + "&useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC");
        System.setProperty("zjcs.it.db.user", "zjcs");
        System.setProperty("zjcs.it.db.password", Cluster.dbPassword());
        // the cluster holds the demo data: a demo firm for the profile rows, and sizes that fit both sides in the
        // quiet window (each can be given on the command line)
        defaultProperty("zjcs.perf.user", "firm01");
        defaultProperty("zjcs.perf.seconds", "10");
        defaultProperty("zjcs.bench.firms", "150");
        defaultProperty("zjcs.bench.bids", "3000");
        defaultProperty("zjcs.bench.clients", "150");
        defaultProperty("zjcs.bench.login.threads", "4");
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null || System.getProperty(name).isBlank()) {
            System.setProperty(name, value);
        }
    }

    /** One measured row on one side: the load client's result and how many requests each node answered. */
    record Side(Load.Result result, long[] perNode) {
    }

    @Test
    void oneNodeAndTwo() throws Exception {
        Balancer lb = new Balancer(Cluster.dir().resolve("haproxy.sock"));
        assertEquals("UP", lb.status("node1"), "node 1 in the balancer (scripts/cluster up with two nodes)");
        assertEquals("UP", lb.status("node2"), "node 2 in the balancer (scripts/cluster up with two nodes)");
        Instant started = Instant.now();
        PerfSuite.Targets t = PerfSuite.targets();
        Map<String, String> rows = PerfSuite.publicPages(t);
        for (Map.Entry<String, String> r : rows.entrySet()) {
            assertEquals(200, new WebClient().get(r.getValue()).statusCode(), r.getKey() + " " + r.getValue() + " answers 200");
        }
        rows.putAll(PerfSuite.uncachedPages(t));
        rows.put("baseline again, at the end", "/health/live");
        if (!ONLY.isBlank()) {
            // a shorter run (while developing): the baselines and the rows whose name contains one of the words
            rows.keySet().removeIf(name -> !name.startsWith("baseline")
                    && java.util.Arrays.stream(ONLY.split(",")).noneMatch(w -> name.contains(w.trim())));
        }

        Load load = new Load(URI.create(Cluster.baseUrl()));
        lb.healthChecks(false);
        Map<String, Side> two = new LinkedHashMap<>();
        Map<String, Side> one = new LinkedHashMap<>();
        BidStormBench.Report stormOne;
        BidStormBench.Report stormTwo;
        try {
            // warm-up on two nodes: both JVMs, the database's buffer pool and every node's caches see every row
            for (Map.Entry<String, String> r : rows.entrySet()) {
                load.run(r.getKey(), r.getValue(), null, PerfSuite.CONNECTIONS, 0, PerfSuite.WARMUP);
            }
            int row = 0;
            for (Map.Entry<String, String> r : rows.entrySet()) {
                // two nodes first on one row, one node first on the next: neither side always comes second
                for (int nodes : row++ % 2 == 0 ? List.of(2, 1) : List.of(1, 2)) {
                    lb.nodes(nodes);
                    (nodes == 2 ? two : one).put(r.getKey(), measure(lb, load, r.getKey(), r.getValue()));
                }
                System.out.printf("%-36s 2 nodes %8.0f req/s   1 node %8.0f req/s%n", r.getKey(),
                        two.get(r.getKey()).result().perSecond(), one.get(r.getKey()).result().perSecond());
            }
            // the storm: each side logs in firms of its own while the balancer has that many nodes (a session stays on
            // the node that made it), one node first
            if (STORM) {
                lb.nodes(1);
                stormOne = BidStormBench.storm(Cluster.out().resolve("bid-storm-1-node.txt"));
                lb.nodes(2);
                stormTwo = BidStormBench.storm(Cluster.out().resolve("bid-storm-2-nodes.txt"));
            } else {
                stormOne = null;
                stormTwo = null;
            }
        } finally {
            lb.nodes(2);
            lb.healthChecks(true);
        }

        List<String> lines = report(started, two, one, stormOne, stormTwo, rows);
        String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.println();
        System.out.print(text);
        Path out = Cluster.out();
        Files.writeString(out.resolve("throughput.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("throughput-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC).format(Instant.now()) + ".txt"), text, StandardCharsets.UTF_8);

        for (String name : rows.keySet()) {
            for (Side s : List.of(two.get(name), one.get(name))) {
                assertEquals(0, s.result().errors(), name + " answered 200 every time (first error: "
                        + s.result().firstError() + ")");
            }
        }
        for (BidStormBench.Report storm : STORM ? List.of(stormOne, stormTwo) : List.<BidStormBench.Report>of()) {
            assertEquals(0, storm.missing, "acknowledged bids missing from the database");
            assertEquals(0, storm.acceptedLate, "bids accepted at or after the deadline");
        }
    }

    private static Side measure(Balancer lb, Load load, String name, String path) throws Exception {
        long[] before = lb.answered();
        Load.Result r = load.run(name, path, null, PerfSuite.CONNECTIONS, 2, PerfSuite.SECONDS);
        long[] after = lb.answered();
        return new Side(r, new long[] {after[0] - before[0], after[1] - before[1]});
    }

    private static List<String> report(Instant started, Map<String, Side> two, Map<String, Side> one,
                                       BidStormBench.Report stormOne, BidStormBench.Report stormTwo,
                                       Map<String, String> rows) throws Exception {
        List<String> l = new ArrayList<>();
        l.add("ZJCS throughput through the balancer, one Liberty node and two, " + DateTimeFormatter.ISO_INSTANT.format(started));
        l.add(PerfSuite.machine().replace("client, server and database on it",
                "load client, HAProxy, 2 Liberty nodes (one idle on the 1-node side) and 3 Galera nodes on it"));
        l.add(PerfSuite.database() + " (the cluster's demo data)");
        l.add(String.format("client: %d keep-alive connections to the balancer; a warm-up pass of %.0f s on every row (2 nodes), "
                + "then per row and side 2 s unmeasured and %.0f s measured, the sides one right after the other (2 nodes first "
                + "on every other row); {n}: a new number for each request", PerfSuite.CONNECTIONS, PerfSuite.WARMUP, PerfSuite.SECONDS));
        l.add("");
        l.add(String.format("%-36s | %9s %8s %9s %13s | %9s %8s %9s | %6s", "request", "2n req/s", "p95 ms", "baseline",
                "node1/node2", "1n req/s", "p95 ms", "baseline", "2n/1n"));
        Load.Result base2 = two.values().iterator().next().result();
        Load.Result base1 = one.values().iterator().next().result();
        for (String name : rows.keySet()) {
            Load.Result a = two.get(name).result();
            Load.Result b = one.get(name).result();
            long[] split = two.get(name).perNode();
            l.add(String.format("%-36s | %9.0f %8.1f %8.1f%% %6d/%-6d | %9.0f %8.1f %8.1f%% | %6.2f", name, a.perSecond(),
                    a.percentileMillis(95), 100 * a.perSecond() / base2.perSecond(), split[0], split[1], b.perSecond(),
                    b.percentileMillis(95), 100 * b.perSecond() / base1.perSecond(), a.perSecond() / b.perSecond()));
        }
        if (stormOne != null) {
            storms(l, stormOne, stormTwo, base1, base2);
        }
        l.add("");
        l.add("2 nodes: both in the balancer, round robin; node1/node2: requests each node answered in the measured row "
                + "(HAProxy's counters). 1 node: node 2 disabled on HAProxy's admin socket. Storm reports: "
                + "bid-storm-2-nodes.txt, bid-storm-1-node.txt");
        l.add("");
        for (Map.Entry<String, String> r : rows.entrySet()) {
            l.add(String.format("%-36s %s", r.getKey(), r.getValue()));
        }
        return l;
    }

    private static void storms(List<String> l, BidStormBench.Report stormOne, BidStormBench.Report stormTwo,
                               Load.Result base1, Load.Result base2) {
        l.add("");
        l.add(String.format("bid storm: %d firms (new, logged in %d at a time through the balancer), %d submissions planned in "
                + "the last %d s before a LOWEST_PRICE notice's deadline and %d s after it, %d client threads",
                BidStormBench.FIRMS, BidStormBench.LOGIN_THREADS, BidStormBench.BIDS, BidStormBench.WINDOW_SECONDS,
                BidStormBench.AFTER_SECONDS, BidStormBench.CLIENTS));
        l.add(String.format("%-52s | %14s | %14s | %6s", "", "2 nodes", "1 node", "2n/1n"));
        storm(l, "acknowledged per second (before the deadline)", stormTwo.acknowledgedPerSecond, stormOne.acknowledgedPerSecond, "%.0f");
        storm(l, "  as a share of the side's baseline req/s (%)", 100 * stormTwo.acknowledgedPerSecond / base2.perSecond(),
                100 * stormOne.acknowledgedPerSecond / base1.perSecond(), "%.2f");
        storm(l, "acknowledged per second (busiest second)", stormTwo.busiestSecond, stormOne.busiestSecond, "%.0f");
        storm(l, "submissions sent before the deadline", stormTwo.sentBefore, stormOne.sentBefore, "%.0f");
        storm(l, "acknowledged (= stored: see the storms' reports)", stormTwo.acknowledged, stormOne.acknowledged, "%.0f");
        storm(l, "latency acknowledged p50 ms", stormTwo.p50, stormOne.p50, "%.1f");
        storm(l, "latency acknowledged p95 ms", stormTwo.p95, stormOne.p95, "%.1f");
        storm(l, "latency acknowledged p99 ms", stormTwo.p99, stormOne.p99, "%.1f");
        storm(l, "acknowledged but missing / accepted late (must be 0)", stormTwo.missing + stormTwo.acceptedLate,
                stormOne.missing + stormOne.acceptedLate, "%.0f");
        storm(l, "set-up: firms created and logged in, s", stormTwo.setUpSeconds, stormOne.setUpSeconds, "%.1f");
    }

    private static void storm(List<String> l, String label, double twoNodes, double oneNode, String format) {
        l.add(String.format("%-52s | %14s | %14s | %6s", label, String.format(format, twoNodes), String.format(format, oneNode),
                oneNode == 0 ? "-" : String.format("%.2f", twoNodes / oneNode)));
    }

    /**
     * HAProxy's admin socket ({@code stats socket … level admin} in the generated haproxy.cfg): one command per
     * connection, the answer read to the end.
     */
    static final class Balancer {

        private final Path socket;

        Balancer(Path socket) {
            assertTrue(Files.exists(socket), "no admin socket " + socket + " (a cluster started by scripts/cluster up from "
                    + "this version: scripts/cluster down, then up)");
            this.socket = socket;
        }

        String command(String command) throws IOException {
            try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                ch.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
                StringBuilder answer = new StringBuilder();
                ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
                while (ch.read(buf) >= 0) {
                    buf.flip();
                    answer.append(StandardCharsets.UTF_8.decode(buf));
                    buf.clear();
                }
                return answer.toString();
            }
        }

        /** The server's line of {@code show stat} (CSV: pxname, svname, …; status is field 18, stot field 8). */
        private String[] stat(String server) throws IOException {
            for (String line : command("show stat").split("\n")) {
                String[] f = line.split(",", -1);
                if (f.length > 17 && f[0].equals(BACKEND) && f[1].equals(server)) {
                    return f;
                }
            }
            throw new IllegalStateException("no server " + server + " in HAProxy's statistics");
        }

        /** UP, DOWN, MAINT, "no check", … as HAProxy sees the server. */
        String status(String server) throws IOException {
            return stat(server)[17];
        }

        /** Requests sent to node 1 and node 2 so far (HAProxy's cumulated sessions, one per request in HTTP mode). */
        long[] answered() throws IOException {
            return new long[] {Long.parseLong(stat("node1")[7]), Long.parseLong(stat("node2")[7])};
        }

        /** Two nodes in the balancer, or node 1 alone (node 2 in maintenance); waits until HAProxy reports it. */
        void nodes(int count) throws Exception {
            boolean maintenance = count == 1;
            if (maintenance == status("node2").startsWith("MAINT")) {
                return;
            }
            admin((maintenance ? "disable" : "enable") + " server " + BACKEND + "/node2");
            long until = System.nanoTime() + 30_000_000_000L;
            while (maintenance != status("node2").startsWith("MAINT")) {
                assertTrue(System.nanoTime() < until, "node 2 not " + (maintenance ? "in" : "out of")
                        + " maintenance after 30 s: " + status("node2"));
                Thread.sleep(200);
            }
        }

        /**
         * The readiness checks of both nodes on or off. Off while measuring: a node saturated on purpose answers
         * {@code /health/ready} later than the check's 2 s, and HAProxy would take it out (503 for every request
         * when it is the only one); the node then stays in as it was ("no check").
         */
        void healthChecks(boolean on) throws IOException {
            for (String node : List.of("node1", "node2")) {
                admin((on ? "enable" : "disable") + " health " + BACKEND + "/" + node);
            }
        }

        private void admin(String command) throws IOException {
            String answer = command(command).trim();
            assertTrue(answer.isEmpty(), "HAProxy refused " + command + ": " + answer);
        }
    }
}
