package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.number;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.WebClient;

/**
 * The reminder scan at volume (docs/architecture.md, "Reminders at volume"): many open deliverable time limits
 * (CONTRACTED notices, copied in the database from one made through the pages) and owner evaluations — most far from
 * the reminder window (due in weeks) or long past — and a few due within two working days. The due ones are reminded
 * of (also a deliverable due at the end of an approved extension); the others are not; and the number of SELECT
 * statements one scan runs (MariaDB's global {@code Com_select} around an operator's run of the due work, the least of
 * several runs, since the server's own jobs also read) is the same with 100 or with 1,000 open items of each kind far
 * from the window.
 */
class ReminderVolumeIT {

    private static final String KEY = "reminder.deliverable.due";
    private static final String EVALUATION = "reminder.evaluation.due";

    @Test
    void theScanReadsTheSameNumberOfStatementsForTenTimesTheOpenItemsAndRemindsOnlyTheDueOnes() throws Exception {
        Object[] a = DeliverableIT.contracted("Reminder volume template");
        long template = (long) a[0];
        long firm = Fixtures.orgOf((String) a[1]);
        List<Long> made = new ArrayList<>();
        try {
            Instant now = TestClock.now();
            // 100 open items away from the window: 50 due in about four weeks, 50 past long ago; and 3 due soon
            List<Long> away = new ArrayList<>();
            List<Long> due = new ArrayList<>();
            away.addAll(copies(template, 50, 20, now, made));
            away.addAll(copies(template, 50, 1, now.minus(Duration.ofDays(40)), made));
            due.addAll(copies(template, 2, 1, now.minus(Duration.ofHours(1)), made));
            // confirmed long ago (its service days ran out), but an approved extension ends today (Beijing)
            long extended = copies(template, 1, 1, now.minus(Duration.ofDays(400)), made).get(0);
            extend(extended, LocalDate.ofInstant(now, ReminderIT.BEIJING));
            due.add(extended);
            // the same, with a later approved extension ending in two months: not due
            long extendedAgain = copies(template, 1, 1, now.minus(Duration.ofDays(400)), made).get(0);
            extend(extendedAgain, LocalDate.ofInstant(now, ReminderIT.BEIJING));
            extend(extendedAgain, LocalDate.ofInstant(now, ReminderIT.BEIJING).plusMonths(2));
            away.add(extendedAgain);

            // owner evaluations (due time stored) on the copies: 100 away from the window (50 due in a month, 50 past)
            // and one due in an hour
            long owner = number("SELECT owner_id FROM notice WHERE id = ?", template);
            List<Long> evaluationsAway = new ArrayList<>(away.subList(0, 100));
            evaluate(evaluationsAway.subList(0, 50), owner, firm, now.plus(Duration.ofDays(30)));
            evaluate(evaluationsAway.subList(50, 100), owner, firm, now.minus(Duration.ofDays(5)));
            List<Long> evaluationsDue = new ArrayList<>(List.of(due.get(0)));
            evaluate(evaluationsDue, owner, firm, now.plus(Duration.ofHours(1)));

            awaitReminders(KEY, due, firm);
            awaitReminders(EVALUATION, evaluationsDue, owner);
            long fewer = selectsPerScan();

            // ten times as many open items away from the window, and two more due soon
            away.addAll(copies(template, 450, 20, now, made));
            away.addAll(copies(template, 450, 1, now.minus(Duration.ofDays(40)), made));
            due.addAll(copies(template, 2, 1, now.minus(Duration.ofHours(1)), made));
            List<Long> moreAway = away.subList(away.size() - 900, away.size());
            evaluate(moreAway.subList(0, 450), owner, firm, now.plus(Duration.ofDays(30)));
            evaluate(moreAway.subList(450, 900), owner, firm, now.minus(Duration.ofDays(5)));
            evaluationsAway.addAll(moreAway);
            evaluate(List.of(due.get(due.size() - 1)), owner, firm, now.plus(Duration.ofHours(1)));
            evaluationsDue.add(due.get(due.size() - 1));
            awaitReminders(KEY, due, firm);
            awaitReminders(EVALUATION, evaluationsDue, owner);
            long more = selectsPerScan();

            System.out.println("Reminder scan SELECT statements (the due-work request included): " + fewer + " with "
                    + (away.size() - 900) + " open items away from the window, " + more + " with " + away.size());
            assertTrue(more <= fewer + 10, "the scan's statements do not grow with the open items: " + fewer + " with "
                    + (away.size() - 900) + " items away from the window, " + more + " with " + away.size());

            ReminderIT.scanAgain(2);
            for (long n : due) {
                assertEquals(1, ReminderIT.reminders(KEY, firm, DeliverableIT.page(n)), "reminded once: notice " + n);
            }
            assertEquals(0, number("SELECT COUNT(*) FROM reminder_sent WHERE kind = 'DELIVERABLE_DUE' AND subject_id IN ("
                    + ids(away) + ")"), "no reminder of a time limit weeks away or past");
            assertEquals(0, number("SELECT COUNT(*) FROM notification WHERE message_key = ? AND link IN ("
                    + away.stream().map(n -> "'" + DeliverableIT.page(n) + "'").collect(Collectors.joining(",")) + ")", KEY));
            for (long n : evaluationsDue) {
                assertEquals(1, ReminderIT.reminders(EVALUATION, owner, DeliverableIT.page(n)), "evaluation reminded once: " + n);
            }
            assertEquals(0, number("SELECT COUNT(*) FROM reminder_sent WHERE kind = 'EVALUATION_DUE' AND subject_id IN ("
                    + ids(evaluationsAway) + ")"), "no reminder of an evaluation due in a month or past");
        } finally {
            removeCopies(made);
        }
    }

