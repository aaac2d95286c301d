package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The time limits of the approval departments' checks and quality ratings (issue 17, seed 002 §12): a check is due
 * {@code delivery.check.working-days} (3) working days after the owner accepted the version, a rating
 * {@code credit.rating.working-days} (3) after the department's pass. The department is reminded ahead; past the
 * limit the approval work list and the deliverables page mark it overdue; a check made in time is never overdue.
 */
class DepartmentLimitsIT {

    private static final String WORK = "/approval/work.xhtml";

    /** A DELIVERED notice whose first version the owner accepted just now: {notice id, winner username}. */
    private static Object[] accepted(String title) throws Exception {
        Object[] a = DeliverableIT.contracted(title + " " + System.nanoTime());
        long notice = (long) a[0];
        HttpResponse<String> v1 = DeliverableIT.upload(as((String) a[1]), notice, "Survey report", TestFiles.pdf("report.pdf"));
        assertTrue(v1.body().contains(Texts.zh("deliverable.submitted")), v1.body());
        HttpResponse<String> ok = as("owner01").postForm(DeliverableIT.page(notice), "answer", Map.of("accept", "x"));
        assertTrue(ok.body().contains(Texts.zh("deliverable.accepted")), ok.body());
        return a;
    }

    private static void pass(WebClient approver, long notice) {
        HttpResponse<String> passed = approver.postForm(DeliverableIT.page(notice), "check", Map.of("pass", "x"));
        assertTrue(passed.body().contains(Texts.zh("deliverable.checkPassed")), passed.body());
    }

    @Test
    void aCheckAndARatingPastTheirLimitsAreRemindedAndMarkedOverdue() throws Exception {
        long notice = (long) accepted("Limits overdue")[0];
        WebClient approver = as("approver01");
        long department = Fixtures.orgOf("approver01");
        String link = DeliverableIT.page(notice);

        WorkListIT.Row check = WorkListIT.only(WorkListIT.rows(approver, WORK), notice, "work.state.check.waiting");
        assertFalse(check.overdue(), "just accepted: in time " + check);
        assertTrue(check.html().contains(Texts.zh("limits.work.due.check")), "the check's time limit is shown: " + check);
        String page = approver.get(link).body();
        assertTrue(page.contains("id=\"check-due-at\""), "the department sees its check's time limit");
        assertFalse(page.contains("id=\"check-overdue\""), page);
        assertFalse(as("owner01").get(link).body().contains("id=\"check-due-at\""), "only the department's staff");

        // time passes until the check (3 working days after the acceptance) is due on the next working day
        TestClock.advance(Duration.ofDays(ReminderIT.daysAhead(3)));
        Fixtures.await("the check reminder", 60, () -> count("limits.reminder.check", department, link) > 0);
        assertFalse(WorkListIT.only(WorkListIT.rows(approver, WORK), notice, "work.state.check.waiting").overdue(),
                "reminded ahead, not overdue yet");

        TestClock.advance(Duration.ofDays(10));
        assertTrue(WorkListIT.only(WorkListIT.rows(approver, WORK), notice, "work.state.check.waiting").overdue(),
                "past the check's time limit");
        page = approver.get(link).body();
        assertTrue(page.contains("id=\"check-overdue\""), "the deliverables page marks it overdue");
        assertTrue(page.contains(Texts.zh("limits.check.overdue")), page);

        pass(approver, notice);
        assertEquals("COMPLETED", Fixtures.status(notice), "a late department changes nothing of the notice");
        assertTrue(approver.get(link).body().contains("id=\"check-overdue\""), "a check made late stays marked");

        WorkListIT.Row rating = WorkListIT.only(WorkListIT.rows(approver, WORK), notice, "work.state.rating.toGive");
        assertFalse(rating.overdue(), "the rating's time limit starts at the pass: " + rating);
        assertTrue(rating.html().contains(Texts.zh("limits.work.due.rating")), rating.toString());
        page = approver.get(link).body();
        assertTrue(page.contains("id=\"rating-due-at\""), "the rating form shows its time limit");
        assertFalse(page.contains("rating-overdue"), "not overdue yet");
        TestClock.advance(Duration.ofDays(ReminderIT.daysAhead(3)));
        Fixtures.await("the rating reminder", 60, () -> count("limits.reminder.rating", department, link) > 0);
        TestClock.advance(Duration.ofDays(10));
        assertTrue(WorkListIT.only(WorkListIT.rows(approver, WORK), notice, "work.state.rating.toGive").overdue(),
                "past the rating's time limit");
        assertTrue(approver.get(link).body().contains("rating-overdue"), "the deliverables page marks the rating overdue");
    }

    @Test
    void aCheckMadeInTimeIsNeverOverdue() throws Exception {
        long notice = (long) accepted("Limits in time")[0];
        WebClient approver = as("approver01");
        pass(approver, notice);
        TestClock.advance(Duration.ofDays(20));
        String page = approver.get(DeliverableIT.page(notice)).body();
        assertTrue(page.contains("id=\"check-due-at\""), page);
        assertFalse(page.contains("id=\"check-overdue\""), "checked in time: no overdue mark weeks later");
        assertTrue(WorkListIT.of(WorkListIT.rows(approver, WORK), notice).stream()
                .noneMatch(r -> r.state().equals("work.state.check.waiting")), "nothing left to check");
    }

    private static long count(String key, long org, String link) {
        try {
            return ReminderIT.reminders(key, org, link);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
