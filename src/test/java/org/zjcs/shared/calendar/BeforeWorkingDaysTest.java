package org.zjcs.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.time.BusinessTime;

/** "N working days before" a time limit (reminders): the real 2025/2026 calendar, Monday to Friday past it. */
class BeforeWorkingDaysTest {

    private final WorkingDayCalendar cal = ReferenceCalendar.load();

    private static Instant beijing(String isoDateTime) {
        return LocalDateTime.parse(isoDateTime).atZone(BusinessTime.ZONE).toInstant();
    }

    @Test
    void ordinaryWeekSkipsTheWeekendAndKeepsTheClockTime() {
        // Monday 16 March 2026, 09:30 → Thursday 12 March, 09:30 (Friday 13 is one, Thursday 12 two)
        assertEquals(beijing("2026-03-12T09:30"), CalendarService.beforeWorkingDays(cal, beijing("2026-03-16T09:30"), 2));
        // Wednesday → Monday of the same week
        assertEquals(beijing("2026-03-16T23:59:59"), CalendarService.beforeWorkingDays(cal, beijing("2026-03-18T23:59:59"), 2));
    }

    @Test
    void holidaysDoNotCountAndMakeUpWorkingDaysDo() {
        // Thursday 9 October 2025 after the National Day holiday (1–8 October): Tuesday 30 and Monday 29 September
        assertEquals(beijing("2025-09-29T10:00"), CalendarService.beforeWorkingDays(cal, beijing("2025-10-09T10:00"), 2));
        // Monday 29 September 2025: the day before is Sunday 28, a make-up working day
        assertEquals(beijing("2025-09-28T10:00"), CalendarService.beforeWorkingDays(cal, beijing("2025-09-29T10:00"), 1));
    }

    @Test
    void zeroDaysIsTheDueTimeItself() {
        Instant due = beijing("2026-06-03T12:00");
        assertEquals(due, CalendarService.beforeWorkingDays(cal, due, 0));
    }

    @Test
    void aYearWithoutCalendarCountsMondayToFriday() {
        // Tuesday 5 January 2027 (no 2027 calendar loaded): Monday 4 and Friday 1 January count
        assertEquals(beijing("2027-01-01T08:00"), CalendarService.beforeWorkingDays(cal, beijing("2027-01-05T08:00"), 2));
    }

    @Test
    void subtractWorkingDaysIsTheInverseOfAddingThem() {
        for (LocalDate d = LocalDate.of(2025, 1, 20); d.isBefore(LocalDate.of(2026, 12, 1)); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                assertEquals(d, cal.addWorkingDays(cal.subtractWorkingDays(d, 2), 2), d.toString());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> cal.subtractWorkingDays(LocalDate.of(2026, 3, 16), -1));
    }
}
