package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.security.domain.Passwords;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** Five wrong passwords lock the account for 15 minutes; every step is audited. */
class LockoutIT {

    private static final String USER = "lockout.it";
    private static final String PASSWORD = "Lock@Test-2026";

    @BeforeAll
    static void createAccount() throws Exception {
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM user_role WHERE user_id = 9901");
            s.executeUpdate("DELETE FROM user_account WHERE id = 9901");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO user_account (id, username, password_hash, display_name, organisation_id, status, created_at) "
                            + "VALUES (9901, ?, ?, '锁定测试', 1001, 'ACTIVE', UTC_TIMESTAMP(6))")) {
                ps.setString(1, USER);
                ps.setString(2, Passwords.hash(PASSWORD));
                ps.executeUpdate();
            }
            s.executeUpdate("INSERT INTO user_role (user_id, role) VALUES (9901, 'FIRM')");
        }
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        long auditBefore = lastAuditId();
        WebClient web = new WebClient();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> r = web.login(USER, "wrong-" + i);
            assertTrue(r.body().contains("登录名或密码错误"), "failure " + i);
        }
        HttpResponse<String> fifth = web.login(USER, "wrong-5");
        assertTrue(fifth.body().contains("账户已被锁定"), fifth.body());

        HttpResponse<String> right = new WebClient().login(USER, PASSWORD);
        assertEquals(200, right.statusCode(), "the right password does not open a locked account");
        assertTrue(right.body().contains("账户已被锁定"));

        try (Connection c = It.db(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(6), locked_until) "
                    + "FROM user_account WHERE id = 9901")) {
                rs.next();
                long seconds = rs.getLong(1);
                assertTrue(seconds > 14 * 60 && seconds <= 15 * 60, "locked for 15 minutes, was " + seconds + " s");
            }
            assertEquals(5, count(c, "LOGIN_FAILED", auditBefore));
            assertEquals(1, count(c, "ACCOUNT_LOCKED", auditBefore));
            assertEquals(1, count(c, "LOGIN_REFUSED_LOCKED", auditBefore));
        }
    }

    @Test
    void theLockEndsByItself() throws Exception {
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE user_account SET locked_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, failed_logins = 0 "
                    + "WHERE id = 9901");
        }
        HttpResponse<String> r = new WebClient().login(USER, PASSWORD);
        assertEquals(302, r.statusCode(), "a lock that has run out no longer blocks the login");
        try (Connection c = It.db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT locked_until, last_login_at FROM user_account WHERE id = 9901")) {
            rs.next();
            assertEquals(null, rs.getObject(1));
            assertNotNull(rs.getObject(2));
        }
    }

    private static long lastAuditId() throws Exception {
        try (Connection c = It.db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int count(Connection c, String action, long afterId) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ? AND id > ?")) {
            ps.setString(1, USER);
            ps.setString(2, action);
            ps.setLong(3, afterId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
