package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Enrolment and sealed bids over REST and on the notice page: eligibility named rule by rule, prices checked against
 * the notice, revisions and withdrawals with receipts, nothing readable before the deadline (not by the owner, not in
 * the database, not in the audit log), and nothing accepted after it.
 */
class EnrolmentIT {

    /** firm01 offers ZJ001 (item 1), ZJ003 (3), ZJ004 (4) and holds a valid EIA_CREDIT_REG; firm02 offers items 6 and 8. */
    static final long EIA_ITEM = 1;

    static long insertNotice(String method, long itemId, String fixed, String floor, String ceiling, Instant deadline,
                             String requirement) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO notice (owner_id, created_by_user, "
                + "service_item_id, title, service_content, project_scale, region_code, fund_source, selection_method, fixed_price, "
                + "price_floor, price_ceiling, min_bidders, requirement_mode, service_days, planned_deadline, enrolment_deadline, "
                + "contact_name, contact_phone, complaint_phone, status, created_at, updated_at, published_at, draw_commitment) "
                + "VALUES (2001, 2001, ?, ?, 'content', 'scale', '610102', 'FISCAL', ?, ?, ?, ?, 3, 'ALL_OF', 10, ?, ?, "
                + "'Wang', '029-87451234', '029-87451000', 'PUBLISHED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, itemId);
            ps.setString(2, "Enrolment test " + method + " " + System.nanoTime());
            ps.setString(3, method);
            ps.setString(4, fixed);
            ps.setString(5, floor);
            ps.setString(6, ceiling);
            ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.ofInstant(deadline, ZoneOffset.ofHours(8))));
            ps.setTimestamp(8, Timestamp.valueOf(LocalDateTime.ofInstant(deadline, ZoneOffset.UTC)));
            ps.setString(9, "0".repeat(64));
            ps.executeUpdate();
            long id;
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
            if (requirement != null) {
                try (PreparedStatement r = c.prepareStatement(
                        "INSERT INTO notice_requirement (notice_id, position, type_code, min_level) VALUES (?, 0, ?, NULL)")) {
                    r.setLong(1, id);
                    r.setString(2, requirement);
                    r.executeUpdate();
                }
            }
            return id;
        }
    }

    static WebClient as(String user) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(user, It.DEMO_PASSWORD).statusCode(), "login of " + user);
        return web;
    }

    static String bids(long notice) {
        return "/api/notices/" + notice + "/bids";
    }

    static long count(long notice) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM enrolment WHERE notice_id = ?")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anEligibleFirmEnrolsOnceWithAReceiptAndOthersLearnOnlyTheCount() throws Exception {
        long notice = insertNotice("RANDOM_DRAW", EIA_ITEM, "80000.00", null, null, Instant.now().plus(Duration.ofHours(2)),
                "EIA_CREDIT_REG");
        WebClient firm = as("firm01");
        HttpResponse<String> r = firm.postJson(bids(notice), "{}");
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().matches(".*\"receiptHash\":\"[0-9a-f]{64}\".*"), r.body());
        assertTrue(r.body().contains("\"kind\":\"ENROL\""), r.body());

        HttpResponse<String> again = firm.postJson(bids(notice), "{}");
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains(Texts.zh("eligibility.ALREADY_ENROLLED")), again.body());
        HttpResponse<String> priced = firm.sendJson("PUT", bids(notice), "{\"price\": 70000}");
        assertEquals(400, priced.statusCode());
        assertTrue(priced.body().contains(Texts.zh("enrolment.error.noPrice")), priced.body());

        // the owner and the public see a count, never who
        String ownerView = as("owner01").get(bids(notice)).body();
        assertTrue(ownerView.contains("\"activeEnrolments\":1"), ownerView);
        assertFalse(ownerView.contains("1001"), ownerView);
        String page = new WebClient().get("/notice.xhtml?id=" + notice).body();
        assertTrue(page.contains("id=\"enrolment-count\""), page);
        assertFalse(page.contains("陕西秦川"), "the page names no bidder");

        // the database holds no firm and no price in clear; the audit log does not name the firm
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT firm_id, firm_sealed, opened_price, receipt_hash FROM enrolment WHERE notice_id = ?")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertNull(rs.getObject(1));
                assertFalse(rs.getString(2).contains("1001"));
                assertNull(rs.getObject(3));
            }
        }
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ?")) {
            ps.setString(1, String.valueOf(notice));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the audit chain says nothing of a sealed enrolment before the deadline");
            }
        }
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT s.kind FROM enrolment_submission s "
                + "JOIN enrolment e ON e.id = s.enrolment_id WHERE e.notice_id = ?")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the submission is in the ledger");
                assertEquals("ENROL", rs.getString(1));
            }
        }

        // firm02 does not offer the item and lacks the qualification: both rules are named
        HttpResponse<String> other = as("firm02").postJson(bids(notice), "{}");
        assertEquals(400, other.statusCode());
        assertTrue(other.body().contains(Texts.zh("eligibility.ITEM_NOT_OFFERED")), other.body());
        String standing = as("firm02").get(bids(notice)).body();
        assertTrue(standing.contains("eligibility.ITEM_NOT_OFFERED") && standing.contains("eligibility.QUALIFICATION_MISSING"), standing);
        // an owner is no firm
        assertEquals(403, as("owner01").postJson(bids(notice), "{}").statusCode());
        assertEquals(1, count(notice));
    }

    @Test
    void pricesAreCheckedRevisedAndWithdrawnUntilTheDeadline() throws Exception {
        long notice = insertNotice("LOWEST_PRICE", EIA_ITEM, null, "50000.00", "60000.00", Instant.now().plus(Duration.ofHours(2)), null);
        WebClient firm = as("firm01");
        HttpResponse<String> high = firm.postJson(bids(notice), "{\"price\": 60000.01}");
        assertEquals(400, high.statusCode());
        assertTrue(high.body().contains("50000.00") && high.body().contains("60000.00"), high.body());
        HttpResponse<String> fen = firm.postJson(bids(notice), "{\"price\": 55000.005}");
        assertEquals(400, fen.statusCode());
        assertTrue(fen.body().contains("两位小数"), fen.body());
        HttpResponse<String> none = firm.postJson(bids(notice), "{}");
        assertEquals(400, none.statusCode());
        assertEquals(0, count(notice), "nothing stored for refused bids");

        HttpResponse<String> first = firm.postJson(bids(notice), "{\"price\": 55000.50}");
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> revised = firm.sendJson("PUT", bids(notice), "{\"price\": 54000}");
        assertEquals(200, revised.statusCode(), revised.body());
        assertNotEquals(first.body(), revised.body());
        String mine = firm.get(bids(notice)).body();
        assertTrue(mine.contains("\"myPrice\":54000.00") || mine.contains("\"myPrice\":54000"), mine);
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT price_sealed FROM enrolment WHERE notice_id = ?")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertFalse(rs.getString(1).contains("54000"), "the price is sealed");
            }
        }
        HttpResponse<String> withdrawn = firm.sendJson("DELETE", bids(notice), null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(new WebClient().get(bids(notice)).body().contains("\"activeEnrolments\":0"));
        assertEquals(400, firm.sendJson("DELETE", bids(notice), null).statusCode(), "nothing left to withdraw");
        assertEquals(201, firm.postJson(bids(notice), "{\"price\": 53000}").statusCode(), "enrols again");
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT submissions FROM enrolment WHERE notice_id = ?")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(4, rs.getInt(1));
            }
        }
    }

    @Test
    void nothingIsAcceptedAfterTheDeadlineOrOnACancelledNotice() throws Exception {
        long closed = insertNotice("LOWEST_PRICE", EIA_ITEM, null, "50000.00", "60000.00", Instant.now().minusSeconds(5), null);
        HttpResponse<String> late = as("firm01").postJson(bids(closed), "{\"price\": 55000}");
        assertEquals(400, late.statusCode());
        assertTrue(late.body().contains(Texts.zh("enrolment.error.closed")), late.body());
        assertEquals(0, count(closed));

        long cancelled = insertNotice("RANDOM_DRAW", EIA_ITEM, "80000.00", null, null, Instant.now().plus(Duration.ofHours(2)), null);
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("UPDATE notice SET status = 'CANCELLED' WHERE id = ?")) {
            ps.setLong(1, cancelled);
            ps.executeUpdate();
        }
        HttpResponse<String> r = as("firm01").postJson(bids(cancelled), "{}");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains(Texts.zh("enrolment.error.cancelled")), r.body());
    }

    @Test
    void aFirmEnrolsOnTheNoticePageAndSeesItsReceipt() throws Exception {
        long notice = insertNotice("LOWEST_PRICE", EIA_ITEM, null, "50000.00", "60000.00", Instant.now().plus(Duration.ofHours(2)), null);
        WebClient firm = as("firm01");
        String path = "/notice.xhtml?id=" + notice;
        HttpResponse<String> bad = firm.postForm(path, "enrol", Map.of("price", "abc", "enrolButton", "x"));
        assertTrue(bad.body().contains(Texts.zh("money.error.format")), bad.body());
        HttpResponse<String> ok = firm.postForm(path, "enrol", Map.of("price", "52,000.00", "enrolButton", "x"));
        assertTrue(ok.body().contains(Texts.zh("enrolment.done.ENROL")), ok.body());
        assertTrue(ok.body().contains("id=\"enrolment-receipt\""), ok.body());
        assertTrue(ok.body().contains("52000.00"), "the firm sees its own price");
        assertEquals(1, count(notice));
    }
}
