package org.zjcs.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * A statistics period: whole Beijing calendar days {@code from} … {@code to}, both included. Refused when a date is
 * missing or unreadable, reversed, or longer than the allowed number of days (setting
 * {@code supervision.stats.max-period-days}).
 */
public record StatsPeriod(LocalDate from, LocalDate to) {

    /** Dates outside these years are no dates of this platform (and could not be stored): refused as unreadable. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2999;

    /** The period {@code from} … {@code to} (ISO dates), checked against {@code maxDays}. */
    public static StatsPeriod of(String from, String to, int maxDays) {
        return of(date(from), date(to), maxDays);
    }

    public static StatsPeriod of(LocalDate from, LocalDate to, int maxDays) {
        if (from == null || to == null) {
            throw new DomainException("evalstat.error.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new DomainException("evalstat.error.periodReversed");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > maxDays) {
            throw new DomainException("evalstat.error.periodTooLong", maxDays);
        }
        return new StatsPeriod(from, to);
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s.strip());
            if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                throw new DomainException("evalstat.error.periodDate", s.strip());
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new DomainException("evalstat.error.periodDate", s.strip().length() > 20 ? s.strip().substring(0, 20) : s.strip());
        }
    }

    /** The first instant of the period (00:00 Beijing time of {@code from}). */
    public Instant start() {
        return from.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The first instant after the period (00:00 Beijing time of the day after {@code to}). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
