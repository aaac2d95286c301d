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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.StepBuckets;

/**
 * Keeps the step-time histogram {@code due_step_day} and its monthly sums {@code due_step_month} (V54) in step with
 * the closed rows of {@code due_item} (docs/supervision.md "The board"), in the due tracker's pass and under its lease:
 * {@link #add} counts the items a batch of {@link DueBatches} closed (or inserted already closed) in that batch's own
 * transaction, so an item is counted exactly when its close commits; {@link #backfill} writes whole Beijing days again
 * from {@code due_item} (delete the day's rows, fold its closed rows) from the first closed day up to today, one
 * calendar month a transaction with the month's row written again from its days and the watermark {@value #BACKFILL}
 * moved, so a pass stopped half-way goes on where it stopped and a day written twice is unchanged. Counts added to a
 * day the backfill has not reached yet are overwritten by its fold, which reads them from due_item too.
 */
@ApplicationScoped
public class StepDays {

    static final String BACKFILL = "STEPS.BACKFILL";
    static final String DONE = "done";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** One closed item as the histogram counts it. */
    public record Closed(String kind, String partyType, Long departmentId, Instant doneAt, long seconds, boolean late) {
    }

    /** A row of the histogram (day: the day, or the first day of the month of a monthly row). */
    private record Key(long department, LocalDate day, String kind, String party, int bucket) {
    }

