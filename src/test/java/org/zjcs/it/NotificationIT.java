package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The notifications inbox: the bell counts the unread notices of the user and the user's organisation, the inbox
 * page marks them read, nobody can mark another user's or organisation's notice, and it reads in English.
 */
class NotificationIT {

    static final String INBOX = "/account/notifications.xhtml";
    private static final Pattern BADGE = Pattern.compile("id=\"notification-count\"[^>]*>(\\d+)<");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern MARK_BUTTON = Pattern.compile("id=\"(inboxForm:notifications:\\d+:markRead)\"");

    // --- helpers (also used by NotificationBrowserIT) ---

    /** Inserts a notice straight into the database; returns its id. */
    static long insert(Long userId, Long organisationId, String key, String argsJson, String link) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO notification (recipient_user_id, recipient_organisation_id, message_key, message_args, link, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
            if (userId == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, userId);
            }
            if (organisationId == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, organisationId);
            }
            ps.setString(3, key);
            ps.setString(4, argsJson);
            ps.setString(5, link);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Unread notices of a user and that user's organisation, counted in the database. */
    static long unreadInDb(long userId, long organisationId) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM notification WHERE read_at IS NULL AND (recipient_user_id = ? OR recipient_organisation_id = ?)")) {
            ps.setLong(1, userId);
            ps.setLong(2, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String readBy(long id) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT read_at, read_by FROM notification WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "notice " + id + " exists");
                return rs.getTimestamp(1) == null ? null : rs.getString(2);
            }
        }
    }

    /** The number in the bell's badge; 0 when the badge is not shown. */
    static long badge(String html) {
        Matcher m = BADGE.matcher(html);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /**
     * Clicks a "mark as read" button of the inbox the way the browser does, but sends {@code notificationId} as the
     * notice to mark: the page takes the id from the request, so a client can name any id.
     */
    static HttpResponse<String> postMarkRead(WebClient web, long notificationId) {
        String page = web.get(INBOX).body();
        Matcher vs = VIEW_STATE.matcher(page);
        assertTrue(vs.find(), "the inbox has a form");
        Matcher button = MARK_BUTTON.matcher(page);
        assertTrue(button.find(), "the inbox shows at least one mark-as-read button");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("inboxForm_SUBMIT", "1");
        form.put(button.group(1), "");
        form.put("notificationId", String.valueOf(notificationId));
        form.put("jakarta.faces.ViewState", vs.group(1));
        return web.postRaw(INBOX, encode(form));
    }

    private static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static WebClient login(String user) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(user, It.DEMO_PASSWORD).statusCode(), user + " logs in");
        return web;
    }

    // --- tests ---

    @Test
    void theBellShowsFirm01sUnreadCount() throws Exception {
        insert(1001L, null, "notification.inboxIntro", "[]", null);
        WebClient web = login("firm01");
        String html = web.get("/firm/index.xhtml").body();
        long expected = unreadInDb(1001, 1001);
        assertTrue(expected >= 1);
        assertEquals(expected, badge(html), "the badge counts the user's and the organisation's unread notices");
        assertTrue(html.contains("id=\"nav-notifications\""), "the bell links to the inbox");
        assertTrue(html.contains("aria-label=\"通知（" + expected + " 条未读）\""), "the bell has an accessible name");
        assertTrue(html.contains("href=\"/account/notifications.xhtml\""));
    }

    @Test
    void noBellForAnonymousUsersAndTheInboxNeedsALogin() {
        WebClient web = new WebClient();
        assertFalse(web.get("/index.xhtml").body().contains("nav-notifications"));
        HttpResponse<String> r = web.get(INBOX);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }

    @Test
    void theInboxListsTheNoticesInChineseAndMarkingOneReadLowersTheCount() throws Exception {
        long id = insert(1001L, null, "notification.welcome", "[\"测试单位甲\"]", "/catalog.xhtml");
        WebClient web = login("firm01");
        HttpResponse<String> page = web.get(INBOX);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("欢迎使用中介服务网上超市。测试单位甲 的账户已经开通"), "rendered from key and arguments");
        assertTrue(page.body().contains("服务事项清单已更新，现行有效事项共 30 项"), "the organisation's notice is listed too");
        assertTrue(page.body().contains("zj-unread"), "unread notices are marked for bold display");
        long before = badge(page.body());
        assertEquals(unreadInDb(1001, 1001), before);

        HttpResponse<String> after = postMarkRead(web, id);
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("已将这条通知标为已读"), after.body());
        assertEquals("firm01", readBy(id), "read, by firm01");
        assertEquals(before - 1, badge(web.get("/firm/index.xhtml").body()), "the bell counts one less");

        HttpResponse<String> again = postMarkRead(web, id);
        assertTrue(again.body().contains("已将这条通知标为已读"), "marking a read notice again is harmless");
        assertEquals(before - 1, unreadInDb(1001, 1001));
    }

    @Test
    void nobodyMarksAnotherUsersOrOrganisationsNotice() throws Exception {
        long operatorsOwn = insert(5001L, null, "notification.welcome", "[\"西安市政务服务中心\"]", null);
        long operatorsOrganisation = insert(null, 5001L, "notification.calendarReminder", "[\"2028\"]", "/operator/calendar.xhtml");
        insert(1001L, null, "notification.inboxIntro", "[]", null); // firm01 has a button to click

        WebClient firm = login("firm01");
        for (long foreign : new long[] {operatorsOwn, operatorsOrganisation}) {
            HttpResponse<String> r = postMarkRead(firm, foreign);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("这条通知不是发给您或您所在单位的"), r.body());
            assertNull(readBy(foreign), "operator01's notice " + foreign + " stays unread");
        }
        assertTrue(postMarkRead(firm, 987_654_321L).body().contains("这条通知不是发给您或您所在单位的"), "an unknown id");
        assertFalse(firm.get(INBOX).body().contains("2028 年的工作日历"), "firm01 does not see the operator's notices");

        // The same request by the recipient works: the refusal above is the ownership rule, not a broken request.
        WebClient operator = login("operator01");
        assertTrue(postMarkRead(operator, operatorsOwn).body().contains("已将这条通知标为已读"));
        assertEquals("operator01", readBy(operatorsOwn));
        assertTrue(postMarkRead(operator, operatorsOrganisation).body().contains("已将这条通知标为已读"));
        assertEquals("operator01", readBy(operatorsOrganisation), "a member marks the organisation's notice");
    }

    @Test
    void markAllReadEmptiesTheBell() throws Exception {
        insert(2001L, null, "notification.inboxIntro", "[]", null);
        insert(null, 2001L, "notification.catalogUpdated", "[\"31\"]", "/catalog.xhtml");
        WebClient owner = login("owner01");
        assertTrue(badge(owner.get("/owner/index.xhtml").body()) >= 2);
        HttpResponse<String> r = owner.postForm(INBOX, "inboxForm", Map.of("markAll", ""));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().matches("(?s).*已将 \\d+ 条通知标为已读.*"), r.body());
        assertEquals(0, unreadInDb(2001, 2001));
        String html = owner.get("/owner/index.xhtml").body();
        assertFalse(html.contains("id=\"notification-count\""), "no badge at 0");
        assertTrue(html.contains("aria-label=\"通知\""));
    }

    @Test
    void theInboxReadsInEnglish() throws Exception {
        insert(null, 1001L, "notification.welcome", "[\"Qinchuan Test Ltd\"]", null);
        WebClient web = login("firm01");
        web.getFollowing(INBOX + "?lang=en");
        HttpResponse<String> page = web.get(INBOX);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("Welcome to the Online Intermediary Services Marketplace. The account of Qinchuan Test Ltd is open"), body);
        assertTrue(body.contains("Mark all as read"));
        assertTrue(body.contains("To your organisation"));
        assertFalse(body.contains("欢迎使用中介服务网上超市"), "no Chinese notice text");
        assertNotNull(body);
        assertTrue(body.contains("aria-label=\"Notifications (" + unreadInDb(1001, 1001) + " unread)\""));
    }
}
