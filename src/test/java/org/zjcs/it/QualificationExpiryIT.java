package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;

/**
 * The firm is warned once before an approved qualification expires (30 days ahead), by the check that the test server
 * runs every 5 seconds; a qualification further away, or one still waiting for review, is not warned about.
 */
class QualificationExpiryIT {

    @Test
    void warnedOnceWithinThirtyDaysAndNotBefore() throws Exception {
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneId.of("Asia/Shanghai"));
        String soon = "EXP-SOON-" + System.nanoTime();
        String later = "EXP-LATER-" + System.nanoTime();
        String pending = "EXP-PENDING-" + System.nanoTime();
        insert(soon, today.plusDays(10), "APPROVED");
        insert(later, today.plusDays(40), "APPROVED");
        insert(pending, today.plusDays(10), "PENDING");

        long deadline = System.currentTimeMillis() + 60_000;
        while (notices(soon) == 0 && System.currentTimeMillis() < deadline) {
            LockSupport.parkNanos(250_000_000L);
        }
        assertEquals(1, notices(soon), "warned about the certificate that expires in 10 days");
        // Two more runs of the check later (it runs every 5 s), still exactly one warning.
        long settle = System.currentTimeMillis() + 12_000;
        while (System.currentTimeMillis() < settle) {
            LockSupport.parkNanos(500_000_000L);
        }
        assertEquals(1, notices(soon), "warned once only");
        assertEquals(0, notices(later), "not warned 40 days ahead");
        assertEquals(0, notices(pending), "not warned about a qualification that does not count yet");
    }

    private static void insert(String certificate, LocalDate validTo, String status) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO firm_qualification "
                + "(firm_id, type_code, level, certificate_no, issuer, valid_from, valid_to, scan_file_id, review_status, "
                + "submitted_at) VALUES (1002, 'CMA', NULL, ?, 'test', '2020-01-01', ?, 9005, ?, UTC_TIMESTAMP(6))")) {
            ps.setString(1, certificate);
            ps.setObject(2, validTo);
            ps.setString(3, status);
            ps.executeUpdate();
        }
    }

    private static int notices(String certificate) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM notification "
                + "WHERE recipient_organisation_id = 1002 AND message_key = 'notification.qualification.expiring' "
                + "AND message_args LIKE ?")) {
            ps.setString(1, "%" + certificate + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
