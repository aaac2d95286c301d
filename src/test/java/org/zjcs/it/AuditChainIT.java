package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.zjcs.audit.cli.VerifyAuditChain;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** The command-line verifier checks the chain the running server wrote, and names a tampered entry. */
class AuditChainIT {

    @Test
    void theChainWrittenByTheServerVerifiesAndTamperingIsNamed() throws Exception {
        WebClient web = new WebClient();
        web.login("approver01", It.DEMO_PASSWORD);
        web.login("approver01", "not-the-password");

        Result ok = runVerifier();
        assertEquals(0, ok.status, ok.out);
        assertTrue(ok.out.startsWith("Audit chain intact"), ok.out);

        try (Connection c = It.db(); Statement s = c.createStatement()) {
            long id;
            String actor;
            try (ResultSet rs = s.executeQuery("SELECT id, actor FROM audit_entry WHERE action = 'LOGIN' ORDER BY id LIMIT 1")) {
                assertTrue(rs.next());
                id = rs.getLong(1);
                actor = rs.getString(2);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_entry SET actor = ? WHERE id = ?")) {
                ps.setString(1, "tampered");
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            try {
                Result broken = runVerifier();
                assertEquals(1, broken.status, broken.out);
                assertTrue(broken.out.contains("BROKEN at entry " + id + " (HASH_MISMATCH)"), broken.out);
            } finally {
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_entry SET actor = ? WHERE id = ?")) {
                    ps.setString(1, actor);
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
            assertEquals(0, runVerifier().status, "restoring the entry restores the chain");
        }
    }

    @Test
    void aBadDatabaseUrlIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyAuditChain.run(new String[] {"--url"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertEquals(2, status);
    }

    private record Result(int status, String out) {
    }

    private static Result runVerifier() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyAuditChain.run(new String[] {"--url", It.dbUrl(), "--user", "root", "--password", ""},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }
}
