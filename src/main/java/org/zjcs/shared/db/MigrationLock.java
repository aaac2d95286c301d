package org.zjcs.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database server's named lock {@value #NAME}, held on one dedicated connection for the whole of a migration, so
 * that nodes started together migrate one after the other (docs/scaling.md, "Migrations"). A named lock belongs to the
 * session, not to a transaction: it survives the implicit commit of every DDL statement, unlike the row lock Flyway takes
 * on Galera. The database releases it when the connection ends, so a node that dies while migrating frees it.
 *
 * <p>Galera does not replicate named locks: they serialise the nodes that reach the same database node, which the
 * cluster's JDBC URLs ensure (every application node goes to Galera node 1 first). A server that refuses named locks
 * (MariaDB 10.6.13 and 10.11.3 did, on Galera) gets a warning and a migration without the lock.
 */
public final class MigrationLock implements AutoCloseable {

    public static final String NAME = "zjcs.migrate";

    private static final Logger LOG = Logger.getLogger(MigrationLock.class.getName());
    /** One GET_LOCK call waits at most this long, so that a waiting node logs its progress and no socket times out. */
    private static final int SLICE_SECONDS = 5;
    private static final long LOG_EVERY_MILLIS = 30_000;
    /** "This version of MariaDB doesn't yet support 'GET_LOCK in cluster (WSREP_ON=ON)'". */
    private static final int ER_NOT_SUPPORTED_YET = 1235;

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock, waiting up to {@code timeout} for another node's migration to finish.
     *
     * @throws IllegalStateException when the timeout passes first (the message names the lock, the holder's connection
     *     id and the setting)
     */
    public static MigrationLock acquire(DataSource dataSource, Duration timeout, String what) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            long lastLog = 0;
            boolean waited = false;
            int slice = 0; // the first attempt does not wait: a free lock is taken at once, without a log line
            while (true) {
                Boolean got;
                try {
                    got = getLock(c, slice);
                } catch (SQLException refused) {
                    if (refused.getErrorCode() != ER_NOT_SUPPORTED_YET) {
                        throw refused;
                    }
                    LOG.log(Level.WARNING, "The database refuses the named lock " + NAME + " (" + refused.getMessage()
                            + "): " + what + " without it. Start the application nodes one at a time.");
                    c.close();
                    return new MigrationLock(null);
                }
                long now = System.nanoTime();
                if (Boolean.TRUE.equals(got)) {
                    if (waited) {
                        LOG.info(() -> what + ": got the migration lock " + NAME + " after "
                                + Duration.ofNanos(now - start).toSeconds() + " s");
                    }
                    return new MigrationLock(c);
                }
                if (got == null) {
                    throw new IllegalStateException("GET_LOCK('" + NAME + "') failed (NULL): " + what + " not run");
                }
                if (now - deadline >= 0) {
                    String holder = holder(c);
                    c.close();
                    throw new IllegalStateException(what + ": gave up after " + timeout.toSeconds()
                            + " s waiting for the migration lock " + NAME + ", held by database connection " + holder
                            + " (another node migrating, or stuck: see that node's log; the wait is the setting"
                            + " zjcs.migrate.lock-timeout, in seconds)");
                }
                if (!waited || (now - lastLog) / 1_000_000 >= LOG_EVERY_MILLIS) {
                    String holder = holder(c);
                    long seconds = Duration.ofNanos(now - start).toSeconds();
                    LOG.info(() -> what + ": waiting for the migration lock " + NAME + ", held by database connection "
                            + holder + " (another node migrating); waited " + seconds + " s of at most "
                            + timeout.toSeconds() + " s");
                    lastLog = now;
                    waited = true;
                }
                slice = (int) Math.max(1, Math.min(SLICE_SECONDS, (deadline - now) / 1_000_000_000L + 1));
            }
        } catch (SQLException | RuntimeException e) {
            if (!c.isClosed()) {
                c.close();
            }
            throw e;
        }
    }

    /** Whether this lock is really held (false when the database refused named locks). */
    public boolean held() {
        return connection != null;
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        try (connection; PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, NAME);
            ps.executeQuery().close();
        }
    }

    private static Boolean getLock(Connection c, int seconds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, NAME);
            ps.setInt(2, seconds);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v == 1;
            }
        }
    }

    private static String holder(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String id = rs.getString(1);
                return id == null ? "(none any more)" : id;
            }
        } catch (SQLException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }
}
