package org.zjcs.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * A period of Beijing dates, both days included, for the step times and trends: not reversed, and at most
 * {@code maxDays} days long (setting supervision.board.max-period-days). Its instants run from the start of
 * {@code from} to the start of the day after {@code to} (Asia/Shanghai).
 */
public record BoardPeriod(LocalDate from, LocalDate to) {

    /** The period a request names; a missing end is today, a missing start {@code defaultDays} before the end. */
    public static BoardPeriod of(String from, String to, LocalDate today, int defaultDays, int maxDays) {
        LocalDate end = to == null || to.isBlank() ? today : date(to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(defaultDays - 1L) : date(from);
        return of(start, end, maxDays);
    }

    public static BoardPeriod of(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw new DomainException("board.error.periodReversed", from.toString(), to.toString());
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            throw new DomainException("board.error.periodTooLong", String.valueOf(maxDays));
        }
        return new BoardPeriod(from, to);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("board.error.date", text.strip());
        }
    }

    /**
     * The whole calendar months inside the period, as the first day of the first one and the first day after the last
     * one (read from the monthly rows; the days at either end from the daily ones); null when the period holds none.
     */
    public LocalDate[] wholeMonths() {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate end = to.plusDays(1).withDayOfMonth(1);
        return first.isBefore(end) ? new LocalDate[] {first, end} : null;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Instant start() {
        return from.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The end, exclusive: the start of the day after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }
}
