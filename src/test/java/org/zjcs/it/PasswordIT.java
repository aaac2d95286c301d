package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Passwords (issue 16): the policy wherever a password is set, changing one's own password (the other sessions end,
 * this one stays with a new id), and the reset: asked on the login page (the answer never tells whether the account
 * exists; rate limited), issued by the operator or the unit admin as a one-time link (only its SHA-256 stored), used
 * once within 24 h; every refusal with its message and nothing changed.
 */
class PasswordIT {

    static final String CHANGE = "/account/password.xhtml";
    static final String FORGOT = "/password-forgotten.xhtml";
    static final String RESETS = "/operator/password-resets.xhtml";
    static final String NEW = "Qinling-River-2026";
    private static final Pattern CODE = Pattern.compile("password-reset\\.xhtml\\?code=([A-Za-z0-9_-]+)");

    static WebClient loggedIn(String user, String password) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(user, password).statusCode(), "login of " + user);
        return web;
    }

    static String hashOf(String user) throws Exception {
        return text("SELECT password_hash FROM user_account WHERE username = ?", user);
    }

    static String text(String sql, Object... args) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static List<String> audit(String action, String objectId) throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT details FROM audit_entry WHERE action = ? AND object_id = ? ORDER BY id")) {
            ps.setString(1, action);
            ps.setString(2, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
        }
        return details;
    }

    static String userId(String user) throws Exception {
        return text("SELECT id FROM user_account WHERE username = ?", user);
    }

    private static HttpResponse<String> change(WebClient web, String current, String next, String repeated) {
        return web.postForm(CHANGE, "passwordForm", Map.of("current", current, "next", next, "repeated", repeated, "change", "x"));
    }

    /** A user asks for a reset on the login page. */
    static HttpResponse<String> ask(WebClient web, String user, String note) {
        return web.postForm(FORGOT, "forgotForm", Map.of("username", user, "note", note, "send", "x"));
    }

    /** The operator issues the link for the open request of {@code user}; the code shown. */
    static String issueForRequest(WebClient operator, String user) {
        String page = operator.get(RESETS).body();
        Matcher row = Pattern.compile("resetsForm:requests:(\\d+):user\">" + Pattern.quote(user) + "<").matcher(page);
        assertTrue(row.find(), "the request of " + user + " is listed");
        HttpResponse<String> r = operator.postForm(RESETS, "resetsForm", WebClient.viewStateIn(page),
                Map.of("requests:" + row.group(1) + ":issue", "x"));
        return codeIn(r.body());
    }

    /** The operator finds {@code user} by name and issues a link; the code shown. */
    static String issueByName(WebClient operator, String user) {
        HttpResponse<String> found = operator.postForm(RESETS, "resetsForm", Map.of("username", user, "find", "x"));
        assertTrue(found.body().contains("id=\"found-account\""), found.body());
        HttpResponse<String> r = operator.postForm(RESETS, "resetsForm", WebClient.viewStateIn(found.body()),
                Map.of("username", user, "issueFound", "x"));
        return codeIn(r.body());
    }

    static String codeIn(String body) {
        Matcher m = CODE.matcher(body);
        assertTrue(m.find(), "a reset link is shown: " + body);
        return m.group(1);
    }

    private static HttpResponse<String> useLink(WebClient web, String code, String next, String repeated) {
        String path = "/password-reset.xhtml?code=" + code;
        return web.postForm(path, "resetForm", Map.of("next", next, "repeated", repeated, "reset", "x"));
    }

    @Test
    void aUserChangesTheirPasswordTheOtherSessionsEndThisOneStays() throws Exception {
        String user = Fixtures.firm(1);
        WebClient me = loggedIn(user, It.DEMO_PASSWORD);
        WebClient elsewhere = loggedIn(user, It.DEMO_PASSWORD);
        String before = hashOf(user);

        assertTrue(change(me, "wrong-current-password", NEW, NEW).body().contains(Texts.zh("password.error.currentWrong")));
        assertTrue(change(me, It.DEMO_PASSWORD, NEW, NEW + "x").body().contains(Texts.zh("password.error.mismatch")));
        assertTrue(change(me, It.DEMO_PASSWORD, "1QAZ2WSX3EDC", "1QAZ2WSX3EDC").body().contains(Texts.zh("password.error.common")),
                "a common password is refused whatever its case");
        assertTrue(change(me, It.DEMO_PASSWORD, "Short-2026", "Short-2026").body().contains(Texts.zh("password.error.tooShort", 12)));
        assertTrue(change(me, "", NEW, NEW).body().contains(Texts.zh("password.error.currentRequired")));
        assertEquals(before, hashOf(user), "a refused change changes nothing");
        assertEquals(200, elsewhere.get("/account/notifications.xhtml").statusCode(), "refusals end no session");

        String sessionBefore = me.sessionId();
        HttpResponse<String> done = change(me, It.DEMO_PASSWORD, NEW, NEW);
        assertTrue(done.body().contains("id=\"password-changed\""), done.body());
        assertNotEquals(sessionBefore, me.sessionId(), "the session id was rotated");
        assertEquals(200, me.get(CHANGE).statusCode(), "this session stays logged in");

        HttpResponse<String> other = elsewhere.get("/account/notifications.xhtml");
        assertEquals(302, other.statusCode(), "the other session ends at its next request");
        assertTrue(other.headers().firstValue("Location").orElse("").contains("/login.xhtml"));

        assertEquals(200, new WebClient().login(user, It.DEMO_PASSWORD).statusCode(), "the old password no longer works");
        assertEquals(302, new WebClient().login(user, NEW).statusCode(), "the new one does");

        String id = userId(user);
        List<String> changed = audit("PASSWORD_CHANGED", id);
        assertEquals(1, changed.size(), "one change audited");
        assertFalse(changed.get(0).contains(NEW) || changed.get(0).contains("Zjcs@2026"), "no password in the audit");
        assertEquals(1, audit("SESSION_ENDED_PASSWORD_CHANGED", id).size());
        assertEquals("1", text("SELECT COUNT(*) FROM notification WHERE recipient_user_id = ? AND message_key = 'password.notification.changed'",
                Long.parseLong(id)), "the account is told");
    }

    @Test
    void aResetAskedOnTheLoginPageIssuedByTheOperatorAndUsedOnce() throws Exception {
        String user = Fixtures.firm(1);
        WebClient oldSession = loggedIn(user, It.DEMO_PASSWORD);
        assertTrue(new WebClient().get("/login.xhtml").body().contains(FORGOT), "the login page links to the request form");

        assertTrue(ask(new WebClient(), "  ", "").body().contains(Texts.zh("password.error.usernameRequired")));
        HttpResponse<String> asked = ask(new WebClient(), user, "请回电 029-88886666");
        assertTrue(asked.body().contains(Texts.zh("page.password.forgot.done")), asked.body());
        HttpResponse<String> unknown = ask(new WebClient(), "nobody" + UUID.randomUUID().toString().substring(0, 8), "");
        assertTrue(unknown.body().contains(Texts.zh("page.password.forgot.done")), "an unknown name gets the same answer");
        assertEquals("REQUESTED", text("SELECT r.status FROM password_reset r JOIN user_account u ON u.id = r.account_id "
                + "WHERE u.username = ?", user));

        WebClient operator = Fixtures.as("operator01");
        String code = issueForRequest(operator, user);
        assertEquals(Sha256.hex(code), text("SELECT r.code_hash FROM password_reset r JOIN user_account u ON u.id = r.account_id "
                + "WHERE u.username = ? AND r.status = 'ISSUED'", user), "only the SHA-256 of the code is kept");
        assertFalse(operator.get(RESETS).body().contains(">" + user + "<"), "an answered request leaves the list");

        WebClient holder = new WebClient();
        String path = "/password-reset.xhtml?code=" + code;
        assertTrue(holder.get(path).body().contains(Texts.zh("page.password.reset.lead", user)), "the link names the account");
        assertTrue(useLink(holder, code, NEW, NEW + "y").body().contains(Texts.zh("password.error.mismatch")));
        assertTrue(useLink(holder, code, "qwerty123456", "qwerty123456").body().contains(Texts.zh("password.error.common")));
        assertTrue(useLink(holder, code, "too-short", "too-short").body().contains(Texts.zh("password.error.tooShort", 12)));
        assertEquals(200, oldSession.get("/account/notifications.xhtml").statusCode(), "refusals end no session");

        WebClient otherTab = new WebClient(); // the same link left open in another tab
        String otherView = WebClient.viewStateIn(otherTab.get(path).body());
        HttpResponse<String> done = useLink(holder, code, NEW, NEW);
        assertTrue(done.body().contains("id=\"reset-done\""), done.body());
        assertEquals(302, oldSession.get("/account/notifications.xhtml").statusCode(), "the account's sessions end");
        assertEquals(200, new WebClient().login(user, It.DEMO_PASSWORD).statusCode(), "the old password no longer works");
        assertEquals(302, new WebClient().login(user, NEW).statusCode(), "the new one does");

        assertTrue(new WebClient().get(path).body().contains(Texts.zh("password.error.linkUsed")), "a used link is refused");
        assertTrue(otherTab.postForm(path, "resetForm", otherView, Map.of("next", "Another-River-2027",
                "repeated", "Another-River-2027", "reset", "x")).body().contains(Texts.zh("password.error.linkUsed")),
                "and cannot set a password again, not even from a page opened before");
        assertEquals(302, new WebClient().login(user, NEW).statusCode(), "the password stays");
        assertTrue(new WebClient().get("/password-reset.xhtml?code=not-a-real-code").body()
                .contains(Texts.zh("password.error.linkUnknown")));
        assertTrue(new WebClient().getFollowing("/password-reset.xhtml?lang=en&code=not-a-real-code").body()
                .contains(Texts.en("password.error.linkUnknown")), "in English too");

        String resetId = text("SELECT r.id FROM password_reset r JOIN user_account u ON u.id = r.account_id WHERE u.username = ?", user);
        assertEquals(1, audit("PASSWORD_RESET_REQUESTED", resetId).size());
        List<String> issued = audit("PASSWORD_RESET_ISSUED", resetId);
        assertEquals(1, issued.size());
        assertFalse(issued.get(0).contains(code), "the code is not in the audit");
        assertEquals(1, audit("PASSWORD_RESET_USED", resetId).size());
    }

    @Test
    void aLinkExpiresAfter24HoursAndANewerLinkReplacesTheOlder() throws Exception {
        String user = Fixtures.firm(1);
        WebClient operator = Fixtures.as("operator01");
        String first = issueByName(operator, user);
        String second = issueByName(operator, user);
        assertTrue(new WebClient().get("/password-reset.xhtml?code=" + first).body()
                .contains(Texts.zh("password.error.linkReplaced")), "the older link is replaced");

        TestClock.advance(Duration.ofHours(24).plusMinutes(1));
        HttpResponse<String> late = new WebClient().get("/password-reset.xhtml?code=" + second);
        assertTrue(late.body().contains(Texts.zh("password.error.linkExpired")), late.body());
        assertEquals(302, new WebClient().login(user, It.DEMO_PASSWORD).statusCode(), "the password did not change");

        HttpResponse<String> none = operator.postForm(RESETS, "resetsForm", Map.of("username", "no-such-user-x", "find", "x"));
        assertTrue(none.body().contains(Texts.zh("password.error.accountNotFound", "no-such-user-x")));
    }

    @Test
    void theUnitAdminIssuesALinkForItsOwnMembersOnly() throws Exception {
        String member = "pwm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO user_account (username, password_hash, "
                + "display_name, organisation_id, status, created_at) SELECT ?, password_hash, 'Reset Member', organisation_id, "
                + "'ACTIVE', UTC_TIMESTAMP(6) FROM user_account WHERE username = 'owner02'")) {
            ps.setString(1, member);
            ps.executeUpdate();
        }
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO user_role (user_id, role) SELECT id, 'OWNER' FROM user_account WHERE username = ?")) {
            ps.setString(1, member);
            ps.executeUpdate();
        }
        WebClient admin = Fixtures.as("owner01");
        String page = admin.get("/account/members.xhtml").body();
        int at = page.indexOf("id=\"status-" + member + "\"");
        assertTrue(at > 0, "the member is listed");
        Matcher button = Pattern.compile("membersForm:members:(\\d+):issueReset").matcher(page);
        assertTrue(button.find(at), "a reset button on the member's row");
        String source = button.group();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jakarta.faces.partial.ajax", "true");
        p.put("jakarta.faces.source", source);
        p.put("jakarta.faces.partial.execute", source);
        p.put("jakarta.faces.partial.render", "membersForm");
        p.put("membersForm_SUBMIT", "1");
        p.put(source, source);
        p.put("jakarta.faces.ViewState", WebClient.viewStateIn(page));
        HttpResponse<String> answer = admin.postAjax("/account/members.xhtml", p);
        String code = codeIn(answer.body());
        assertNotNull(code);
        assertEquals("ISSUED", text("SELECT r.status FROM password_reset r JOIN user_account u ON u.id = r.account_id "
                + "WHERE u.username = ?", member));

        HttpResponse<String> done = useLink(new WebClient(), code, NEW, NEW);
        assertTrue(done.body().contains("id=\"reset-done\""), done.body());
        assertEquals(302, new WebClient().login(member, NEW).statusCode());

        // a member who is not the unit admin has no such button; another organisation's admin sees no such member
        assertFalse(Fixtures.as("owner02").get("/account/members.xhtml").body().contains("issueReset"));
        assertFalse(Fixtures.as("firm01").get("/account/members.xhtml").body().contains(member));
    }

    @Test
    void askingForResetsIsRateLimitedPerClientAddress() {
        WebClient client = new WebClient("203.0.113.161");
        int limited = 0;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = ask(client, "nobody-rate-" + i, "");
            if (r.statusCode() == 429) {
                limited++;
                assertTrue(r.body().contains("操作过于频繁"), r.body());
            }
        }
        assertEquals(1, limited, "5 requests per hour from one address, the 6th is refused");
        assertEquals(200, ask(new WebClient("203.0.113.162"), "nobody-rate-x", "").statusCode(), "another address is not");
    }

    @Test
    void registrationAndInvitationRefuseACommonPassword() throws Exception {
        // The invitation form applies the same policy as registration (AccountService.checkNewAccount)
        WebClient admin = Fixtures.as("owner01");
        HttpResponse<String> r = admin.postJson("/api/account/invitations", "{\"displayName\":\"Policy Check\"}");
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"").matcher(r.body());
        assertTrue(m.find());
        String path = "/invitation.xhtml?code=" + m.group(1);
        String username = "pwi" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        WebClient invited = new WebClient();
        HttpResponse<String> common = invited.postForm(path, "acceptForm",
                Map.of("username", username, "password", "1QAZ2WSX3EDC", "accept", "x"));
        assertTrue(common.body().contains(Texts.zh("password.error.common")), "1qaz2wsx3edc is on the list");
        assertEquals(null, text("SELECT id FROM user_account WHERE username = ?", username), "no account stored");
    }
}
