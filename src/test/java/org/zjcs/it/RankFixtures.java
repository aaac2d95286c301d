package org.zjcs.it;

import static org.zjcs.support.Fixtures.number;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;

/**
 * Fixtures of the rankings and 通报 tests: organisations of their own and {@code due_item} rows written with JDBC (in
 * the rankings' branch nothing fills due_item yet). The rows lie in months of 2024, where no other test's activity is,
 * and their ref_ids are far above any real row's.
 */
final class RankFixtures {

    private static final AtomicLong REF = new AtomicLong(9_000_000_000_000L + (System.nanoTime() % 1_000_000_000L) * 1000);

    private RankFixtures() {
    }

    /** A new organisation of the kind (DEPARTMENT, OWNER, FIRM, REGULATOR); its id. */
    static long organisation(String kind, String name) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (name, kind, status, "
                + "created_at) VALUES (?, ?, 'ACTIVE', ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, kind);
            ps.setObject(3, LocalDateTime.of(2024, 1, 1, 0, 0));
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** A regulator account of a new regulator organisation (the demo password); its username. */
    static String otherRegulator() throws Exception {
        long org = organisation("REGULATOR", "测试监管局" + System.nanoTime());
        String user = "rankreg" + (System.nanoTime() % 1_000_000_000L);
        String hash = Fixtures.text("SELECT password_hash FROM user_account WHERE username = 'regulator01'");
        Fixtures.sql("INSERT INTO user_account (username, password_hash, display_name, organisation_id, status, created_at) "
                + "VALUES (?, ?, '测试监管员', ?, 'ACTIVE', ?)", user, hash, org, LocalDateTime.of(2024, 1, 1, 0, 0));
        long id = number("SELECT id FROM user_account WHERE username = ?", user);
        Fixtures.sql("INSERT INTO user_role (user_id, role) VALUES (?, 'REGULATOR')", id);
        return user;
    }

    /**
     * A due item of the party: opened at {@code opened}, due at {@code due}, done at {@code done} (null: open), late
     * when done after due.
     */
    static void due(String partyType, long partyId, Instant opened, Instant due, Instant done) throws Exception {
        Fixtures.sql("INSERT INTO due_item (kind, ref_id, party_type, party_id, opened_at, due_at, done_at, late, "
                        + "duration_seconds, updated_at) VALUES ('DEPARTMENT_CHECK', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                REF.incrementAndGet(), partyType, partyId, utc(opened), utc(due), done == null ? null : utc(done),
                done == null ? null : done.isAfter(due) ? 1 : 0,
                done == null ? null : done.getEpochSecond() - opened.getEpochSecond(), utc(opened));
    }

    /** {@code n} items closed on time in the month of {@code at} (opened at it, due in 3 days, done the next day). */
    static void onTime(String partyType, long partyId, int n, Instant at) throws Exception {
        for (int i = 0; i < n; i++) {
            due(partyType, partyId, at, at.plusSeconds(3 * 86400), at.plusSeconds(86400));
        }
    }

    /** {@code n} items closed late (opened at it, due the next day, done 3 days later). */
    static void late(String partyType, long partyId, int n, Instant at) throws Exception {
        for (int i = 0; i < n; i++) {
            due(partyType, partyId, at, at.plusSeconds(86400), at.plusSeconds(3 * 86400));
        }
    }

    /** An owner's evaluation of the firm given at {@code at} at the level. */
    static void evaluation(long ownerId, long firmId, String level, Instant at) throws Exception {
        long ref = REF.incrementAndGet();
        Fixtures.sql("INSERT INTO evaluation (notice_id, notice_title, deliverable_id, owner_id, firm_id, accepted_at, due_at, "
                        + "overall_level, evaluated_at, evaluated_by) VALUES (?, '排名测试', ?, ?, ?, ?, ?, ?, ?, 'test')",
                ref, ref, ownerId, firmId, utc(at.minusSeconds(86400)), utc(at.plusSeconds(86400)), level, utc(at));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Timestamp ts(Instant at) {
        return Timestamp.valueOf(utc(at));
    }
}
