package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Procurement notices over HTTP: drafting, publication with its fixed announcement, the public pages, corrections
 * and cancellation, and every bad input of issue 4 refused with its message and nothing stored; owner A cannot see or
 * publish owner B's notices, a member not those of a colleague.
 */
class NoticeIT {

    private static final String EDIT = "/owner/notice-edit.xhtml";
    private static final String OWNER_CODE = "91610102MA6U2K30XK";
    private static final Pattern EARLIEST = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NOTICE_ID = Pattern.compile("[?&]id=(\\d+)");

    private static long caseA;
    private static long caseB;
    private static String ownerB;

    @BeforeAll
    static void cases() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        caseA = insertCase("SP-A-" + suffix, OWNER_CODE);
        String codeB = TestFiles.creditCode();
        ownerB = "ownerb" + suffix.toLowerCase();
        try (Connection c = It.db()) {
            long org;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (name, kind, credit_code, status, created_at) "
                    + "VALUES (?, 'OWNER', ?, 'ACTIVE', UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "Owner B " + suffix);
                ps.setString(2, codeB);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    org = rs.getLong(1);
                }
            }
            long user;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_account (username, password_hash, display_name, "
                    + "organisation_id, status, created_at, unit_admin) SELECT ?, password_hash, 'B', ?, 'ACTIVE', UTC_TIMESTAMP(6), TRUE "
                    + "FROM user_account WHERE username = 'owner01'", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, ownerB);
                ps.setLong(2, org);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    user = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'OWNER')")) {
                ps.setLong(1, user);
                ps.executeUpdate();
            }
        }
        caseB = insertCase("SP-B-" + suffix, codeB);
    }

    private static long insertCase(String number, String ownerCode) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO approval_case (case_number, project_name, "
                + "project_code, department_id, approval_item, owner_credit_code, source, registered_at, registered_by) "
                + "VALUES (?, 'Test project', NULL, 3001, 'Test approval item', ?, 'OWNER', UTC_TIMESTAMP(6), 'test')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, number);
            ps.setString(2, ownerCode);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static WebClient as(String user) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(user, It.DEMO_PASSWORD).statusCode(), "login of " + user);
        return web;
    }

    /** The earliest allowed deadline, as the draft form states it. */
    private static LocalDate earliest(WebClient web) {
        String page = web.get(EDIT).body();
        int at = page.indexOf("id=\"notice:earliest\"");
        assertTrue(at > 0, "the form states the earliest deadline");
        Matcher m = EARLIEST.matcher(page.substring(at, Math.min(page.length(), at + 400)));
        assertTrue(m.find());
        return LocalDate.parse(m.group(1));
    }

    private static Map<String, String> draft(String title, String method, String fixed, String floor, String ceiling,
                                             long caseId, LocalDate deadline) {
        Map<String, String> f = Fixtures.terms(title, 1, method, fixed, floor, ceiling, 3, caseId, deadline);
        f.put("serviceContent", "Environmental impact report for the project");
        f.put("directPickReason", "");
        return f;
    }

    private static HttpResponse<String> post(WebClient web, String path, Map<String, String> fields, String button) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put(button, "x");
        return web.postForm(path, "notice", f);
    }

    private static long count(String sql, Object... params) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long noticeByTitle(String title) throws Exception {
        return count("SELECT MAX(id) FROM notice WHERE title = ?", title);
    }

    private static long publish(WebClient web, String title, LocalDate deadline) throws Exception {
        HttpResponse<String> r = post(web, EDIT, draft(title, "RANDOM_DRAW", "86000", null, null, caseA, deadline), "publish");
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        Matcher m = NOTICE_ID.matcher(location);
        assertTrue(m.find(), location);
        return Long.parseLong(m.group(1));
    }

    private static void refused(HttpResponse<String> r, String text) {
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(text), "expected the message: " + text);
    }

    @Test
    void publishedNoticeIsFixedAsAnAnnouncementAndPublic() throws Exception {
        WebClient owner = as("owner01");
        String title = "EIA notice " + UUID.randomUUID();
        long id = publish(owner, title, earliest(owner));
        assertEquals(1, count("SELECT COUNT(*) FROM notice WHERE id = ? AND status = 'PUBLISHED' AND enrolment_deadline IS NOT NULL", id));
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT kind, content, content_hash FROM announcement WHERE notice_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("PUBLICATION", rs.getString(1));
                assertTrue(rs.getString(2).contains(title));
                assertEquals(org.zjcs.shared.crypto.Sha256.hex(rs.getString(2)), rs.getString(3), "the hash is of the fixed text");
                assertFalse(rs.next());
            }
        }
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'NOTICE_PUBLISHED' AND object_id = ?", String.valueOf(id)));

        WebClient anyone = new WebClient();
        assertTrue(anyone.get("/notices.xhtml").body().contains(title), "on the public list");
        String detail = anyone.get("/notice.xhtml?id=" + id).body();
        assertTrue(detail.contains(title) && detail.contains("id=\"countdown\""), "detail with its countdown");
        assertTrue(detail.contains(Texts.zh("announcement.kind.PUBLICATION")));
    }

    @Test
    void badTermsAreRefusedWithTheirMessageAndNothingIsStored() throws Exception {
        WebClient owner = as("owner01");
        LocalDate ok = earliest(owner);
        long before = count("SELECT COUNT(*) FROM notice WHERE owner_id = 2001");
        String t = "Bad " + UUID.randomUUID();

        refused(post(owner, EDIT, draft(t, "RANDOM_DRAW", "86000", null, null, caseA, LocalDate.now().minusDays(1)), "publish"),
                Texts.zh("notice.error.deadlineTooSoon", "3", ok.toString()));
        refused(post(owner, EDIT, draft(t, "LOWEST_PRICE", null, "90000", "80000", caseA, ok), "save"),
                Texts.zh("notice.error.floorAboveCeiling"));
        refused(post(owner, EDIT, draft(t, "RANDOM_DRAW", "-5", null, null, caseA, ok), "save"),
                Texts.zh("money.error.notPositive", Texts.zh("notice.field.fixedPrice")));
        refused(post(owner, EDIT, draft(t, "RANDOM_DRAW", "100.005", null, null, caseA, ok), "save"),
                Texts.zh("money.error.precision", Texts.zh("notice.field.fixedPrice")));
        Map<String, String> direct = draft(t, "DIRECT_PICK", "150000", null, null, caseA, ok);
        direct.put("directPickReason", "Only one firm can do it");
        refused(post(owner, EDIT, direct, "save"), Texts.zh("notice.error.directPickThreshold", "100000.00"));
        direct.put("fixedPrice", "50000");
        direct.put("directPickReason", "");
        refused(post(owner, EDIT, direct, "save"), Texts.zh("notice.error.directPickReason", "1000"));
        refused(post(owner, EDIT, draft(t, "RANDOM_DRAW", "86000", null, null, caseB, ok), "save"),
                Texts.zh("jakarta.faces.component.UISelectMany.INVALID", Texts.zh("notice.cases")));
        refused(post(owner, EDIT, draft(t, "RANDOM_DRAW", "86000", null, null, 987654321L, ok), "save"),
                Texts.zh("jakarta.faces.component.UISelectMany.INVALID", Texts.zh("notice.cases")));

        assertEquals(before, count("SELECT COUNT(*) FROM notice WHERE owner_id = 2001"), "no notice stored");
        assertEquals(0, count("SELECT COUNT(*) FROM notice WHERE title = ?", t));
    }

    @Test
    void aRetiredServiceItemCannotBePublished() throws Exception {
        WebClient owner = as("owner01");
        String code = "ZT" + (System.nanoTime() % 1_000_000);
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO service_item (code, name_zh, name_en, "
                + "legal_basis, approval_items, requirement_mode, status, created_at, updated_at, updated_by) VALUES (?, ?, ?, 'law', "
                + "'item', 'ALL_OF', 'IN_FORCE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'test')")) {
            ps.setString(1, code);
            ps.setString(2, "Test item " + code);
            ps.setString(3, "Test item " + code);
            ps.executeUpdate();
        }
        long item = count("SELECT id FROM service_item WHERE code = ?", code);
        String title = "Retired " + UUID.randomUUID();
        Map<String, String> f = draft(title, "RANDOM_DRAW", "86000", null, null, caseA, earliest(owner));
        f.put("serviceItem", String.valueOf(item));
        assertTrue(post(owner, EDIT, f, "save").body().contains(Texts.zh("notice.saved")));
        long id = noticeByTitle(title);
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("UPDATE service_item SET status = 'RETIRED' WHERE id = ?")) {
            ps.setLong(1, item);
            ps.executeUpdate();
        }
        // The saved draft still names the item, and cannot be published with it.
        HttpResponse<String> r = post(owner, EDIT + "?id=" + id, f, "publish");
        String shown = r.body().replaceAll("(?s).*<div id=\"notice:messages\"(.*?)</div>.*", "$1");
        assertTrue(r.body().contains(Texts.zh("notice.error.itemRetired", code)), "refused with a message: " + shown);
        assertEquals(1, count("SELECT COUNT(*) FROM notice WHERE id = ? AND status = 'DRAFT'", id));
    }

    @Test
    void aPublishedNoticeIsNotEditedInPlaceAndOthersCannotTouchIt() throws Exception {
        WebClient owner = as("owner01");
        String title = "Fixed " + UUID.randomUUID();
        long id = publish(owner, title, earliest(owner));
        HttpResponse<String> edit = owner.get(EDIT + "?id=" + id);
        assertTrue(edit.body().contains("id=\"not-editable\""), "the edit page refuses a published notice");
        assertFalse(edit.body().contains("notice:save"));

        // Owner B and a member who did not write it see nothing of owner A's notice.
        String draftTitle = "Draft " + UUID.randomUUID();
        assertTrue(post(owner, EDIT, draft(draftTitle, "RANDOM_DRAW", "86000", null, null, caseA, earliest(owner)), "save")
                .body().contains(Texts.zh("notice.saved")));
        long draftId = noticeByTitle(draftTitle);
        for (String other : new String[] {ownerB, "owner02"}) {
            WebClient web = as(other);
            HttpResponse<String> page = web.get(EDIT + "?id=" + draftId);
            assertTrue(page.body().contains(Texts.zh("notice.error.notFound")), other + " is refused");
            assertFalse(page.body().contains("notice:publish"), other + " gets no form");
            assertFalse(web.get("/owner/notice-manage.xhtml?id=" + id).body().contains(title), other + " cannot manage it");
            assertFalse(web.get("/notice.xhtml?id=" + draftId).body().contains(draftTitle), "drafts are never public");
        }
        assertEquals(1, count("SELECT COUNT(*) FROM notice WHERE id = ? AND status = 'DRAFT'", draftId));
    }

    @Test
    void aCorrectionIsAnnouncedAndKeepsTheMinimumWindow() throws Exception {
        WebClient owner = as("owner01");
        String title = "Corrected " + UUID.randomUUID();
        LocalDate earliest = earliest(owner);
        long id = publish(owner, title, earliest.plusDays(14));
        String manage = "/owner/notice-manage.xhtml?id=" + id;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("reason", "");
        f.put("serviceContent", "Environmental impact report, now with noise monitoring");
        f.put("projectScale", "Site area 12,000 m2");
        f.put("mode", "ALL_OF");
        f.put("deadlineDate", LocalDate.now().toString());
        f.put("deadlineTime", "16:00");
        f.put("contactPhone", "029-87451230");
        f.put("complaintPhone", "029-12345678");
        f.put("correct", "x");
        assertTrue(owner.postForm(manage, "correction", f).body().contains(Texts.zh("notice.error.correctionReason", "1000")));
        assertEquals(1, count("SELECT COUNT(*) FROM announcement WHERE notice_id = ?", id), "nothing announced without a reason");

        f.put("reason", "Noise monitoring added");
        HttpResponse<String> r = owner.postForm(manage, "correction", f);
        assertTrue(r.body().contains(Texts.zh("notice.corrected")), r.body());
        assertEquals(1, count("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'CORRECTION' "
                + "AND changes LIKE '%deadlineExtended%' AND changes LIKE '%serviceContent%'", id));
        assertEquals(1, count("SELECT COUNT(*) FROM notice WHERE id = ? AND DATE(CONVERT_TZ(enrolment_deadline, '+00:00', '+08:00')) = ?",
                id, earliest.toString()), "a deadline too soon is moved to the earliest allowed day");
        String detail = new WebClient().get("/notice.xhtml?id=" + id).body();
        assertTrue(detail.contains(Texts.zh("announcement.kind.CORRECTION")) && detail.contains("Noise monitoring added"));
        assertTrue(detail.contains("now with noise monitoring"), "the detail shows the corrected text");

        // After the deadline, no more corrections.
        Fixtures.expire(id);
        // The deadline has passed: the correction is refused, or, once the scheduler has closed the notice (it selects
        // at the deadline by itself), the correction form is gone. Either way nothing is corrected.
        f.put("reason", "Too late");
        f.put("projectScale", "Site area 13,000 m2");
        String late = owner.postForm(manage, "correction", f).body();
        assertTrue(late.contains(Texts.zh("notice.error.correctionAfterDeadline")) || !late.contains("id=\"correction\""), late);
        assertFalse(late.contains(Texts.zh("notice.corrected")));
        assertEquals(1, count("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'CORRECTION'", id));
        assertEquals(0, count("SELECT COUNT(*) FROM notice WHERE id = ? AND project_scale = 'Site area 13,000 m2'", id));
    }

    @Test
    void aCancellationStatesItsReason() throws Exception {
        WebClient owner = as("owner01");
        String title = "Cancelled " + UUID.randomUUID();
        long id = publish(owner, title, earliest(owner));
        String manage = "/owner/notice-manage.xhtml?id=" + id;
        assertTrue(owner.postForm(manage, "cancellation", Map.of("cancelReason", " ", "cancel", "x")).body()
                .contains(Texts.zh("notice.error.cancelReason", "1000")));
        assertTrue(owner.postForm(manage, "cancellation", Map.of("cancelReason", "Project withdrawn", "cancel", "x")).body()
                .contains(Texts.zh("notice.cancelled")));
        assertEquals(1, count("SELECT COUNT(*) FROM notice WHERE id = ? AND status = 'CANCELLED'", id));
        String detail = new WebClient().get("/notice.xhtml?id=" + id).body();
        assertTrue(detail.contains(Texts.zh("announcement.kind.CANCELLATION")) && detail.contains("Project withdrawn"));
    }
}
