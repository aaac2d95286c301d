package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.number;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.WebClient;

/**
 * Reminders two working days before a time limit, sent by the job the test server runs every 2 seconds: a contract
 * filing due soon reminds both parties once, a deliverable due soon reminds the winning firm once, however many scans
 * follow.
 */
class ReminderIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static long reminders(String key, long org, String link) throws Exception {
        return number("SELECT COUNT(*) FROM notification WHERE message_key = ? AND recipient_organisation_id = ? AND link = ?",
                key, org, link);
    }

    @Test
    void aContractFilingDueWithinTwoWorkingDaysRemindsBothPartiesOnce() throws Exception {
        Object[] a = ContractIT.awarded("Reminder filing");
        long notice = (long) a[0];
        long owner = Fixtures.orgOf("owner01");
        long firm = Fixtures.orgOf((String) a[1]);
        String link = ContractIT.page(notice);
        assertEquals(0, reminders("reminder.contract.filingDue", owner, link), "not due yet: 5 working days ahead");

        // time passes until the filing (5 working days after the award) is due on the next working day
        TestClock.advance(Duration.ofDays(daysAhead(5)));
        Fixtures.await("the filing reminder", 60, () -> count("reminder.contract.filingDue", owner, link) > 0
                && count("reminder.contract.filingDue", firm, link) > 0);
        scanAgain(3); // three more scans, run now by an operator
        assertEquals(1, reminders("reminder.contract.filingDue", owner, link), "the owner unit is reminded once");
        assertEquals(1, reminders("reminder.contract.filingDue", firm, link), "the winning firm is reminded once");
        assertEquals(1, number("SELECT COUNT(*) FROM reminder_sent WHERE kind = 'CONTRACT_FILING' AND subject_id = ?", notice));
    }

    @Test
    void aDeliverableDueWithinTwoWorkingDaysRemindsTheFirmOnce() throws Exception {
        Object[] a = DeliverableIT.contracted("Reminder deliverable");
        long notice = (long) a[0];
        long firm = Fixtures.orgOf((String) a[1]);
        String link = DeliverableIT.page(notice);
        // the notice's service_days is 20: time passes until the deliverable is due on the next working day
        TestClock.advance(Duration.ofDays(daysAhead(20)));
        Fixtures.await("the deliverable reminder", 60, () -> count("reminder.deliverable.due", firm, link) > 0);
        scanAgain(3);
        assertEquals(1, reminders("reminder.deliverable.due", firm, link), "the firm is reminded once");
        assertEquals(0, reminders("reminder.deliverable.due", Fixtures.orgOf("owner01"), link), "the owner is not");
    }

    /**
     * Scans at the same moment, as on several servers (two operators' scans and the server's own after the clock
     * moved): each reminder is still sent once (claimed in reminder_sent; docs/scaling.md, "Exactly once across nodes").
     */
    @Test
    void scansAtTheSameMomentRemindOnce() throws Exception {
        Object[] a = ContractIT.awarded("Reminder race");
        long notice = (long) a[0];
        long owner = Fixtures.orgOf("owner01");
        long firm = Fixtures.orgOf((String) a[1]);
        String link = ContractIT.page(notice);
        WebClient op1 = Fixtures.as("operator01");
        WebClient op2 = Fixtures.as("operator01");
        TestClock.advance(Duration.ofDays(daysAhead(5)));
        CompletableFuture<HttpResponse<String>> x = CompletableFuture.supplyAsync(() -> op1.postJson("/api/operator/due-work", "{}"));
        CompletableFuture<HttpResponse<String>> y = CompletableFuture.supplyAsync(() -> op2.postJson("/api/operator/due-work", "{}"));
        assertEquals(200, x.get().statusCode(), x.get().body());
        assertEquals(200, y.get().statusCode(), y.get().body());
        Fixtures.await("the filing reminder", 60, () -> count("reminder.contract.filingDue", owner, link) > 0
                && count("reminder.contract.filingDue", firm, link) > 0);
        scanAgain(1);
        assertEquals(1, reminders("reminder.contract.filingDue", owner, link), "the owner unit is reminded once");
        assertEquals(1, reminders("reminder.contract.filingDue", firm, link), "the winning firm is reminded once");
        assertEquals(1, number("SELECT COUNT(*) FROM reminder_sent WHERE kind = 'CONTRACT_FILING' AND subject_id = ?", notice));
    }

    private static long count(String key, long org, String link) {
        try {
            return reminders(key, org, link);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How many calendar days the test clock must move on from a start made just now (on the server's clock) so that
     * "N working days after the start" falls on the next working day after the new today (Beijing), with the calendar
     * the server uses (Monday to Friday for a year that is not loaded).
     */
    static int daysAhead(int workingDays) throws Exception {
        Map<LocalDate, String> overrides = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try (Connection c = It.db(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT day, kind FROM calendar_day")) {
                while (rs.next()) {
                    overrides.put(rs.getObject(1, LocalDate.class), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT year FROM calendar_year")) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
        }
        LocalDate start = LocalDate.ofInstant(TestClock.now(), BEIJING);
        LocalDate due = add(start, workingDays, overrides, years);
        for (int k = 0; k < 60; k++) {
            if (add(start.plusDays(k), 1, overrides, years).equals(due)) {
                return k;
            }
        }
        throw new AssertionError("no shift found");
    }

    private static LocalDate add(LocalDate from, int n, Map<LocalDate, String> overrides, Set<Integer> years) {
        LocalDate d = from;
        while (n > 0) {
            d = d.plusDays(1);
            boolean working = years.contains(d.getYear()) && overrides.containsKey(d)
                    ? "WORKDAY".equals(overrides.get(d))
                    : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (working) {
                n--;
            }
        }
        return d;
    }

    /** Runs the due work (selections, awards and one reminder scan) now, {@code times} times, as operator01. */
    static void scanAgain(int times) {
        WebClient operator = Fixtures.as("operator01");
        for (int i = 0; i < times; i++) {
            HttpResponse<String> r = operator.postJson("/api/operator/due-work", "{}");
            assertEquals(200, r.statusCode(), r.body());
        }
    }
}
