package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * Issue 19: a node that does not fit the installation refuses to join (/health/ready DOWN with the reason, so the load
 * balancer sends it nothing). Against the test server: the sealing key's fingerprint recorded in the database changed
 * (as if this node had been started with another key) turns readiness DOWN naming the key; put back, UP again. A
 * migration newer than the server's WAR in the history turns it DOWN naming both versions; removed, UP again.
 */
class NodeFitIT {

    record Ready(int status, String body) {
    }

    static Ready ready() {
        HttpResponse<String> r = new WebClient().get("/health/ready");
        return new Ready(r.statusCode(), r.body());
    }

    static Ready await(String what, Predicate<Ready> done) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        Ready last = ready();
        while (!done.test(last) && System.nanoTime() < until) {
            Thread.sleep(300);
            last = ready();
        }
        assertTrue(done.test(last), what + ": " + last.status() + " " + last.body());
        return last;
    }

    static String fingerprint(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fingerprint FROM installation_key WHERE name = 'sealing'")) {
            assertTrue(rs.next(), "the first start recorded the sealing key's fingerprint");
            return rs.getString(1);
        }
    }

    static void setFingerprint(Connection c, String fp) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE installation_key SET fingerprint = ? WHERE name = 'sealing'")) {
            ps.setString(1, fp);
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    void aSealingKeyThatDiffersFromTheInstallationsTurnsReadinessDownWithTheReason() throws Exception {
        Ready before = await("ready at first", r -> r.status() == 200);
        assertTrue(before.body().replace(" ", "").contains("\"name\":\"installation-keys\",\"status\":\"UP\""),
                before.body());
        try (Connection c = It.db()) {
            String original = fingerprint(c);
            assertEquals(64, original.length());
            assertTrue(before.body().contains(original.substring(0, 16)), "readiness shows the fingerprint's first digits: "
                    + before.body());
            assertTrue(!before.body().contains(original.substring(16)), "and only those");
            String other = "0123456789abcdef".repeat(4);
            setFingerprint(c, other);
            try {
                Ready down = await("DOWN with the sealing key named", r -> r.status() == 503
                        && r.body().contains("the sealing key (zjcs.sealing.key) differs from the installation's"
                        + " (fingerprint 0123456789abcdef"));
                assertTrue(down.body().contains("this node's " + original.substring(0, 16)), down.body());
            } finally {
                setFingerprint(c, original);
            }
        }
        await("UP again once the fingerprint is the installation's", r -> r.status() == 200);
    }

    @Test
    void aSchemaNewerThanTheNodesWarTurnsReadinessDownNamingBothVersions() throws Exception {
        await("ready at first", r -> r.status() == 200);
        String newest;
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                    java.nio.file.Path.of("db-scripts/migration"))) {
                newest = String.valueOf(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
            }
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '9999', 'from a newer WAR',"
                    + " 'SQL', 'V9999__from_a_newer_war.sql', 1, 'NodeFitIT', 1, 1 FROM flyway_schema_history");
            try {
                Ready down = await("DOWN naming both versions", r -> r.status() == 503
                        && r.body().contains("the database's schema (version 9999) is newer than this node's newest"
                        + " migration (" + newest + ")"));
                assertTrue(down.body().contains("\"newestKnownMigration\""), down.body());
            } finally {
                s.execute("DELETE FROM flyway_schema_history WHERE version = '9999' AND installed_by = 'NodeFitIT'");
            }
        }
        await("UP again without the newer migration", r -> r.status() == 200);
    }
}
