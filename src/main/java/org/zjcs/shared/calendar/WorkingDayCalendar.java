package org.zjcs.shared.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zjcs.shared.time.BusinessTime;

/**
 * The Chinese working-day calendar: Monday to Friday are working days, Saturday and Sunday are not,
 * except where the year's State Council notice says otherwise (statutory holidays, make-up working days).
 * Immutable; only years that have been loaded can be asked about.
 *
 * <p>Counting convention (docs/architecture.md, "Working days"): "N working days after date D" is the N-th
 * working day strictly after D; D itself never counts, whether or not it is a working day.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, DayKind> overrides;
    private final Set<Integer> years;

    public WorkingDayCalendar(Map<LocalDate, DayKind> overrides, Set<Integer> years) {
        this.overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
        for (LocalDate day : this.overrides.keySet()) {
            if (!this.years.contains(day.getYear())) {
                throw new IllegalArgumentException("Override " + day + " lies outside the loaded years " + this.years);
            }
        }
    }

    /** The years whose arrangement is loaded, ascending. */
    public Set<Integer> years() {
        return years;
    }

    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireCovered(date);
        DayKind kind = overrides.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The kind of override for the date, or null for an ordinary day. */
    public DayKind overrideOf(LocalDate date) {
        return overrides.get(date);
    }

    /** The N-th working day strictly after {@code date}; N = 0 returns {@code date} itself. */
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        Objects.requireNonNull(date, "date");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = date;
        int remaining = workingDays;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** The N-th working day strictly before {@code date}; N = 0 returns {@code date} itself. */
    public LocalDate subtractWorkingDays(LocalDate date, int workingDays) {
        Objects.requireNonNull(date, "date");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = date;
        int remaining = workingDays;
        while (remaining > 0) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** The N-th working day after the business date (Asia/Shanghai) of {@code instant}. */
    public LocalDate addWorkingDays(Instant instant, int workingDays) {
        return addWorkingDays(BusinessTime.dateOf(instant), workingDays);
    }

    /**
     * Working days in the half-open date range (from, to]: how many working days lie strictly after
     * {@code from} up to and including {@code to}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Working days between the business dates (Asia/Shanghai) of two instants, as {@link #workingDaysBetween(LocalDate, LocalDate)}. */
    public int workingDaysBetween(Instant from, Instant to) {
        return workingDaysBetween(BusinessTime.dateOf(from), BusinessTime.dateOf(to));
    }

    private void requireCovered(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new CalendarNotAvailableException(date.getYear());
        }
    }
}
