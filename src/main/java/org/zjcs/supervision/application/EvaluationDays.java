package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.EvaluationDayFold;
import org.zjcs.supervision.domain.StatsDimension;

/**
 * Keeps {@code evaluation_day} (V53) in step with {@code evaluation}, in the due tracker's pass and under its lease
 * (docs/supervision.md, "好差评 statistics and the 差评 ledger"): reads the evaluations given after its watermark
 * {@value #GIVEN} (keyset on evaluated_at, id) and the appeals decided after {@value #DECIDED} (decided_at, id), and
 * re-folds each Beijing day they touch from {@code evaluation} ({@link EvaluationDayFold}): the day's rows are deleted
 * and written again in one transaction, with the month rows ({@code evaluation_month}) of its month written again from
 * the day rows, so a day folded twice is unchanged. With no watermark (an empty table) the
 * first pass is the backfill from history. Only reads the other contexts' tables.
 */
@ApplicationScoped
public class EvaluationDays {

    static final String GIVEN = "EVALSUM.GIVEN";
    static final String DECIDED = "EVALSUM.DECIDED";
    static final int BATCH = 2000;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /**
     * What one forward batch read and the days it re-folded; {@code last} null when it read nothing; {@code pending}
     * the month whose rows it left to the next batch (null: none).
     */
    record Batch(int rows, int days, DueKey last, LocalDate pending) {
    }

    /** The position of a watermark, null before its first pass. */
    @Transactional
    public DueKey watermark(String key) {
        List<?> rows = em.createNativeQuery("SELECT position FROM due_watermark WHERE kind = ?").setParameter(1, key)
                .getResultList();
        return rows.isEmpty() ? null : DueKey.parse((String) rows.get(0));
    }

    /** The month a watermark left pending (its part: the month's epoch day), null when none. */
    static LocalDate pending(DueKey mark) {
        return mark == null || mark.part() <= 0 ? null : LocalDate.ofEpochDay(mark.part());
    }

