package org.zjcs.audit.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.zjcs.audit.domain.AuditRecord;
import org.zjcs.audit.domain.ChainVerification;
import org.zjcs.audit.domain.ChainVerifier;

/**
 * Command-line verifier of the audit chain, reading the database directly (README, "Verify the audit log").
 * Exit status 0 when the chain is intact, 1 when it is broken, 2 on a usage or connection error.
 *
 * <pre>
 * VerifyAuditChain --url jdbc:mysql://host:3306/zjcs --user zjcs --password secret
 * </pre>
 * The URL, user and password may also come from ZJCS_DB_URL, ZJCS_DB_USER, ZJCS_DB_PASSWORD.
 */
public final class VerifyAuditChain {

    private static final int PAGE = 5000;

    private VerifyAuditChain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the verification and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String url = System.getenv("ZJCS_DB_URL");
        String user = System.getenv("ZJCS_DB_USER");
        String password = System.getenv("ZJCS_DB_PASSWORD");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                err.println("Missing value after " + a);
                return 2;
            }
            switch (a) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                default -> {
                    err.println("Unknown option " + a + "; usage: --url JDBC_URL [--user USER] [--password PASSWORD]");
                    return 2;
                }
            }
        }
        if (url == null || url.isBlank()) {
            err.println("No database URL: give --url or set ZJCS_DB_URL");
            return 2;
        }
        try (Connection c = DriverManager.getConnection(url, user == null ? "" : user, password == null ? "" : password)) {
            ChainVerification v = verify(c);
            if (v.intact()) {
                out.println("Audit chain intact: " + v.checkedEntries() + " entries verified.");
                return 0;
            }
            out.println("Audit chain BROKEN at entry " + v.firstBrokenId() + " (" + v.problem() + "); "
                    + v.checkedEntries() + " entries before it verified.");
            return 1;
        } catch (SQLException e) {
            err.println("Cannot read the audit chain: " + e.getMessage());
            return 2;
        }
    }

    static ChainVerification verify(Connection c) throws SQLException {
        // The head first: entries appended while the check runs are left for the next check.
        long headId;
        String headHash;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: is this a ZJCS database?");
            }
            headId = rs.getLong(1);
            headHash = rs.getString(2);
        }
        ChainVerifier verifier = new ChainVerifier();
        long next = 1;
        String sql = "SELECT id, occurred_at, actor, action, object_type, object_id, details, prev_hash, hash "
                + "FROM audit_entry WHERE id >= ? AND id <= ? ORDER BY id LIMIT " + PAGE;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            while (next <= headId) {
                ps.setLong(1, next);
                ps.setLong(2, headId);
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        // Stored as UTC wall-clock time (DATETIME(6)); read it without any zone conversion.
                        LocalDateTime at = rs.getObject(2, LocalDateTime.class);
                        AuditRecord r = new AuditRecord(rs.getLong(1), at.toInstant(ZoneOffset.UTC), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9));
                        next = r.id() + 1;
                        if (!verifier.accept(r)) {
                            return verifier.result(headId, headHash);
                        }
                    }
                }
                if (rows < PAGE) {
                    break;
                }
            }
        }
        return verifier.result(headId, headHash);
    }
}
