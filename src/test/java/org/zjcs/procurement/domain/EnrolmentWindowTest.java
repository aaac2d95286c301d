package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.calendar.DayKind;
import org.zjcs.shared.calendar.WorkingDayCalendar;
import org.zjcs.shared.error.DomainException;

/** The minimum enrolment window counted in working days, across the 2026 Mid-autumn and National Day holidays. */
class EnrolmentWindowTest {

    private static WorkingDayCalendar calendar2026() {
        Map<LocalDate, DayKind> days = new LinkedHashMap<>();
        days.put(LocalDate.of(2026, 9, 20), DayKind.WORKDAY);
        for (int d = 25; d <= 27; d++) {
            days.put(LocalDate.of(2026, 9, d), DayKind.HOLIDAY);
        }
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2026, 10, d), DayKind.HOLIDAY);
        }
        days.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
        return new WorkingDayCalendar(days, Set.of(2026));
    }

    /** Beijing 10:00 on that date. */
    private static Instant at(int month, int day) {
        return Instant.parse(String.format("2026-%02d-%02dT02:00:00Z", month, day));
    }

    @Test
    void anOrdinaryWeekCountsThreeWorkingDaysAfterPublication() {
        // Published Monday 23 November: Tue, Wed, Thu -> Thursday 26 November at the earliest.
        assertEquals(LocalDate.of(2026, 11, 26), EnrolmentWindow.earliestDate(calendar2026(), at(11, 23), 3));
        // Published Thursday: Fri, Mon, Tue.
        assertEquals(LocalDate.of(2026, 12, 1), EnrolmentWindow.earliestDate(calendar2026(), at(11, 26), 3));
    }

    @Test
    void holidaysDoNotCountAndMakeUpDaysDo() {
        // Published Wednesday 30 September: 1-7 October are holidays, Thursday 8, Friday 9, Saturday 10 (make-up day).
        assertEquals(LocalDate.of(2026, 10, 10), EnrolmentWindow.earliestDate(calendar2026(), at(9, 30), 3));
        // Published Thursday 24 September: Friday 25 to Sunday 27 are holidays, then Mon 28, Tue 29, Wed 30.
        assertEquals(LocalDate.of(2026, 9, 30), EnrolmentWindow.earliestDate(calendar2026(), at(9, 24), 3));
    }

    @Test
    void aDeadlineTooSoonOrOnADayOffIsRefused() {
        WorkingDayCalendar cal = calendar2026();
        DomainException soon = assertThrows(DomainException.class,
                () -> EnrolmentWindow.check(cal, at(9, 30), LocalDateTime.of(2026, 10, 9, 17, 0), 3));
        assertEquals("notice.error.deadlineTooSoon", soon.messageKey());
        assertEquals("2026-10-10", soon.args()[1]);
        DomainException dayOff = assertThrows(DomainException.class,
                () -> EnrolmentWindow.check(cal, at(9, 30), LocalDateTime.of(2026, 10, 11, 17, 0), 3));
        assertEquals("notice.error.deadlineNotWorkingDay", dayOff.messageKey());
        assertEquals(Instant.parse("2026-10-10T09:00:00Z"),
                EnrolmentWindow.check(cal, at(9, 30), LocalDateTime.of(2026, 10, 10, 17, 0), 3), "17:00 Beijing is 09:00 UTC");
    }

    @Test
    void aCorrectionMovesATooEarlyDeadlineToTheEarliestAllowedDay() {
        WorkingDayCalendar cal = calendar2026();
        assertEquals(LocalDateTime.of(2026, 10, 10, 16, 30),
                EnrolmentWindow.atLeastMinimum(cal, at(9, 30), LocalDateTime.of(2026, 10, 8, 16, 30), 3));
        assertEquals(LocalDateTime.of(2026, 10, 12, 9, 0),
                EnrolmentWindow.atLeastMinimum(cal, at(9, 30), LocalDateTime.of(2026, 10, 11, 9, 0), 3), "a Sunday moves on");
        assertEquals(LocalDateTime.of(2026, 10, 20, 17, 0),
                EnrolmentWindow.atLeastMinimum(cal, at(9, 30), LocalDateTime.of(2026, 10, 20, 17, 0), 3), "late enough stays");
    }

    @Test
    void workingDaysLeftCountsDownToZero() {
        WorkingDayCalendar cal = calendar2026();
        Instant deadline = Instant.parse("2026-10-10T09:00:00Z");
        assertEquals(3, EnrolmentWindow.workingDaysLeft(cal, at(9, 30), deadline));
        assertEquals(0, EnrolmentWindow.workingDaysLeft(cal, deadline, deadline));
        assertEquals(0, EnrolmentWindow.workingDaysLeft(cal, deadline.plusSeconds(1), deadline));
    }
}