    /** The primary key's order (rows written in it). */
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::department).thenComparing(Key::day)
            .thenComparing(Key::kind).thenComparing(Key::party).thenComparingInt(Key::bucket);

    private static final String ADD = " ON DUPLICATE KEY UPDATE n = n + VALUES(n), late_n = late_n + VALUES(late_n)";

    /** Adds closed items to their days (in the caller's transaction: the one that closed them). */
    @Transactional(TxType.MANDATORY)
    public void add(List<Closed> closed) {
        if (!closed.isEmpty()) {
            Map<Key, long[]> days = fold(closed);
            write("due_step_day", days, ADD);
            write("due_step_month", months(days), ADD);
        }
    }

    /**
     * One step of the backfill: writes the days from the watermark on (the first closed day when there is none yet) to
     * the end of their month again, with the month, and moves the watermark; false once every day up to today is written.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean backfill(Instant now) {
        List<?> mark = em.createNativeQuery("SELECT position FROM due_watermark WHERE kind = ?").setParameter(1, BACKFILL)
                .getResultList();
        LocalDate from;
        if (mark.isEmpty()) {
            List<Object[]> first = Rows.read(em, 1, "SELECT MIN(done_at), 0 FROM due_item WHERE done_at IS NOT NULL");
            Instant at = first.isEmpty() ? null : Rows.instant(first.get(0)[0]);
            from = at == null ? null : BusinessTime.dateOf(at);
        } else if (DONE.equals(mark.get(0))) {
            return false;   // every pass after the backfill: one read, nothing written
        } else {
            from = LocalDate.parse((String) mark.get(0));
        }
        LocalDate today = BusinessTime.dateOf(now);
        if (from == null || from.isAfter(today)) {
            save(DONE, now);
            return false;
        }
        LocalDate monthEnd = from.withDayOfMonth(from.lengthOfMonth());
        LocalDate to = monthEnd.isAfter(today) ? today : monthEnd;
        refoldDays(from, to);
        save(to.equals(today) ? DONE : to.plusDays(1).toString(), now);
        return !to.equals(today);
    }

    /** Writes the days {@code from} … {@code to} again from due_item (the test hook; fixtures written with JDBC). */
    @Transactional(TxType.REQUIRES_NEW)
    public int refold(LocalDate from, LocalDate to) {
        return refoldDays(from, to);
    }

    private int refoldDays(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        em.createNativeQuery("DELETE FROM due_step_day WHERE day >= ? AND day <= ?").setParameter(1, from).setParameter(2, to)
                .executeUpdate();
        List<Closed> closed = new ArrayList<>();
        for (Object[] r : Rows.read(em, Integer.MAX_VALUE, "SELECT kind, party_type, department_id, done_at, duration_seconds, "
                + "late FROM due_item WHERE done_at >= ? AND done_at < ? AND duration_seconds IS NOT NULL",
                Rows.param(start), Rows.param(end))) {
            closed.add(new Closed(Rows.text(r[0]), Rows.text(r[1]), Rows.number(r[2]), Rows.instant(r[3]),
                    Rows.number(r[4]), Rows.flag(r[5])));
        }
        if (!closed.isEmpty()) {
            write("due_step_day", fold(closed), "");
        }
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            remonth(m);
        }
        return (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }

    /** Writes the month's rows again from its day rows (in the caller's transaction). */
    private void remonth(LocalDate month) {
        em.createNativeQuery("DELETE FROM due_step_month WHERE month = ?").setParameter(1, month).executeUpdate();
        em.createNativeQuery("INSERT INTO due_step_month (department_id, month, kind, party_type, bucket, n, late_n) "
                + "SELECT department_id, ?, kind, party_type, bucket, SUM(n), SUM(late_n) FROM due_step_day "
                + "WHERE day >= ? AND day < ? GROUP BY department_id, kind, party_type, bucket")
                .setParameter(1, month).setParameter(2, month).setParameter(3, month.plusMonths(1)).executeUpdate();
    }

    /** Day rows summed into their months' rows. */
    private static Map<Key, long[]> months(Map<Key, long[]> days) {
        Map<Key, long[]> months = new TreeMap<>(ORDER);
        days.forEach((k, v) -> {
            long[] m = months.computeIfAbsent(new Key(k.department(), k.day().withDayOfMonth(1), k.kind(), k.party(), k.bucket()),
                    x -> new long[2]);
            m[0] += v[0];
            m[1] += v[1];
        });
        return months;
    }

    private static Map<Key, long[]> fold(List<Closed> closed) {
        Map<Key, long[]> rows = new TreeMap<>(ORDER);
        for (Closed c : closed) {
            LocalDate day = BusinessTime.dateOf(c.doneAt());
            int bucket = StepBuckets.bucket(c.seconds());
            count(rows, new Key(0, day, c.kind(), c.partyType(), bucket), c.late());
            if (c.departmentId() != null && c.departmentId() > 0) {
                count(rows, new Key(c.departmentId(), day, c.kind(), c.partyType(), bucket), c.late());
            }
        }
        return rows;
    }

    private static void count(Map<Key, long[]> rows, Key key, boolean late) {
        long[] v = rows.computeIfAbsent(key, k -> new long[2]);
        v[0]++;
        if (late) {
            v[1]++;
        }
    }

    /** Multi-row INSERTs of 500 rows: numbers inline (counted here), the day, kind and party type as parameters. */
    private void write(String table, Map<Key, long[]> rows, String onDuplicate) {
        List<Map.Entry<Key, long[]>> all = new ArrayList<>(rows.entrySet());
        for (int i = 0; i < all.size(); i += 500) {
            List<Map.Entry<Key, long[]>> part = all.subList(i, Math.min(all.size(), i + 500));
            StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (department_id, "
                    + ("due_step_day".equals(table) ? "day" : "month") + ", kind, party_type, bucket, n, late_n) VALUES ");
            List<Object> params = new ArrayList<>();
            for (int j = 0; j < part.size(); j++) {
                Key k = part.get(j).getKey();
                long[] v = part.get(j).getValue();
                sql.append(j == 0 ? "" : ",").append('(').append(k.department()).append(",?,?,?,").append(k.bucket())
                        .append(',').append(v[0]).append(',').append(v[1]).append(')');
                params.add(k.day());
                params.add(k.kind());
                params.add(k.party());
            }
            Query q = em.createNativeQuery(sql.append(onDuplicate).toString());
            for (int p = 0; p < params.size(); p++) {
                q.setParameter(p + 1, params.get(p));
            }
            q.executeUpdate();
        }
    }

    private void save(String position, Instant now) {
        em.createNativeQuery("INSERT INTO due_watermark (kind, position, updated_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE position = VALUES(position), updated_at = VALUES(updated_at)")
                .setParameter(1, BACKFILL).setParameter(2, position).setParameter(3, Rows.param(now)).executeUpdate();
    }
}
