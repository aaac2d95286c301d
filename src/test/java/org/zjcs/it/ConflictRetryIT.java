package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * A real InnoDB deadlock on the test run's MariaDB, and {@code @RetryOnConflict} running the whole transaction again
 * (issue 19, item 4). The victim is a login: {@code LoginService.login} locks the audit chain's head
 * ({@code SELECT … FOR UPDATE}) and then inserts its {@code LOGIN} entry with the next id. This test's own transaction
 * first inserts a row with that very id (the login's insert then waits for it) and then asks for the head's lock,
 * which the login holds: a cycle, found by InnoDB at once. InnoDB rolls back the lighter transaction; this test's
 * transaction is made heavy on purpose (a few hundred rows in a ballast table of its own), so the login is the
 * victim (error 1213, SQLState 40001). The test then rolls its own transaction back. The login must succeed all the
 * same (302), its {@code LOGIN} entry must be stored exactly once, the node must count the conflict and the retry
 * (readiness {@code database} check), and the audit chain must still verify.
 */
class ConflictRetryIT {

    private static final String USER = "approver02";
    private static final String BALLAST = "conflict_it_ballast";
    private static final String ZEROS = "0".repeat(64);

    @Test
    void aLoginThatLosesAnInnoDbDeadlockIsRunAgainAndStoredOnce() throws Exception {
        long retriesBefore = figure("conflictRetries");
        try (Connection admin = It.db(); Statement s = admin.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + BALLAST + " (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB");
        }
        long lastId;
        CompletableFuture<HttpResponse<String>> login;
        try (Connection t = It.db()) {
            t.setAutoCommit(false);
            // weight: InnoDB rolls back the transaction that changed fewer rows
            try (Statement s = t.createStatement()) {
                StringBuilder rows = new StringBuilder();
                for (int i = 1; i <= 500; i++) {
                    rows.append(i == 1 ? "" : ",").append('(').append(i).append(')');
                }
                s.executeUpdate("INSERT INTO " + BALLAST + " (id) VALUES " + rows);
            }
            lastId = number(t, "SELECT last_id FROM audit_chain_head WHERE id = 1");
            try (PreparedStatement ps = t.prepareStatement("INSERT INTO audit_entry (id, occurred_at, actor, action,"
                    + " object_type, object_id, details, prev_hash, hash) VALUES (?, ?, 'conflict-it', 'CONFLICT_IT',"
                    + " 'Test', '0', '{}', ?, ?)")) {
                ps.setLong(1, lastId + 1);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setString(3, ZEROS);
                ps.setString(4, ZEROS);
                ps.executeUpdate();
            }
            WebClient web = new WebClient();
            login = CompletableFuture.supplyAsync(() -> web.login(USER, It.DEMO_PASSWORD));
            awaitLockWaitOnAuditEntry(t, login);
            try (Statement s = t.createStatement()) {
                // closes the cycle: the login holds the head and waits for our row; we now wait for the head
                s.executeQuery("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE").close();
            } catch (SQLException e) {
                fail("InnoDB chose this test's transaction as the deadlock's victim instead of the login's: " + e);
            }
            t.rollback(); // our row goes: the login's next attempt gets the id
        } finally {
            try (Connection admin = It.db(); Statement s = admin.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + BALLAST);
            }
        }
        HttpResponse<String> answer = login.get(120, TimeUnit.SECONDS);
        assertEquals(302, answer.statusCode(), "the login succeeded after its retry: " + answer.body());
        try (Connection c = It.db()) {
            assertEquals(1, number(c, "SELECT COUNT(*) FROM audit_entry WHERE id > " + lastId
                    + " AND action = 'LOGIN' AND actor = '" + USER + "'"), "the login's audit entry stored exactly once");
            assertEquals(0, number(c, "SELECT COUNT(*) FROM audit_entry WHERE action = 'CONFLICT_IT'"),
                    "the test's own row rolled back");
            assertEquals(number(c, "SELECT MAX(id) FROM audit_entry"), number(c, "SELECT last_id FROM audit_chain_head"),
                    "the head names the last entry");
        }
        long retriesAfter = figure("conflictRetries");
        System.out.printf("ConflictRetryIT: conflictRetries %d -> %d, writeConflicts now %d%n", retriesBefore,
                retriesAfter, figure("writeConflicts"));
        assertTrue(retriesAfter > retriesBefore, "the node counted the retry");
        AuditChainHealthIT.await("the audit chain verified and UP after the retried login", AuditChainHealthIT::up, 60);
    }

    /** Until a transaction (the login's) waits for a lock while inserting into audit_entry. */
    private static void awaitLockWaitOnAuditEntry(Connection t, CompletableFuture<HttpResponse<String>> login) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long ours = number(t, "SELECT CONNECTION_ID()");
        try (Connection watch = It.db(); Statement s = watch.createStatement()) {
            while (System.nanoTime() < until) {
                // the transaction waiting for a lock our transaction holds (the only lock it holds is on the test's
                // audit row): INNODB_LOCK_WAITS names the blocking transaction, whatever the waiting statement's text
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS w"
                        + " JOIN information_schema.INNODB_TRX b ON b.trx_id = w.blocking_trx_id"
                        + " WHERE b.trx_mysql_thread_id = " + ours)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                // after a crash recovery of the test database (DatabaseKillIT before this test) MariaDB 11.4 showed the
                // waiting transaction in neither INNODB_TRX nor INNODB_LOCK_WAITS, only in the process list
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> "
                        + ours + " AND COMMAND = 'Query' AND TIME >= 1 AND INFO LIKE 'INSERT INTO audit_entry%'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                if (login.isDone()) {
                    t.rollback();
                    fail("the login ended without waiting for the test's row: " + login.get().statusCode());
                }
                Thread.sleep(20);
            }
        }
        StringBuilder trx = new StringBuilder();
        try (Connection watch = It.db(); Statement s = watch.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT trx_mysql_thread_id, trx_state, trx_query FROM information_schema.INNODB_TRX")) {
            while (rs.next()) {
                trx.append("\n  thread ").append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(": ")
                        .append(rs.getString(3));
            }
        }
        try (Connection watch = It.db(); Statement s = watch.createStatement()) {
            try (ResultSet rs = s.executeQuery("XA RECOVER")) {
                while (rs.next()) {
                    trx.append("\n  XA prepared: ").append(rs.getString(4));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT ID, COMMAND, TIME, STATE, INFO FROM information_schema.PROCESSLIST")) {
                while (rs.next()) {
                    trx.append("\n  process ").append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(' ')
                            .append(rs.getLong(3)).append("s ").append(rs.getString(4)).append(": ").append(rs.getString(5));
                }
            }
        }
        t.rollback();
        fail("the login never waited for the test's audit row (this test's connection " + ours + "); transactions:" + trx);
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A number of the readiness check "database" (this node's conflict counters). */
    private static long figure(String name) {
        String body = new WebClient().get("/health/ready").body();
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(body);
        assertTrue(m.find(), name + " in the readiness answer: " + body);
        return Long.parseLong(m.group(1));
    }
}
