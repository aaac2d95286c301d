package org.zjcs.supervision.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zjcs.credit.domain.EvaluationLevel;

/**
 * The arithmetic of the daily 好差评 summary ({@code evaluation_day}): the evaluations given on one Beijing day folded
 * into one row per (department, firm, owner unit, service item) with the counts {@link SatisfactionFigures} needs.
 * Department 0 counts every evaluation once; each department whose case the evaluation's notice serves counts it once
 * more under its own id (two cases of one department: once). A whole day is folded from its evaluations, never
 * incremented, so folding a day again gives the same rows.
 */
public final class EvaluationDayFold {

    /** The department of the rows that count every evaluation once. */
    public static final long EVERY = 0;

    /** One evaluation as the fold reads it; {@code serviceItem} 0 when the notice is unknown. */
    public record Given(long firm, long owner, long serviceItem, String level, String revisedLevel, int[] aspects,
                        Set<Long> departments) {
    }

    /** The grouping columns of a row. */
    public record Key(long department, long firm, long owner, long serviceItem) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(department, o.department);
            c = c != 0 ? c : Long.compare(firm, o.firm);
            c = c != 0 ? c : Long.compare(owner, o.owner);
            return c != 0 ? c : Long.compare(serviceItem, o.serviceItem);
        }
    }

    /** The counts of a row: evaluations, satisfied, bad and the five aspect sums (order of SatisfactionFigures.ASPECTS). */
    public record Row(Key key, long evaluations, long satisfied, long bad, long[] aspectSums) {
    }

    private EvaluationDayFold() {
    }

    /** The rows of a day, in key order. */
    public static List<Row> fold(List<Given> evaluations) {
        Map<Key, long[]> sums = new java.util.TreeMap<>();
        for (Given g : evaluations) {
            EvaluationLevel counted = Satisfaction.counted(level(g.level()), level(g.revisedLevel()));
            long[] add = new long[3 + SatisfactionFigures.ASPECTS.length];
            add[0] = 1;
            add[1] = Satisfaction.satisfied(counted) ? 1 : 0;
            add[2] = Satisfaction.bad(counted) ? 1 : 0;
            for (int i = 0; i < SatisfactionFigures.ASPECTS.length; i++) {
                add[3 + i] = g.aspects() == null ? 0 : g.aspects()[i];
            }
            Set<Long> departments = new TreeSet<>(g.departments() == null ? Set.of() : g.departments());
            departments.remove(EVERY);
            List<Long> under = new ArrayList<>();
            under.add(EVERY);
            under.addAll(departments);
            for (long d : under) {
                long[] s = sums.computeIfAbsent(new Key(d, g.firm(), g.owner(), g.serviceItem()), k -> new long[add.length]);
                for (int i = 0; i < add.length; i++) {
                    s[i] += add[i];
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Key, long[]> e : sums.entrySet()) {
            long[] s = e.getValue();
            long[] aspects = new long[SatisfactionFigures.ASPECTS.length];
            System.arraycopy(s, 3, aspects, 0, aspects.length);
            rows.add(new Row(e.getKey(), s[0], s[1], s[2], aspects));
        }
        return rows;
    }

    /** A stored level name, null when absent or not a level of this platform (then neither satisfied nor bad). */
    static EvaluationLevel level(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return EvaluationLevel.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
