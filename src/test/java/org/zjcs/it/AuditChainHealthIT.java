package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The audit chain is watched by the readiness check (issue 14, item 7d): one audit row altered in the database turns
 * /health/ready DOWN (503) with the id of the broken entry and the kind of break, and nothing of the entry's content;
 * the row put back turns it UP again. The test server verifies the new entries every 2 s and the whole chain every
 * 10 s (zjcs.audit.verify.seconds / zjcs.audit.verify.full.seconds in the it profile; defaults 30 s / 1 h).
 */
class AuditChainHealthIT {

    private static final Pattern CHECK = Pattern.compile("\\{[^{}]*\\{([^{}]*)\\}[^{}]*\"name\"\\s*:\\s*\"audit-chain\"[^{}]*\\}"
            + "|\\{[^{}]*\"name\"\\s*:\\s*\"audit-chain\"[^{}]*\\{([^{}]*)\\}[^{}]*\\}");

    record Ready(int status, String body, String auditCheck) {
    }

    static Ready ready() {
        HttpResponse<String> r = new WebClient().get("/health/ready");
        Matcher m = CHECK.matcher(r.body());
        return new Ready(r.statusCode(), r.body(), m.find() ? m.group(0) : "");
    }

    static Ready await(String what, Predicate<Ready> done, long seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Ready last = ready();
        while (!done.test(last) && System.nanoTime() < until) {
            Thread.sleep(500);
            last = ready();
        }
        assertTrue(done.test(last), what + " within " + seconds + " s: " + last.status() + " " + last.body());
        return last;
    }

    static boolean up(Ready r) {
        return r.auditCheck().contains("\"UP\"") && r.auditCheck().contains("\"intact\":true");
    }

    @Test
    void anAlteredAuditRowTurnsReadinessDownNamingTheEntryAndPuttingItBackTurnsItUp() throws Exception {
        Ready before = await("the audit chain verified and UP", AuditChainHealthIT::up, 60);
        assertTrue(before.auditCheck().contains("\"verifiedUpTo\""), before.body());

        WebClient web = new WebClient();
        web.login("approver02", "a-wrong-password-" + System.nanoTime());
        long id;
        String actor;
        String hash;
        try (Connection c = It.db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, actor, hash FROM audit_entry WHERE action LIKE 'LOGIN%' "
                     + "ORDER BY id DESC LIMIT 1")) {
            assertTrue(rs.next(), "the failed login was audited");
            id = rs.getLong(1);
            actor = rs.getString(2);
            hash = rs.getString(3);
        }
        long started = System.nanoTime();
        set(id, "mallory");
        try {
            Ready down = await("readiness DOWN for the altered entry",
                    r -> r.status() == 503 && r.auditCheck().contains("\"brokenAtEntry\":" + id), 60);
            System.out.printf("AuditChainHealthIT: DOWN %d ms after the row was altered%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertTrue(down.auditCheck().contains("\"DOWN\"") && down.auditCheck().contains("\"problem\":\"HASH_MISMATCH\""),
                    down.auditCheck());
            assertTrue(down.body().contains("\"status\":\"DOWN\""), "the whole readiness answer is DOWN: " + down.body());
            assertFalse(down.body().contains("mallory") || down.body().contains(hash) || down.body().contains(actor),
                    "no content of the entry in the answer: " + down.body());
            assertEquals(200, new WebClient().get("/health/live").statusCode(), "alive all the same: not a restart case");
        } finally {
            set(id, actor);
        }
        await("readiness UP again once the entry is restored", AuditChainHealthIT::up, 60);
    }

    private static void set(long id, String actor) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("UPDATE audit_entry SET actor = ? WHERE id = ?")) {
            ps.setString(1, actor);
            ps.setLong(2, id);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
