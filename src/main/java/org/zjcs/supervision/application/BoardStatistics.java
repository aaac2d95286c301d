package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.BoardFilter;
import org.zjcs.supervision.domain.BoardPeriod;
import org.zjcs.supervision.domain.Granularity;
import org.zjcs.supervision.domain.StepBuckets;
import org.zjcs.supervision.domain.StepTime;

/**
 * The board's figures over a period: how long each kind of step took (median and p90 of duration_seconds at
 * {@link StepTime}'s ranks, read from the histogram {@code due_step_day} / {@code due_step_month} that the due tracker keeps, to the
 * buckets' precision of 5 %) and the trends (items opened, closed and closed late per week or month, Beijing dates,
 * from the rows of {@code due_item}). Scope as {@link BoardAccess} decides.
 */
@ApplicationScoped
@Transactional
public class BoardStatistics {

    /** Beijing time is UTC+8 all year (no daylight saving since 1991): the day of an instant in SQL. */
    static final String BEIJING_DAY = "DATE(%s + INTERVAL 8 HOUR)";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    BoardAccess access;

    /** One bucket of a trend. */
    public record TrendRow(LocalDate start, long opened, long closed, long closedLate) {
    }

    /**
     * Median and P90 of each kind's durations over the items closed in the period, from the histogram
     * ({@link StepDays}, {@link StepBuckets}: within 5 % of the exact figures): the period's whole calendar months from
     * {@code due_step_month}, its other days from {@code due_step_day}, in the caller's scope; never the closed rows.
     */
    public List<StepTime> stepTimes(BoardPeriod period, boolean api) {
        BoardScope scope = access.scope(!api);
        Map<String, SortedMap<Integer, Long>> counts = new TreeMap<>();
        Map<String, Long> lates = new HashMap<>();
        LocalDate[] months = period.wholeMonths();
        if (months == null) {
            histogram(scope, "due_step_day", "day >= ? AND day <= ?", List.of(period.from(), period.to()), counts, lates);
        } else {
            histogram(scope, "due_step_month", "month >= ? AND month < ?", List.of(months[0], months[1]), counts, lates);
            histogram(scope, "due_step_day", "((day >= ? AND day < ?) OR (day >= ? AND day <= ?))",
                    List.of(period.from(), months[0], months[1], period.to()), counts, lates);
        }
        List<StepTime> out = new ArrayList<>();
        counts.forEach((kind, histogram) -> out.add(StepBuckets.stepTime(kind, lates.get(kind), histogram)));
        return out;
    }

    /** Adds the counts per kind and bucket of one histogram table's rows of the scope (the table is a constant). */
    private void histogram(BoardScope scope, String table, String dates, List<LocalDate> bounds,
                           Map<String, SortedMap<Integer, Long>> counts, Map<String, Long> lates) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT kind, bucket, SUM(n), SUM(late_n) FROM " + table + " WHERE " + scope.stepSql(params) + " AND "
                + dates + " GROUP BY kind, bucket";
        params.addAll(bounds);
        for (Object[] r : Rows.read(em, Integer.MAX_VALUE, sql, params.toArray())) {
            String kind = Rows.text(r[0]);
            counts.computeIfAbsent(kind, k -> new TreeMap<>()).merge(((Number) r[1]).intValue(), Rows.number(r[2]), Long::sum);
            lates.merge(kind, r[3] == null ? 0 : Rows.number(r[3]), Long::sum);
        }
    }

    /** Opened, closed and closed-late counts per bucket of the period (empty buckets included). */
    public List<TrendRow> trends(BoardPeriod period, Granularity granularity, BoardFilter filter, boolean api) {
        BoardScope scope = access.scope(!api);
        Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
        granularity.buckets(period.from(), period.to()).forEach(d -> buckets.put(d, new long[3]));
        List<Object> p1 = new ArrayList<>(List.of(Rows.param(period.start()), Rows.param(period.end())));
        String opened = "SELECT " + BEIJING_DAY.formatted("opened_at") + " d, COUNT(*), 0 FROM due_item "
                + "WHERE opened_at >= ? AND opened_at < ?" + scope.sql(p1) + BoardQueries.where(filter, p1) + " GROUP BY d";
        add(buckets, granularity, Rows.read(em, 4000, opened, p1.toArray()), 0);
        List<Object> p2 = new ArrayList<>(List.of(Rows.param(period.start()), Rows.param(period.end())));
        String closed = "SELECT " + BEIJING_DAY.formatted("done_at") + " d, COUNT(*), SUM(late) FROM due_item "
                + "WHERE done_at >= ? AND done_at < ?" + scope.sql(p2) + BoardQueries.where(filter, p2) + " GROUP BY d";
        add(buckets, granularity, Rows.read(em, 4000, closed, p2.toArray()), 1);
        List<TrendRow> out = new ArrayList<>();
        buckets.forEach((d, v) -> out.add(new TrendRow(d, v[0], v[1], v[2])));
        return out;
    }

    private static void add(Map<LocalDate, long[]> buckets, Granularity g, List<Object[]> rows, int at) {
        for (Object[] r : rows) {
            long[] b = buckets.get(g.start(Rows.date(r[0])));
            if (b != null) {
                b[at] += Rows.number(r[1]);
                if (at == 1) {
                    b[2] += r[2] == null ? 0 : Rows.number(r[2]);
                }
            }
        }
    }
}
