package org.zjcs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.bench.Load;
import org.zjcs.support.WebClient;

/**
 * What database sessions cost (docs/scaling.md, "Sessions"): requests per second of a logged-in Faces page (firm01's
 * workspace, as in the performance suite), sent to each Liberty node directly (not through the balancer), each node in
 * the session mode its configuration has (database when {@code configDropins/overrides/sessions.xml} exists, else
 * memory), one after the other, and the size of the session rows. Appends its rows to
 * {@code target/cluster-checks/session-cost.txt}. Settings: {@code zjcs.perf.connections} (8),
 * {@code zjcs.perf.warmup.seconds} (5), {@code zjcs.perf.seconds} (15).
 */
class SessionCostCheck {

    @Test
    void requestsPerSecondOfALoggedInPage() throws Exception {
        int connections = Integer.getInteger("zjcs.perf.connections", 8);
        double warmup = Double.parseDouble(System.getProperty("zjcs.perf.warmup.seconds", "5"));
        double seconds = Double.parseDouble(System.getProperty("zjcs.perf.seconds", "15"));
        String previous = System.getProperty("zjcs.it.baseUrl");
        List<String> rows = new ArrayList<>();
        try {
            for (int node = 1; node <= 2; node++) {
                System.setProperty("zjcs.it.baseUrl", Cluster.nodeUrl(node));
                WebClient firm = new WebClient();
                HttpResponse<String> login = firm.login("firm01", SessionFailoverCheck.PASSWORD);
                assertEquals(302, login.statusCode(), "firm01 logs in on node " + node);
                String mode = Files.exists(Cluster.dir().resolve("wlp-usr/servers/zjcsNode" + node
                        + "/configDropins/overrides/sessions.xml")) ? "database" : "memory";
                Load.Result r = new Load(URI.create(Cluster.nodeUrl(node))).run("node " + node, "/firm/index.xhtml",
                        "JSESSIONID=" + firm.sessionId(), connections, warmup, seconds);
                String row = String.format("%s  node %d, %-8s sessions: %7.1f requests/s, p50 %6.1f ms, p95 %6.1f ms,"
                                + " %d requests, %d errors%s; session rows: %s", java.time.Instant.now(), node, mode,
                        r.perSecond(), r.percentileMillis(50), r.percentileMillis(95), r.requests(), r.errors(),
                        r.firstError() == null ? "" : " (first: " + r.firstError() + ")", rowSizes());
                System.out.println(row);
                rows.add(row);
            }
        } finally {
            if (previous == null) {
                System.clearProperty("zjcs.it.baseUrl");
            } else {
                System.setProperty("zjcs.it.baseUrl", previous);
            }
            Files.write(Cluster.out().resolve("session-cost.txt"), rows, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** How many session rows, their mean and largest size (bytes of the serialized attributes). */
    static String rowSizes() throws Exception {
        try (Connection c = Cluster.db(1); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*), AVG(n), MAX(n) FROM (SELECT COALESCE(LENGTH(small), 0) + COALESCE(LENGTH(medium), 0)"
                        + " + COALESCE(LENGTH(large), 0) AS n FROM zjcs_sessions.sessions) s")) {
            rs.next();
            return rs.getLong(1) + ", mean " + rs.getLong(2) + " B, largest " + rs.getLong(3) + " B";
        }
    }
}