    /** Waits until the server's job has reminded {@code org} ({@code key}) of each notice of {@code due}. */
    private static void awaitReminders(String key, List<Long> due, long org) throws InterruptedException {
        Fixtures.await(key + " of " + due, 60, () -> due.stream().allMatch(n -> {
            try {
                return ReminderIT.reminders(key, org, DeliverableIT.page(n)) > 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /**
     * The SELECT statements of one run of the due work (selections and awards due, then one reminder scan) over HTTP:
     * the least of ten runs, as the server's other jobs (every 2 s on the test server) read at the same time.
     */
    private static long selectsPerScan() throws Exception {
        WebClient operator = Fixtures.as("operator01");
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long before = comSelect();
            HttpResponse<String> r = operator.postJson("/api/operator/due-work", "{}");
            long after = comSelect();
            assertEquals(200, r.statusCode(), r.body());
            least = Math.min(least, after - before - 1);   // less this test's own read of the counter
        }
        return least;
    }

    private static long comSelect() throws Exception {
        return number("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_SELECT'");
    }

    /**
     * Copies of the CONTRACTED template notice (all its columns, another title and service days) with a copy of its
     * confirmed contract, confirmed at {@code confirmedAt}; their ids.
     */
    private static List<Long> copies(long template, int count, int serviceDays, Instant confirmedAt, List<Long> made)
            throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = It.db()) {
            List<String> notice = columns(c, "notice");
            List<String> version = columns(c, "contract_version");
            String noticeInsert = "INSERT INTO notice (" + String.join(", ", notice) + ") SELECT "
                    + notice.stream().map(k -> k.equals("title") ? "CONCAT('Reminder volume ', ?)"
                            : k.equals("service_days") ? "?" : k).collect(Collectors.joining(", "))
                    + " FROM notice WHERE id = ?";
            String versionInsert = "INSERT INTO contract_version (" + String.join(", ", version) + ") SELECT "
                    + version.stream().map(k -> k.equals("notice_id") || k.equals("answered_at") ? "?" : k)
                            .collect(Collectors.joining(", "))
                    + " FROM contract_version WHERE notice_id = ? AND status = 'CONFIRMED'";
            for (int i = 0; i < count; i++) {
                long id;
                try (PreparedStatement ps = c.prepareStatement(noticeInsert, Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, serviceDays + " days " + i);
                    ps.setInt(2, serviceDays);
                    ps.setLong(3, template);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                made.add(id);
                out.add(id);
                try (PreparedStatement ps = c.prepareStatement(versionInsert)) {
                    ps.setLong(1, id);
                    ps.setObject(2, LocalDateTime.ofInstant(confirmedAt, ZoneOffset.UTC));
                    ps.setLong(3, template);
                    assertEquals(1, ps.executeUpdate());
                }
            }
        }
        return out;
    }

    /** An owner evaluation expected for each notice, due at {@code dueAt} (not given). */
    private static void evaluate(List<Long> notices, long owner, long firm, Instant dueAt) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation (notice_id, "
                + "notice_title, deliverable_id, owner_id, firm_id, accepted_at, due_at) VALUES (?, 'Reminder volume', 0, ?, ?, ?, ?)")) {
            for (long n : notices) {
                ps.setLong(1, n);
                ps.setLong(2, owner);
                ps.setLong(3, firm);
                ps.setObject(4, LocalDateTime.ofInstant(dueAt.minus(Duration.ofDays(3)), ZoneOffset.UTC));
                ps.setObject(5, LocalDateTime.ofInstant(dueAt, ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** An approved service-period extension of the notice's confirmed contract to {@code end}. */
    private static void extend(long notice, LocalDate end) throws Exception {
        Fixtures.sql("INSERT INTO contract_extension (notice_id, contract_id, sequence_no, requested_end, reason, status, "
                + "requested_at, requested_by, answered_at, answered_by) SELECT v.notice_id, v.id, "
                + "(SELECT COUNT(*) + 1 FROM contract_extension x WHERE x.notice_id = v.notice_id), ?, 'volume test', "
                + "'APPROVED', UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6), 'test' FROM contract_version v "
                + "WHERE v.notice_id = ? AND v.status = 'CONFIRMED'", end, notice);
    }

    /** The columns of a table but its id, in order (generated columns left out). */
    private static List<String> columns(Connection c, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME <> 'id' "
                + "AND EXTRA NOT LIKE '%GENERATED%' ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The copies go again, so that no other test sees a thousand more contracted notices of owner01. */
    private static void removeCopies(List<Long> made) throws Exception {
        if (made.isEmpty()) {
            return;
        }
        String in = ids(made);
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM evaluation WHERE notice_id IN (" + in + ")");
            s.executeUpdate("DELETE FROM contract_extension WHERE notice_id IN (" + in + ")");
            s.executeUpdate("DELETE FROM contract_version WHERE notice_id IN (" + in + ")");
            s.executeUpdate("DELETE FROM notice WHERE id IN (" + in + ")");
        }
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
