package org.zjcs.shared.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;
import org.zjcs.shared.calendar.WorkingDayCalendar;
import org.zjcs.shared.time.BusinessTime;

/**
 * Which time limits can be within the reminder window at one instant, as bounds a {@link ReminderSource} puts into its
 * SQL so that it reads only the items that may be due now (a superset: {@link ReminderService} checks each item's due
 * time exactly). A reminder is due from {@code ahead} working days before the due time until the due time
 * ({@link ReminderService#isDue}); a limit of {@code d} working days runs from a start to the same Beijing clock time
 * on the d-th working day after the start's date ({@code CalendarService.afterWorkingDays}).
 *
 * <p>The bounds hold whichever way the calendar counts: with the loaded working-day calendar, or Monday to Friday when a
 * year on the way is not loaded (the fallback of {@code CalendarService}): where a year a bound depends on is missing,
 * the bound is the wider of the two. Pure (no database): unit-tested in {@code ReminderWindowTest}.
 */
public final class ReminderWindow {

    /** The longest limit in working days the per-row bound {@link #startFromLinear} is computed for. */
    public static final int MAX_LINEAR_DAYS = 366;

    private final Instant now;
    private final LocalDate today;
    private final LocalDate lastDueDate;
    private final LocalDate[] earliestStart;
    private final int slack;

    private ReminderWindow(Instant now, LocalDate lastDueDate, LocalDate[] earliestStart) {
        this.now = now;
        this.today = BusinessTime.dateOf(now);
        this.lastDueDate = lastDueDate;
        this.earliestStart = earliestStart;
        int s = 0;
        for (int d = 1; d <= MAX_LINEAR_DAYS; d++) {
            s = Math.max(s, (int) ChronoUnit.DAYS.between(earliestStart[d], today) - linearDays(d, 0));
        }
        this.slack = s;
    }

    /**
     * The window at {@code now} for reminders {@code ahead} working days before the due time. Where the calendar
     * covers every date a bound depends on, the bound is the calendar's (exact to the day); elsewhere the wider of the
     * calendar's and Monday to Friday's, as CalendarService counts Monday to Friday when a date on the way is missing.
     */
    public static ReminderWindow at(Instant now, WorkingDayCalendar calendar, int ahead) {
        Predicate<LocalDate> loaded = day -> calendar.covers(day) ? calendar.isWorkingDay(day) : weekday(day);
        Predicate<LocalDate> weekdays = ReminderWindow::weekday;
        LocalDate today = BusinessTime.dateOf(now);
        LocalDate byCalendar = add(today, ahead, loaded);
        LocalDate widest = max(byCalendar, add(today, ahead, weekdays));
        LocalDate last = covers(calendar, today, widest) ? byCalendar : widest;
        LocalDate[] byLoaded = backwards(today, loaded);
        LocalDate[] byWeekdays = backwards(today, weekdays);
        LocalDate[] earliest = new LocalDate[MAX_LINEAR_DAYS + 1];
        for (int d = 0; d <= MAX_LINEAR_DAYS; d++) {
            LocalDate wider = byLoaded[d].isBefore(byWeekdays[d]) ? byLoaded[d] : byWeekdays[d];
            earliest[d] = covers(calendar, wider.minusDays(1), widest) ? byLoaded[d] : wider;
        }
        return new ReminderWindow(now, last, earliest);
    }

    /** Whether the calendar covers every date from {@code from} to {@code to} (it covers whole years). */
    private static boolean covers(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!calendar.covers(LocalDate.of(year, 1, 1))) {
                return false;
            }
        }
        return true;
    }

    public Instant now() {
        return now;
    }

    /**
     * The exclusive upper bound of a due time within the window: the start (Beijing) of the day after the last date a
     * due time can have while its reminder is due now. A due time at or after it is reminded of later.
     */
    public Instant dueBefore() {
        return startOf(lastDueDate.plusDays(1));
    }

    /** Whether a due time can be within the window (after now, before {@link #dueBefore}); the job decides exactly. */
    public boolean mayBeDue(Instant due) {
        return due != null && due.isAfter(now) && due.isBefore(dueBefore());
    }

    /**
     * The inclusive lower bound of the start of a limit of {@code days} working days that has not run out at now: a
     * limit started before it was due before now (exact to the day, with the calendar and Monday to Friday).
     */
    public Instant startFrom(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return days <= MAX_LINEAR_DAYS ? startOf(earliestStart[days]) : Instant.EPOCH;
    }

    /**
     * The exclusive upper bound of the start of a limit of {@code days} working days that can be due within the window:
     * {@link #dueBefore} minus {@code days} calendar days (a working day is at least one calendar day).
     */
    public Instant startBefore(int days) {
        return startOf(lastDueDate.plusDays(1).minusDays(days));
    }

    /**
     * A lower bound of {@link #startFrom} for a number of days known only per row (the service days of a notice), as
     * SQL can compute it: {@link #todayStart} minus {@code days * 3 DIV 2 + }{@link #slack} days. Holds for every
     * {@code days} up to {@value #MAX_LINEAR_DAYS}; a source reads longer limits without this bound.
     */
    public Instant startFromLinear(int days) {
        return todayStart().minus(linearDays(days, slack), ChronoUnit.DAYS);
    }

    /** The start of today (Beijing), as an instant. */
    public Instant todayStart() {
        return startOf(today);
    }

    /** The calendar days {@link #startFromLinear} adds to {@code days * 3 DIV 2}, computed from the calendar at hand. */
    public int slack() {
        return slack;
    }

    private static int linearDays(int days, int slack) {
        return days * 3 / 2 + slack;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate add(LocalDate from, int days, Predicate<LocalDate> working) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (working.test(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Index d: the d-th working day strictly before {@code today} (today itself for 0). A limit of d working days that
     * started on an earlier date had d working days before today, so it ran out on a date before today.
     */
    private static LocalDate[] backwards(LocalDate today, Predicate<LocalDate> working) {
        LocalDate[] out = new LocalDate[MAX_LINEAR_DAYS + 1];
        out[0] = today;
        LocalDate day = today;
        for (int d = 1; d <= MAX_LINEAR_DAYS; d++) {
            do {
                day = day.minusDays(1);
            } while (!working.test(day));
            out[d] = day;
        }
        return out;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
