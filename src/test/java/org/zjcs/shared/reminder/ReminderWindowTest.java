package org.zjcs.shared.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.calendar.CalendarNotAvailableException;
import org.zjcs.shared.calendar.ReferenceCalendar;
import org.zjcs.shared.calendar.WorkingDayCalendar;
import org.zjcs.shared.time.BusinessTime;

/**
 * The bounds a reminder source puts into its SQL: every limit whose reminder is due now lies within them (checked
 * against a brute-force count over two years of the real calendar, the year without a calendar counted Monday to
 * Friday as CalendarService does), and limits far from the window (not due for weeks, or past) lie outside.
 */
class ReminderWindowTest {

    private static final WorkingDayCalendar CAL = ReferenceCalendar.load();
    private static final int AHEAD = ReminderService.WORKING_DAYS_AHEAD;

    private static Instant beijing(String isoDateTime) {
        return LocalDateTime.parse(isoDateTime).atZone(BusinessTime.ZONE).toInstant();
    }

    @Test
    void noLimitWhoseReminderIsDueFallsOutsideTheBounds() {
        int[] limits = {0, 1, 2, 3, 5, 10, 20, 45, 120, 365};
        LocalTime[] times = {LocalTime.of(0, 0), LocalTime.of(9, 30), LocalTime.of(23, 59, 59)};
        int due = 0;
        for (LocalDate today = LocalDate.of(2025, 1, 2); today.isBefore(LocalDate.of(2027, 1, 20)); today = today.plusDays(5)) {
            for (LocalTime t : new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(17, 45)}) {
                Instant now = today.atTime(t).atZone(BusinessTime.ZONE).toInstant();
                ReminderWindow w = ReminderWindow.at(now, CAL, AHEAD);
                for (int days : limits) {
                    // every start date from which the limit can end near now (and some far before the bounds)
                    for (LocalDate start = today.minusDays(days * 8L / 5 + 20); !start.isAfter(today.minusDays(days - 5L)); start = start.plusDays(1)) {
                        for (LocalTime at : times) {
                            Instant s = start.atTime(at).atZone(BusinessTime.ZONE).toInstant();
                            Instant dueAt = afterWorkingDays(s, days);
                            if (!isDue(dueAt, now)) {
                                continue;
                            }
                            due++;
                            String what = "limit of " + days + " days from " + start + " " + at + ", now " + today + " " + t;
                            assertTrue(w.mayBeDue(dueAt), what);
                            assertFalse(s.isBefore(w.startFrom(days)), what + ": before startFrom " + w.startFrom(days));
                            assertTrue(s.isBefore(w.startBefore(days)), what + ": not before startBefore " + w.startBefore(days));
                            assertFalse(s.isBefore(w.startFromLinear(days)), what + ": before the linear bound");
                        }
                    }
                }
            }
        }
        assertTrue(due > 10_000, "the check saw due limits: " + due);
    }

    @Test
    void limitsFarFromTheWindowAreOutsideTheBounds() {
        Instant now = beijing("2026-11-18T10:00");   // a Wednesday, weeks after the National Day holiday
        ReminderWindow w = ReminderWindow.at(now, CAL, AHEAD);
        // due on Friday 20 (two working days ahead): inside; due on Monday 23: later
        assertTrue(w.mayBeDue(beijing("2026-11-20T23:59:59")));
        assertFalse(w.mayBeDue(beijing("2026-11-23T00:00")));
        assertFalse(w.mayBeDue(now), "a due time now or past is not reminded of");
        assertEquals(beijing("2026-11-21T00:00"), w.dueBefore());
        // a 20-working-day limit started today is weeks away; one started 30 days ago (Monday 19 October) ran out on
        // Monday 16 November
        assertFalse(now.isBefore(w.startBefore(20)), "started now: at or after the upper bound");
        assertTrue(now.minus(Duration.ofDays(30)).isBefore(w.startFrom(20)), "started a month ago: ran out");
        assertEquals(beijing("2026-10-21T00:00"), w.startFrom(20), "the 20th working day before the 18th");
        assertTrue(now.minus(Duration.ofDays(45)).isBefore(w.startFromLinear(20)), "the per-row bound too");
        assertTrue(w.slack() < 15, "the per-row bound stays close: slack " + w.slack());
    }

    @Test
    void theEarliestStartSkipsHolidays() {
        // Thursday 9 October 2025 after the National Day holiday (1–8 October): a 1-working-day limit started on
        // Tuesday 30 September runs out on the 9th; one started on the 29th ran out on the 30th
        ReminderWindow w = ReminderWindow.at(beijing("2025-10-09T09:00"), CAL, AHEAD);
        assertEquals(beijing("2025-09-30T00:00"), w.startFrom(1));
        assertEquals(beijing("2025-10-09T00:00"), w.startFrom(0));
        // two working days ahead of the 9th: Friday 10 and Saturday 11 October 2025 (a make-up working day)
        assertEquals(beijing("2025-10-12T00:00"), w.dueBefore());
    }

    @Test
    void aYearWithoutCalendarWidensTheBoundsToMondayToFriday() {
        // Wednesday 30 December 2026; 2027 is not loaded: Thursday 31 and Friday 1 January count (Monday to Friday)
        ReminderWindow w = ReminderWindow.at(beijing("2026-12-30T12:00"), CAL, AHEAD);
        assertEquals(beijing("2027-01-02T00:00"), w.dueBefore());
    }

    // ---- the reference the bounds are checked against: CalendarService's counting, day by day -------------------

    /** CalendarService.afterWorkingDays: the calendar when it covers every day walked, else Monday to Friday. */
    private static Instant afterWorkingDays(Instant from, int days) {
        LocalDateTime at = LocalDateTime.ofInstant(from, BusinessTime.ZONE);
        LocalDate end;
        try {
            end = CAL.addWorkingDays(at.toLocalDate(), days);
        } catch (CalendarNotAvailableException e) {
            end = walk(at.toLocalDate(), days, 1);
        }
        return end.atTime(at.toLocalTime()).atZone(BusinessTime.ZONE).toInstant();
    }

    /** ReminderService.isDue over CalendarService.beforeWorkingDays (Monday to Friday when a year walked is missing). */
    private static boolean isDue(Instant due, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(due, BusinessTime.ZONE);
        LocalDate start;
        try {
            start = CAL.subtractWorkingDays(at.toLocalDate(), AHEAD);
        } catch (CalendarNotAvailableException e) {
            start = walk(at.toLocalDate(), AHEAD, -1);
        }
        Instant from = start.atTime(at.toLocalTime()).atZone(BusinessTime.ZONE).toInstant();
        return now.isBefore(due) && !now.isBefore(from);
    }

    private static LocalDate walk(LocalDate date, int days, int step) {
        LocalDate d = date;
        for (int left = days; left > 0; ) {
            d = d.plusDays(step);
            if (weekday(d)) {
                left--;
            }
        }
        return d;
    }

    private static boolean weekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
