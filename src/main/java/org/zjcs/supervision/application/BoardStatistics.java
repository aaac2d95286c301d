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
import java.util.TreeMap;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.BoardFilter;
import org.zjcs.supervision.domain.BoardPeriod;
import org.zjcs.supervision.domain.Granularity;
import org.zjcs.supervision.domain.StepTime;

/**
 * The board's figures over a period, from the closed rows of {@code due_item} only: how long each kind of step took
 * (median and p90 of duration_seconds, by {@link StepTime}'s ranks, computed by the database's window functions so
 * that only three rows per kind come back) and the trends (items opened, closed and closed late per week or month,
 * Beijing dates). Scope as {@link BoardAccess} decides.
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

    public List<StepTime> stepTimes(BoardPeriod period, boolean api) {
        BoardScope scope = access.scope(!api);
        List<Object> params = new ArrayList<>(List.of(Rows.param(period.start()), Rows.param(period.end())));
        String sql = "SELECT kind, rn, n, duration_seconds, lates FROM (SELECT kind, duration_seconds, "
                + "ROW_NUMBER() OVER (PARTITION BY kind ORDER BY duration_seconds) rn, COUNT(*) OVER (PARTITION BY kind) n, "
                + "SUM(late) OVER (PARTITION BY kind) lates FROM due_item "
                + "WHERE done_at >= ? AND done_at < ? AND duration_seconds IS NOT NULL" + scope.sql(params)
                + ") t WHERE rn = FLOOR((n + 1) / 2) OR rn = FLOOR(n / 2) + 1 OR rn = FLOOR((9 * n + 9) / 10) ORDER BY kind, rn";
        Map<String, Map<Long, Long>> ranks = new TreeMap<>();
        Map<String, long[]> sizes = new HashMap<>();
        for (Object[] r : Rows.read(em, 1000, sql, params.toArray())) {
            String kind = Rows.text(r[0]);
            ranks.computeIfAbsent(kind, k -> new HashMap<>()).put(Rows.number(r[1]), Rows.number(r[3]));
            sizes.put(kind, new long[] {Rows.number(r[2]), r[4] == null ? 0 : Rows.number(r[4])});
        }
        List<StepTime> out = new ArrayList<>();
        ranks.forEach((kind, values) -> out.add(StepTime.ofRanks(kind, sizes.get(kind)[0], sizes.get(kind)[1], values)));
        return out;
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
