package org.zjcs.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calendar with the real 2025 and 2026 arrangements, as the migration loads them. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar cal = ReferenceCalendar.load();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void loadsBothYearsFromTheMigration() {
        assertEquals(Set.of(2025, 2026), cal.years());
    }

    @Test
    void ordinaryWeekdaysWorkAndWeekendsRest() {
        assertTrue(cal.isWorkingDay(d("2025-03-12")));   // Wednesday
        assertFalse(cal.isWorkingDay(d("2025-03-15")));  // Saturday
        assertFalse(cal.isWorkingDay(d("2025-03-16")));  // Sunday
    }

    @Test
    void nationalDay2025IsOffAndItsMakeUpWeekendDaysAreWorkingDays() {
        for (int day = 1; day <= 8; day++) {
            assertFalse(cal.isWorkingDay(LocalDate.of(2025, 10, day)), "2025-10-0" + day + " is a holiday");
        }
        assertTrue(cal.isWorkingDay(d("2025-09-28")), "Sunday 28 Sep 2025 is a make-up working day");
        assertTrue(cal.isWorkingDay(d("2025-10-11")), "Saturday 11 Oct 2025 is a make-up working day");
        assertFalse(cal.isWorkingDay(d("2025-10-12")), "Sunday 12 Oct 2025 is an ordinary Sunday");
    }

    @Test
    void deadlineSpanningNationalDayLandsOnTheMakeUpSaturday() {
        // Published Tuesday 30 Sep 2025; 3 working days: Thu 9 Oct, Fri 10 Oct, Sat 11 Oct (调休).
        assertEquals(d("2025-10-11"), cal.addWorkingDays(d("2025-09-30"), 3));
        // Published Friday 26 Sep: Sun 28 Sep (调休), Mon 29, Tue 30.
        assertEquals(d("2025-09-30"), cal.addWorkingDays(d("2025-09-26"), 3));
    }

    @Test
    void springFestival2026() {
        // 15–23 Feb off; Sat 14 Feb and Sat 28 Feb are working days.
        assertTrue(cal.isWorkingDay(d("2026-02-14")));
        assertFalse(cal.isWorkingDay(d("2026-02-16")));
        assertFalse(cal.isWorkingDay(d("2026-02-23")));
        assertTrue(cal.isWorkingDay(d("2026-02-28")));
        // Thursday 12 Feb + 3 working days: Fri 13, Sat 14 (调休), Tue 24.
        assertEquals(d("2026-02-24"), cal.addWorkingDays(d("2026-02-12"), 3));
    }

    @Test
    void nationalDay2026AndNewYear2026() {
        assertTrue(cal.isWorkingDay(d("2026-09-20")), "Sunday 20 Sep 2026 is a make-up working day");
        assertFalse(cal.isWorkingDay(d("2026-10-07")));
        assertTrue(cal.isWorkingDay(d("2026-10-10")), "Saturday 10 Oct 2026 is a make-up working day");
        assertFalse(cal.isWorkingDay(d("2026-01-02")), "Friday 2 Jan 2026 is part of the New Year holiday");
        assertTrue(cal.isWorkingDay(d("2026-01-04")), "Sunday 4 Jan 2026 is a make-up working day");
        // Wednesday 30 Sep 2026 + 2 working days: 8 Oct (Thu), 9 Oct (Fri).
        assertEquals(d("2026-10-09"), cal.addWorkingDays(d("2026-09-30"), 2));
    }

    @Test
    void workingDaysBetweenCountsTheHalfOpenRange() {
        assertEquals(3, cal.workingDaysBetween(d("2025-09-30"), d("2025-10-11")));
        assertEquals(0, cal.workingDaysBetween(d("2025-10-01"), d("2025-10-08")));
        assertEquals(-3, cal.workingDaysBetween(d("2025-10-11"), d("2025-09-30")));
        assertEquals(0, cal.workingDaysBetween(d("2025-05-06"), d("2025-05-06")));
    }

    @Test
    void instantsAreTakenInChinaTime() {
        // 2025-09-30T17:00Z is already 1 Oct 01:00 in Beijing: a holiday, so counting starts from 1 Oct.
        Instant lateEvening = Instant.parse("2025-09-30T17:00:00Z");
        assertEquals(d("2025-10-11"), cal.addWorkingDays(lateEvening, 3));
        assertEquals(d("2025-10-09"), cal.addWorkingDays(Instant.parse("2025-09-30T08:00:00Z"), 1));
        assertEquals(1, cal.workingDaysBetween(Instant.parse("2025-10-08T15:00:00Z"), Instant.parse("2025-10-09T02:00:00Z")));
    }

    @Test
    void zeroWorkingDaysIsTheSameDate() {
        assertEquals(d("2025-10-03"), cal.addWorkingDays(d("2025-10-03"), 0));
    }

    @Test
    void refusesYearsThatAreNotLoadedInsteadOfGuessing() {
        CalendarNotAvailableException e = assertThrows(CalendarNotAvailableException.class,
                () -> cal.isWorkingDay(d("2027-01-04")));
        assertEquals(2027, e.year());
        // A deadline that would run into 2027 is refused too.
        assertThrows(CalendarNotAvailableException.class, () -> cal.addWorkingDays(d("2026-12-28"), 5));
        assertFalse(cal.covers(d("2027-06-01")));
    }

    @Test
    void refusesNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> cal.addWorkingDays(d("2025-05-06"), -1));
    }

    @Test
    void overridesOutsideTheLoadedYearsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingDayCalendar(Map.of(d("2027-01-01"), DayKind.HOLIDAY), Set.of(2026)));
    }
}
