package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * Who may download a stored file (issue 14): its own organisation; an operator only the files it reviews (firm and
 * owner registrations, qualifications), each such read audited with the reason; nobody else (404). A deactivated
 * member's open session loses files and pages within seconds.
 */
class FileAccessIT {

    @Test
    void operatorsReadReviewFilesOnlyAndEachReadIsAudited() throws Exception {
        long material = number("SELECT MIN(stored_file_id) FROM firm_material WHERE firm_id = ?", orgOf("firm04"));
        long scan = number("SELECT MIN(scan_file_id) FROM firm_qualification WHERE firm_id = ?", orgOf("firm01"));
        long certificate = number("SELECT certificate_file_id FROM owner_unit WHERE organisation_id = ?", orgOf("owner04"));
        long contract = number("SELECT MIN(file_id) FROM contract_version");
        long deliverable = number("SELECT MIN(file_id) FROM deliverable_file");
        long evidence = number("SELECT MIN(file_id) FROM credit_list_evidence");

        for (long review : new long[] {material, scan, certificate}) {
            assertTrue(review > 0, "the demo has such a file");
        }
        WebClient operator = Fixtures.as("operator01");
        assertReadForReview(operator, material, "FIRM_REGISTRATION");
        assertReadForReview(operator, scan, "QUALIFICATION_REVIEW");
        assertReadForReview(operator, certificate, "OWNER_REGISTRATION");
        for (long other : new long[] {contract, deliverable, evidence}) {
            assertTrue(other > 0, "the demo has such a file");
            long before = audited(other);
            assertEquals(404, operator.get("/files/" + other).statusCode(), "an operator does not read file " + other);
            assertEquals(before, audited(other), "nothing audited for a refused read");
        }

        WebClient firm01 = Fixtures.as("firm01");
        assertEquals(200, firm01.get("/files/" + scan).statusCode(), "a firm reads its own files");
        assertEquals(404, firm01.get("/files/" + material).statusCode(), "not another firm's");
    }

    @Test
    void aDeactivatedMembersOpenSessionLosesFilesAndPagesWithinSeconds() throws Exception {
        String username = "member" + UUID.randomUUID().toString().substring(0, 8);
        long org = orgOf("owner01");
        try (Connection c = It.db()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_account (username, password_hash, display_name, "
                    + "organisation_id, status, created_at) SELECT ?, password_hash, '停用测试', ?, 'ACTIVE', UTC_TIMESTAMP(6) "
                    + "FROM user_account WHERE username = 'owner02'", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setLong(2, org);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys(); Statement s = c.createStatement()) {
                    keys.next();
                    s.executeUpdate("INSERT INTO user_role (user_id, role) VALUES (" + keys.getLong(1) + ", 'OWNER')");
                }
            }
        }
        long certificate = number("SELECT certificate_file_id FROM owner_unit WHERE organisation_id = ?", org);
        WebClient member = new WebClient();
        assertEquals(302, member.login(username, It.DEMO_PASSWORD).statusCode());
        assertEquals(200, member.get("/owner/index.xhtml").statusCode());
        assertEquals(200, member.get("/files/" + certificate).statusCode(), "a member reads its unit's file");
        WebClient otherTab = new WebClient(); // a second session of the same member, next asking for a role page
        assertEquals(302, otherTab.login(username, It.DEMO_PASSWORD).statusCode());
        assertEquals(200, otherTab.get("/owner/index.xhtml").statusCode());

        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "UPDATE user_account SET status = 'DISABLED' WHERE username = ?")) {
            ps.setString(1, username);
            ps.executeUpdate();
        }
        Thread.sleep(3500); // the status is cached for at most 3 s (zjcs.account.status.cache.ms)

        HttpResponse<String> file = member.get("/files/" + certificate);
        assertEquals(302, file.statusCode(), "the file is refused at once");
        assertTrue(file.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
        assertEquals(302, member.get("/owner/index.xhtml").statusCode(), "the session has ended: pages too");
        HttpResponse<String> page = otherTab.get("/owner/index.xhtml");
        assertEquals(302, page.statusCode(), "a role page ends the other session too (not a 403 that keeps it)");
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
        assertEquals(302, otherTab.get("/account/notifications.xhtml").statusCode(), "that session has ended");
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'SESSION_ENDED_INACTIVE'",
                username), "audited");
    }

    private static void assertReadForReview(WebClient operator, long fileId, String review) throws Exception {
        long before = audited(fileId);
        HttpResponse<String> r = operator.get("/files/" + fileId);
        assertEquals(200, r.statusCode(), "the operator reviews file " + fileId);
        assertEquals(before + 1, audited(fileId), "each read is audited");
        String details = Fixtures.text("SELECT details FROM audit_entry WHERE action = 'FILE_READ_FOR_REVIEW' "
                + "AND object_id = ? AND actor = 'operator01' ORDER BY id DESC LIMIT 1", String.valueOf(fileId));
        assertTrue(details.contains(review), details);
    }

    private static long audited(long fileId) throws Exception {
        return number("SELECT COUNT(*) FROM audit_entry WHERE action = 'FILE_READ_FOR_REVIEW' AND object_id = ?",
                String.valueOf(fileId));
    }
}
