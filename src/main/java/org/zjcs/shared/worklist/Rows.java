package org.zjcs.shared.worklist;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.zjcs.shared.time.BusinessTime;

/**
 * Reading the columns of the work-list sources' native queries (instants are stored as UTC wall-clock DATETIME(6)) and
 * writing their dates into an item's arguments (Beijing time, to the minute).
 */
public final class Rows {

    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    private Rows() {
    }

    /** The rows of a native query with positional parameters, at most {@code max}. */
    @SuppressWarnings("unchecked")
    public static java.util.List<Object[]> read(jakarta.persistence.EntityManager em, int max, String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.setMaxResults(max).getResultList();
    }

    /** A DATETIME column read as the instant it stores (UTC wall clock), null for NULL. */
    public static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time type " + v.getClass());
    }

    /** A DATE column, null for NULL. */
    public static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + v.getClass());
    }

    /** A numeric column as a long (null stays null). */
    public static Long number(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    public static String text(Object v) {
        return v == null ? null : v.toString();
    }

    public static boolean flag(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        return v != null && ((Number) v).intValue() != 0;
    }

    public static String money(Object v) {
        return v == null ? "" : ((BigDecimal) v).toPlainString();
    }

    /** An instant as a query parameter (UTC wall clock, as InstantConverter stores it). */
    public static LocalDateTime param(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** Beijing date and time to the minute, "" for null. */
    public static String minutes(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }

    /** The start of the recent window: {@link WorkListService#RECENT_DAYS} days before {@code now}. */
    public static LocalDateTime recentSince(Instant now) {
        return param(now.minus(WorkListService.RECENT_DAYS, ChronoUnit.DAYS));
    }

    /** What a notice is called on a work list: its title with its number. */
    public static String notice(Object id, Object title) {
        return title + " (" + number(id) + ")";
    }
}
