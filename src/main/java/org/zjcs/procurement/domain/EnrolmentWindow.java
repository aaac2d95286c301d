package org.zjcs.procurement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.zjcs.shared.calendar.WorkingDayCalendar;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * The enrolment window: from publication to the deadline there must be at least {@code minDays} working days
 * (setting notice.enrolment.min-working-days, 3): the deadline's date is at least that many working days after the
 * business date of publication (or of the correction that changed the deadline or requirements), and it is a working
 * day itself. Holidays and make-up working days come from the calendar.
 */
public final class EnrolmentWindow {

    /** The time of day a deadline moved by the platform gets when none is given: 17:00 Beijing time. */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(17, 0);

    private EnrolmentWindow() {
    }

    /** The earliest date a deadline may fall on for a notice published (or corrected) at {@code from}. */
    public static LocalDate earliestDate(WorkingDayCalendar calendar, Instant from, int minDays) {
        return calendar.addWorkingDays(from, minDays);
    }

    /** Refuses a deadline that is too soon or not on a working day; returns it as an instant. */
    public static Instant check(WorkingDayCalendar calendar, Instant from, LocalDateTime deadline, int minDays) {
        LocalDate earliest = earliestDate(calendar, from, minDays);
        if (deadline.toLocalDate().isBefore(earliest)) {
            throw new DomainException("notice.error.deadlineTooSoon", String.valueOf(minDays), earliest.toString());
        }
        if (!calendar.isWorkingDay(deadline.toLocalDate())) {
            throw new DomainException("notice.error.deadlineNotWorkingDay", deadline.toLocalDate().toString());
        }
        return deadline.atZone(BusinessTime.ZONE).toInstant();
    }

    /**
     * For a correction: the requested deadline if it leaves the minimum window, otherwise the earliest date that does,
     * at the requested time of day.
     */
    public static LocalDateTime atLeastMinimum(WorkingDayCalendar calendar, Instant from, LocalDateTime requested, int minDays) {
        LocalDate earliest = earliestDate(calendar, from, minDays);
        if (requested.toLocalDate().isBefore(earliest)) {
            return LocalDateTime.of(earliest, requested.toLocalTime());
        }
        LocalDate d = requested.toLocalDate();
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return LocalDateTime.of(d, requested.toLocalTime());
    }

    /** Whole working days left from {@code now} until the deadline's date (0 on the deadline's day and after). */
    public static int workingDaysLeft(WorkingDayCalendar calendar, Instant now, Instant deadline) {
        if (!now.isBefore(deadline)) {
            return 0;
        }
        return calendar.workingDaysBetween(BusinessTime.dateOf(now), BusinessTime.dateOf(deadline));
    }
}
