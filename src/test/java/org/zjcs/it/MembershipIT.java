package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Member accounts of an organisation: only its unit admin invites (a member who is not the admin is refused and
 * nothing is stored), only an approved organisation can invite, an invitation opens exactly one account in the
 * inviter's organisation with the organisation's role, and a deactivated account cannot log in.
 */
class MembershipIT {

    private static final String INVITATIONS = "/api/account/invitations";
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

    private static long invitationsOf(long organisationId) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM account_invitation WHERE organisation_id = ?")) {
            ps.setLong(1, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static WebClient loggedIn(String username) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(username, It.DEMO_PASSWORD).statusCode(), "login of " + username);
        return web;
    }

    private static String invite(WebClient admin, String name) {
        HttpResponse<String> r = admin.postJson(INVITATIONS, "{\"displayName\":\"" + name + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = CODE.matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    @Test
    void aMemberWhoIsNotTheUnitAdminCannotInviteAndNothingIsStored() throws Exception {
        WebClient member = loggedIn("owner02");
        long before = invitationsOf(2001);
        HttpResponse<String> r = member.postJson(INVITATIONS, "{\"displayName\":\"Zhang San\"}");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains(Texts.zh("member.error.notUnitAdmin")), r.body());
        assertEquals(before, invitationsOf(2001), "a refused invitation stores nothing");

        HttpResponse<String> page = member.get("/account/members.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"not-admin\""), "the page says only the unit admin manages members");
        assertFalse(page.body().contains("membersForm:invite"), "no invitation form for a member");
    }

    @Test
    void anOrganisationWaitingForReviewCannotInvite() throws Exception {
        WebClient pendingAdmin = loggedIn("owner04");
        HttpResponse<String> r = pendingAdmin.postJson(INVITATIONS, "{\"displayName\":\"Li Si\"}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(Texts.zh("member.error.organisationNotActive")), r.body());
        assertEquals(0, invitationsOf(2002));
    }

    @Test
    void anonymousCallersCannotInvite() {
        HttpResponse<String> r = new WebClient().postJson(INVITATIONS, "{\"displayName\":\"Wang Wu\"}");
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.body().contains(Texts.zh("security.error.loginRequired")), r.body());
    }

    @Test
    void anInvitationOpensOneAccountInTheInvitersOrganisation() throws Exception {
        WebClient admin = loggedIn("owner01");
        String code = invite(admin, "Zhao Liu");
        String path = "/invitation.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);

        WebClient invited = new WebClient();
        HttpResponse<String> page = invited.get(path);
        assertTrue(page.body().contains(Texts.zh("member.accept.lead", "Zhao Liu",
                "西安市新城区城市建设投资集团有限公司")), "the invited person sees who invites them");

        String username = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HttpResponse<String> weak = invited.postForm(path, "acceptForm",
                Map.of("username", username, "password", "short", "accept", "x"));
        assertTrue(weak.body().contains(Texts.zh("password.error.tooShort", 12)), "a short password is refused");

        HttpResponse<String> done = invited.postForm(path, "acceptForm",
                Map.of("username", username, "password", "Member-Lantern-2026", "accept", "x"));
        assertTrue(done.body().contains("id=\"invitation-done\""), done.body());
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT u.organisation_id, u.unit_admin, r.role FROM user_account u JOIN user_role r ON r.user_id = u.id "
                        + "WHERE u.username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the account exists");
                assertEquals(2001, rs.getLong(1));
                assertFalse(rs.getBoolean(2), "a member is not a unit admin");
                assertEquals("OWNER", rs.getString(3));
                assertFalse(rs.next(), "exactly one role");
            }
        }
        assertEquals(302, new WebClient().login(username, "Member-Lantern-2026").statusCode(), "the new member logs in");

        HttpResponse<String> again = new WebClient().get(path);
        assertTrue(again.body().contains(Texts.zh("member.error.invitationClosed")), "a used invitation cannot be used again");
        HttpResponse<String> bogus = new WebClient().get("/invitation.xhtml?code=not-a-real-code");
        assertTrue(bogus.body().contains(Texts.zh("member.error.invitationInvalid")));
        HttpResponse<String> english = new WebClient().getFollowing("/invitation.xhtml?lang=en&code=not-a-real-code");
        assertTrue(english.body().contains(Texts.en("member.error.invitationInvalid")), "the page reads in English too");
    }

    @Test
    void aDeactivatedMemberCannotLogIn() {
        HttpResponse<String> r = new WebClient().login("owner03", It.DEMO_PASSWORD);
        assertEquals(200, r.statusCode(), "no redirect into the workspace");
        assertFalse(r.headers().firstValue("Location").isPresent());
    }
}
