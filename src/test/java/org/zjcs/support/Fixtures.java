package org.zjcs.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test data made the way users make it where that matters (notices are drafted and published on the owner's pages, so
 * they get a sealed seed and a commitment) and directly in the database where it does not (approved firms, cases).
 */
public final class Fixtures {

    public static final String OWNER_CODE = "91610102MA6U2K30XK";
    private static final Pattern EARLIEST = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]+)\" selected");
    private static final Pattern NOTICE_ID = Pattern.compile("[?&]id=(\\d+)");

    private Fixtures() {
    }

    /** A logged-in client. */
    public static WebClient as(String user) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(user, It.DEMO_PASSWORD).statusCode(), "login of " + user);
        return web;
    }

    /**
     * Logged in as {@code user}, trying again (up to 5 times, 1 s apart) when the login answers "busy": at most 4
     * password hashes run at once and a login waits 3 s for one, so many logins at once on a loaded machine are refused
     * as busy by design (docs/security.md, V2).
     */
    public static WebClient asRetrying(String user) throws InterruptedException {
        WebClient web = new WebClient();
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 302; attempt++) {
            if (attempt > 0) {
                Thread.sleep(1000);
            }
            status = web.login(user, It.DEMO_PASSWORD).statusCode();
        }
        assertEquals(302, status, "login of " + user);
        return web;
    }

    /** An approved, active firm offering the service item, with a user account (password as the demo's); its username. */
    public static String firm(long serviceItemId) throws Exception {
        return firm(serviceItemId, "firm01");
    }

    /**
     * An approved, active firm offering the service item, whose account has the same password as {@code passwordOf}
     * (its hash is copied: works on a database without the demo accounts when an existing user is named); its username.
     */
    public static String firm(long serviceItemId, String passwordOf) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "tfirm" + suffix;
        try (Connection c = It.db()) {
            long org;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (name, kind, credit_code, status, created_at) "
                    + "VALUES (?, 'FIRM', ?, 'ACTIVE', UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "验证用机构 Test Firm " + suffix); // sorts after the demo firms in lists by name
                ps.setString(2, TestFiles.creditCode());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    org = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_account (username, password_hash, display_name, "
                    + "organisation_id, status, created_at) SELECT ?, password_hash, 'Tester', ?, 'ACTIVE', UTC_TIMESTAMP(6) "
                    + "FROM user_account WHERE username = ?", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setLong(2, org);
                ps.setString(3, passwordOf);
                ps.executeUpdate();
                long user;
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    user = rs.getLong(1);
                }
                update(c, "INSERT INTO user_role (user_id, role) VALUES (?, 'FIRM')", user);
            }
            update(c, "INSERT INTO firm (organisation_id, legal_representative, contact_name, contact_phone, address, region_code, "
                    + "registration_status, submitted_at, approved_at, commitment_confirmed_at, commitment_locale, commitment_hash) "
                    + "VALUES (?, 'Rep', 'Contact', '029-88888888', 'Address', '610113', 'APPROVED', UTC_TIMESTAMP(6), "
                    + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'zh-CN', SHA2('test', 256))", org);
            update(c, "INSERT INTO firm_service_item (firm_id, service_item_id) VALUES (?, ?)", org, serviceItemId);
        }
        return username;
    }

    /** The organisation id of a user. */
    public static long orgOf(String username) throws Exception {
        return number("SELECT organisation_id FROM user_account WHERE username = ?", username);
    }

    /** Several firms at once. */
    public static List<String> firms(int n, long serviceItemId) throws Exception {
        return firms(n, serviceItemId, "firm01");
    }

    /** Several firms at once, with the password of {@code passwordOf}. */
    public static List<String> firms(int n, long serviceItemId, String passwordOf) throws Exception {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(firm(serviceItemId, passwordOf));
        }
        return all;
    }

    /**
     * An approval case of the owner unit with this credit code, at an approval department (the first one there is; one
     * is created on a database that has none); its id.
     */
    public static long caseOf(String ownerCreditCode) throws Exception {
        long department = number("SELECT MIN(id) FROM organisation WHERE kind = 'DEPARTMENT'");
        if (department <= 0) {
            try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (name, kind, "
                    + "credit_code, status, created_at) VALUES ('测试审批部门 Test department', 'DEPARTMENT', ?, 'ACTIVE', "
                    + "UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, TestFiles.creditCode());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    department = rs.getLong(1);
                }
            }
        }
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO approval_case (case_number, "
                + "project_name, project_code, department_id, approval_item, owner_credit_code, source, registered_at, registered_by) "
                + "VALUES (?, 'Test project', NULL, ?, 'Test approval item', ?, 'OWNER', UTC_TIMESTAMP(6), 'test')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "SEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            ps.setLong(2, department);
            ps.setString(3, ownerCreditCode);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** An approval case of the demo owner (owner01's unit). */
    public static long ownerCase() throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO approval_case (case_number, "
                + "project_name, project_code, department_id, approval_item, owner_credit_code, source, registered_at, registered_by) "
                + "VALUES (?, 'Test project', NULL, 3001, 'Test approval item', ?, 'OWNER', UTC_TIMESTAMP(6), 'test')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "SEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            ps.setString(2, OWNER_CODE);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The terms of a notice as the draft form takes them. */
    public static Map<String, String> terms(String title, long itemId, String method, String fixed, String floor, String ceiling,
                                            int minBidders, long caseId, LocalDate deadline) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("serviceItem", String.valueOf(itemId));
        f.put("title", title);
        f.put("serviceContent", "Soil and water conservation plan");
        f.put("projectScale", "Site area 12,000 m2");
        f.put("province", "610000");
        f.put("city", "610100");
        f.put("district", "610102");
        f.put("cases", String.valueOf(caseId));
        f.put("fundSource", "FISCAL");
        f.put("method", method);
        f.put("fixedPrice", fixed == null ? "" : fixed);
        f.put("priceFloor", floor == null ? "" : floor);
        f.put("priceCeiling", ceiling == null ? "" : ceiling);
        f.put("minBidders", String.valueOf(minBidders));
        f.put("weightPrice", "40");
        f.put("weightCredit", "30");
        f.put("weightQualification", "30");
        f.put("coefficients", "95,96,97,98");
        f.put("directPickReason", "DIRECT_PICK".equals(method) ? "Continuation of the earlier survey" : "");
        f.put("serviceDays", "20");
        f.put("deadlineDate", deadline.toString());
        f.put("deadlineTime", "17:00");
        f.put("contactName", "Wang Qiang");
        f.put("contactPhone", "029-87451230");
        f.put("complaintPhone", "029-12345678");
        return f;
    }

    /** Drafts and publishes a notice on owner01's pages, with the earliest deadline allowed; its id. */
    public static long publish(WebClient owner, String title, long itemId, String method, String fixed, String floor,
                               String ceiling, int minBidders) throws Exception {
        return publish(owner, title, itemId, method, fixed, floor, ceiling, minBidders, ownerCase());
    }

    /** Drafts and publishes a notice for the given approval case of the logged-in owner; its id. */
    public static long publish(WebClient owner, String title, long itemId, String method, String fixed, String floor,
                               String ceiling, int minBidders, long caseId) throws Exception {
        String page = owner.get("/owner/notice-edit.xhtml").body();
        int at = page.indexOf("id=\"notice:earliest\"");
        assertTrue(at > 0, "the form states the earliest deadline");
        Matcher m = EARLIEST.matcher(page.substring(at, Math.min(page.length(), at + 400)));
        assertTrue(m.find());
        Map<String, String> f = terms(title, itemId, method, fixed, floor, ceiling, minBidders, caseId,
                LocalDate.parse(m.group(1)));
        // the place the form proposes (the owner unit's district): its district list is that of the unit's city
        String district = selectedIn(page, "notice:district");
        if (district != null) {
            f.put("province", district.substring(0, 2) + "0000");
            f.put("city", district.substring(0, 4) + "00");
            f.put("district", district);
        }
        f.put("publish", "x");
        HttpResponse<String> r = owner.postForm("/owner/notice-edit.xhtml", "notice", f);
        assertEquals(302, r.statusCode(), r.body());
        Matcher id = NOTICE_ID.matcher(r.headers().firstValue("Location").orElseThrow());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    /** The value of the selected option of the select with this id on a page, or null. */
    static String selectedIn(String page, String selectId) {
        int at = page.indexOf("id=\"" + selectId + "\"");
        if (at < 0) {
            return null;
        }
        int end = page.indexOf("</select>", at);
        Matcher m = SELECTED.matcher(page.substring(at, end < 0 ? page.length() : end));
        return m.find() ? m.group(1) : null;
    }

    /** Lets the test clock pass a notice's enrolment deadline (TestClock; the server then closes the notice). */
    public static void expire(long noticeId) throws Exception {
        TestClock.passTo(moment("enrolment_deadline", noticeId));
    }

    /** Lets the test clock pass the end of a notice's publicity period. */
    public static void endPublicity(long noticeId) throws Exception {
        TestClock.passTo(moment("publicity_ends_at", noticeId));
    }

    /** A notice's time column (stored as UTC wall-clock text) as an instant. */
    static Instant moment(String column, long noticeId) throws Exception {
        String at = text("SELECT DATE_FORMAT(" + column + ", '%Y-%m-%dT%H:%i:%s.%fZ') FROM notice WHERE id = ?", noticeId);
        assertNotNull(at, "notice " + noticeId + " has its " + column);
        return Instant.parse(at);
    }

    public static String status(long noticeId) throws Exception {
        return text("SELECT status FROM notice WHERE id = ?", noticeId);
    }

    /** Waits (up to {@code seconds}) until the condition holds, checking every 200 ms; fails the test otherwise. */
    public static void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(seconds));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Timed out after " + seconds + " s waiting for: " + what);
            }
            Thread.sleep(200);
        }
    }

    public static long number(String sql, Object... params) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    public static String text(String sql, Object... params) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static void update(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    public static void sql(String sql, Object... params) throws Exception {
        try (Connection c = It.db()) {
            update(c, sql, params);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws Exception {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