    /**
     * Reads the next batch of evaluations given ({@link #GIVEN}) or appeals decided ({@link #DECIDED}) after
     * {@code from}, re-folds the days of their evaluations and the months of those days, and moves the watermark to
     * the last row read. A full batch of evaluations given leaves the month of its last row to the next batch (the
     * backfill writes each month once, not once a batch): that month is kept in the watermark (written in the same
     * transaction as the days), so a pass that stops there writes it at its next start.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Batch forward(String key, DueKey from, LocalDate pending, Instant now) {
        String sql = GIVEN.equals(key)
                ? "SELECT e.evaluated_at, e.id, e.evaluated_at FROM evaluation e WHERE e.evaluated_at >= ? "
                        + "AND (e.evaluated_at > ? OR e.id > ?) ORDER BY e.evaluated_at, e.id"
                : "SELECT a.decided_at, a.id, e.evaluated_at FROM evaluation_appeal a JOIN evaluation e ON e.id = a.evaluation_id "
                        + "WHERE a.decided_at >= ? AND (a.decided_at > ? OR a.id > ?) ORDER BY a.decided_at, a.id";
        List<Object[]> rows = Rows.read(em, BATCH, sql, Rows.param(from.opened()), Rows.param(from.opened()), from.ref());
        if (rows.isEmpty()) {
            if (pending != null) {
                remonth(pending);
                DueKey mark = watermark(key);
                if (mark != null) {
                    save(key, new DueKey(mark.opened(), mark.ref(), 0), now);
                }
            }
            return new Batch(0, 0, null, null);
        }
        Set<LocalDate> days = new TreeSet<>();
        for (Object[] r : rows) {
            Instant evaluated = Rows.instant(r[2]);
            if (evaluated != null) {
                days.add(BusinessTime.dateOf(evaluated));
            }
        }
        days.forEach(this::refold);
        Set<LocalDate> months = months(days);
        if (pending != null) {
            months.add(pending);
        }
        Object[] l = rows.get(rows.size() - 1);
        LocalDate defer = null;
        if (GIVEN.equals(key) && rows.size() == BATCH) {
            defer = BusinessTime.dateOf(Rows.instant(l[2])).withDayOfMonth(1);
            months.remove(defer);
        }
        months.forEach(this::remonth);
        DueKey last = new DueKey(Rows.instant(l[0]), Rows.number(l[1]), defer == null ? 0 : defer.toEpochDay());
        save(key, last, now);
        return new Batch(rows.size(), days.size(), last, defer);
    }

    private void save(String key, DueKey position, Instant now) {
        em.createNativeQuery("INSERT INTO due_watermark (kind, position, updated_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE position = VALUES(position), updated_at = VALUES(updated_at)")
                .setParameter(1, key).setParameter(2, position.text()).setParameter(3, Rows.param(now)).executeUpdate();
    }

    /** Re-folds the days {@code from} … {@code to} (the test hook, for evaluations written with old time stamps). */
    @Transactional(TxType.REQUIRES_NEW)
    public int refold(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            refold(d);
            days.add(d);
        }
        months(days).forEach(this::remonth);
        return days.size();
    }

    private static Set<LocalDate> months(Set<LocalDate> days) {
        Set<LocalDate> months = new TreeSet<>();
        days.forEach(d -> months.add(d.withDayOfMonth(1)));
        return months;
    }

    /** The column of {@code evaluation_day} (alias s) that groups a dimension. */
    static String dayColumn(StatsDimension dimension) {
        return switch (dimension) {
            case FIRM -> "s.firm_id";
            case OWNER -> "s.owner_id";
            case SERVICE_ITEM -> "s.service_item_id";
            case DEPARTMENT -> "s.department_id";
        };
    }

    /** Which rows of {@code evaluation_day} (alias s) count for a dimension over every organisation. */
    static String dayRows(StatsDimension dimension) {
        return switch (dimension) {
            case FIRM, OWNER -> "s.department_id = 0";
            case SERVICE_ITEM -> "s.department_id = 0 AND s.service_item_id <> 0";   // item 0: the notice was not found
            case DEPARTMENT -> "s.department_id > 0";
        };
    }

    /** Writes the month rows of every dimension again from the day rows of the month (in the caller's transaction). */
    void remonth(LocalDate month) {
        em.createNativeQuery("DELETE FROM evaluation_month WHERE month = ?").setParameter(1, month).executeUpdate();
        for (StatsDimension d : StatsDimension.values()) {
            em.createNativeQuery("INSERT INTO evaluation_month (dimension, month, group_id, evaluations, satisfied, bad, "
                    + "quality, timeliness, attitude, fees, conduct) SELECT '" + d.name() + "', ?, " + dayColumn(d) + ", "
                    + EvaluationStatistics.SUMS + " FROM evaluation_day s WHERE s.day >= ? AND s.day < ? AND " + dayRows(d)
                    + " GROUP BY " + dayColumn(d)).setParameter(1, month).setParameter(2, month)
                    .setParameter(3, month.plusMonths(1)).executeUpdate();
        }
    }

    /** Deletes the rows of a Beijing day and writes them again from its evaluations (in the caller's transaction). */
    void refold(LocalDate day) {
        Instant start = day.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        List<Object[]> given = Rows.read(em, Integer.MAX_VALUE, "SELECT e.id, e.firm_id, e.owner_id, n.service_item_id, "
                + "e.overall_level, e.revised_level, e.quality, e.timeliness, e.attitude, e.fees, e.conduct "
                + "FROM evaluation e LEFT JOIN notice n ON n.id = e.notice_id WHERE e.evaluated_at >= ? AND e.evaluated_at < ?",
                Rows.param(start), Rows.param(end));
        Map<Long, Set<Long>> departments = new HashMap<>();
        for (Object[] r : Rows.read(em, Integer.MAX_VALUE, "SELECT e.id, ac.department_id FROM evaluation e "
                + "JOIN notice_case nc ON nc.notice_id = e.notice_id JOIN approval_case ac ON ac.id = nc.approval_case_id "
                + "WHERE e.evaluated_at >= ? AND e.evaluated_at < ?", Rows.param(start), Rows.param(end))) {
            departments.computeIfAbsent(Rows.number(r[0]), k -> new HashSet<>()).add(Rows.number(r[1]));
        }
        List<EvaluationDayFold.Given> in = new ArrayList<>(given.size());
        for (Object[] r : given) {
            int[] aspects = new int[5];
            for (int i = 0; i < 5; i++) {
                aspects[i] = r[6 + i] == null ? 0 : ((Number) r[6 + i]).intValue();
            }
            Long item = Rows.number(r[3]);
            in.add(new EvaluationDayFold.Given(Rows.number(r[1]), Rows.number(r[2]), item == null ? 0 : item,
                    Rows.text(r[4]), Rows.text(r[5]), aspects, departments.getOrDefault(Rows.number(r[0]), Set.of())));
        }
        em.createNativeQuery("DELETE FROM evaluation_day WHERE day = ?").setParameter(1, day).executeUpdate();
        List<EvaluationDayFold.Row> rows = EvaluationDayFold.fold(in);
        for (int i = 0; i < rows.size(); i += 500) {
            insert(day, rows.subList(i, Math.min(rows.size(), i + 500)));
        }
    }

    /** One multi-row INSERT: numbers only (read from the database or counted here), the day as a parameter. */
    private void insert(LocalDate day, List<EvaluationDayFold.Row> rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO evaluation_day (department_id, day, firm_id, owner_id, "
                + "service_item_id, evaluations, satisfied, bad, quality, timeliness, attitude, fees, conduct) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            EvaluationDayFold.Row r = rows.get(i);
            EvaluationDayFold.Key k = r.key();
            sql.append(i == 0 ? "" : ",").append('(').append(k.department()).append(",?,").append(k.firm()).append(',')
                    .append(k.owner()).append(',').append(k.serviceItem()).append(',').append(r.evaluations()).append(',')
                    .append(r.satisfied()).append(',').append(r.bad());
            for (long s : r.aspectSums()) {
                sql.append(',').append(s);
            }
            sql.append(')');
        }
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            q.setParameter(i + 1, day);
        }
        q.executeUpdate();
    }
}
