package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.db.MigrationLock;
import org.zjcs.shared.db.Migrations;
import org.zjcs.support.It;

/**
 * Issue 19: nodes started together migrate once. Two threads run the application's migration entry point
 * ({@link Migrations#migrateSchema()}) at the same moment on the same fresh database of the test run's MariaDB, each
 * with its own connections, as two nodes would: every migration is applied exactly once and the history holds no failed
 * row. A node that cannot get the lock within its timeout fails with a clear message and migrates nothing; a schema with
 * a migration newer than the application knows is reported as such.
 */
class ConcurrentMigrationsIT {

    static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    static final String DB_TOGETHER = "zjcs_mig_" + SUFFIX + "a";
    static final String DB_TIMEOUT = "zjcs_mig_" + SUFFIX + "b";

    @BeforeAll
    static void databases() throws Exception {
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            for (String db : new String[] {DB_TOGETHER, DB_TIMEOUT}) {
                s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    @AfterAll
    static void dropDatabases() throws Exception {
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB_TOGETHER);
            s.execute("DROP DATABASE IF EXISTS " + DB_TIMEOUT);
        }
    }

    static String url(String db) {
        return It.dbUrl().replaceFirst("/zjcs\\?", "/" + db + "?");
    }

    static MysqlDataSource dataSource(String db) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl(url(db));
        ds.setUser("root");
        ds.setPassword("");
        return ds;
    }

    static Migrations migrations(String db, Duration timeout) {
        return new Migrations(dataSource(db), ConcurrentMigrationsIT.class.getClassLoader(), timeout);
    }

    static int shippedMigrations() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("db-scripts/migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    static long count(String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(db), "root", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void twoNodesStartingTogetherApplyEachMigrationOnce() throws Exception {
        int shipped = shippedMigrations();
        assertTrue(shipped > 40, "the project's migrations are found: " + shipped);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<MigrateResult>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (int node = 0; node < 2; node++) {
                results.add(nodes.submit(() -> {
                    go.await();
                    return migrations(DB_TOGETHER, Duration.ofMinutes(5)).migrateSchema();
                }));
            }
            go.countDown();
            int executed = 0;
            List<Integer> each = new ArrayList<>();
            for (Future<MigrateResult> r : results) {
                MigrateResult m = r.get();
                assertTrue(m.success, "each node's migrate() succeeded");
                each.add(m.migrationsExecuted);
                executed += m.migrationsExecuted;
            }
            System.out.printf("ConcurrentMigrationsIT: %d migrations applied by the two nodes as %s in %d ms%n",
                    executed, each, (System.nanoTime() - t0) / 1_000_000);
            assertEquals(shipped, executed, "together the two nodes applied each migration once: " + each);
            assertTrue(each.contains(0), "the node that waited found everything applied: " + each);
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(shipped, count(DB_TOGETHER,
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL AND success"));
        assertEquals(0, count(DB_TOGETHER, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"),
                "no failed row in the history");
        assertEquals(0, count(DB_TOGETHER, "SELECT COUNT(*) FROM (SELECT version FROM flyway_schema_history"
                + " WHERE version IS NOT NULL GROUP BY version HAVING COUNT(*) > 1) twice"), "no version twice");
        assertEquals(0, count(DB_TOGETHER, "SELECT COUNT(*) FROM (SELECT IS_USED_LOCK('" + MigrationLock.NAME
                + "') AS holder) l WHERE holder IS NOT NULL"), "the lock was released");

        // An older WAR against this schema: the database has a migration the application does not know.
        String newest = migrations(DB_TOGETHER, Duration.ofSeconds(5)).schemaStatus().newestKnown();
        assertFalse(migrations(DB_TOGETHER, Duration.ofSeconds(5)).schemaStatus().newerThanApplication());
        try (Connection c = DriverManager.getConnection(url(DB_TOGETHER), "root", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '9999', 'from a newer WAR',"
                    + " 'SQL', 'V9999__from_a_newer_war.sql', 1, 'test', 1, 1 FROM flyway_schema_history");
        }
        MigrateResult again = migrations(DB_TOGETHER, Duration.ofSeconds(5)).migrateSchema();
        assertEquals(0, again.migrationsExecuted, "the older node starts and migrates nothing");
        Migrations.Status status = migrations(DB_TOGETHER, Duration.ofSeconds(5)).schemaStatus();
        assertEquals("9999", status.currentVersion());
        assertEquals(newest, status.newestKnown());
        assertTrue(status.newerThanApplication(), "the schema is newer than the application: " + status);
    }

    @Test
    void aNodeThatWaitsLongerThanItsTimeoutFailsClearlyAndMigratesNothing() throws Exception {
        try (Connection holder = DriverManager.getConnection(url(DB_TIMEOUT), "root", "");
             Statement s = holder.createStatement()) {
            long holderId;
            try (ResultSet rs = s.executeQuery("SELECT GET_LOCK('" + MigrationLock.NAME + "', 5), CONNECTION_ID()")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the test holds the lock, as a node migrating would");
                holderId = rs.getLong(2);
            }
            long t0 = System.nanoTime();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> migrations(DB_TIMEOUT, Duration.ofSeconds(3)).migrateSchema());
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(waited >= 3_000 && waited < 15_000, "waited its timeout: " + waited + " ms");
            assertTrue(e.getMessage().contains("gave up after 3 s waiting for the migration lock zjcs.migrate, held by"
                    + " database connection " + holderId), e.getMessage());
            assertTrue(e.getMessage().contains("zjcs.migrate.lock-timeout"), e.getMessage());
            assertEquals(0, count(DB_TIMEOUT, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                    + DB_TIMEOUT + "'"), "nothing migrated");
            s.execute("DO RELEASE_LOCK('" + MigrationLock.NAME + "')");
        }
        MigrateResult after = migrations(DB_TIMEOUT, Duration.ofSeconds(30)).migrateSchema();
        assertEquals(shippedMigrations(), after.migrationsExecuted, "once the lock is free the node migrates");
    }
}
