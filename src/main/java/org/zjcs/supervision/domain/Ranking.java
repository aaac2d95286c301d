package org.zjcs.supervision.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks units on timeliness (docs/supervision.md "Rankings and 通报"): a unit that closed at least {@code minItems}
 * items in the month is ranked by its on-time rate (closed on time / closed, compared exactly, higher first), then by
 * the items overdue at the month's end (fewer first), then by its satisfaction rate where it has one (higher first; a
 * unit without evaluations after those with). Units equal on all three share a rank, and the next rank skips
 * (1, 1, 3: "competition" ranking). The others follow, unranked ("too few to rank"), most items first, then by id.
 * Pure: no database, no clock.
 */
public final class Ranking {

    private Ranking() {
    }

    /** Equal figures share a rank: exact fractions, never rounded per mille. */
    static final Comparator<UnitFigures> ORDER = Ranking::compare;

    public static List<RankedUnit> rank(List<UnitFigures> units, int minItems) {
        List<UnitFigures> ranked = new ArrayList<>();
        List<UnitFigures> tooFew = new ArrayList<>();
        for (UnitFigures u : units) {
            (u.closed() >= Math.max(1, minItems) ? ranked : tooFew).add(u);
        }
        ranked.sort(ORDER.thenComparingLong(UnitFigures::unitId));
        tooFew.sort(Comparator.comparingLong(UnitFigures::closed).reversed().thenComparingLong(UnitFigures::unitId));
        List<RankedUnit> out = new ArrayList<>(units.size());
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (i == 0 || compare(ranked.get(i - 1), ranked.get(i)) != 0) {
                rank = i + 1;
            }
            out.add(new RankedUnit(rank, ranked.get(i)));
        }
        tooFew.forEach(u -> out.add(new RankedUnit(null, u)));
        return out;
    }

    private static int compare(UnitFigures a, UnitFigures b) {
        int byRate = Long.compare(b.onTime() * a.closed(), a.onTime() * b.closed()); // higher rate first
        if (byRate != 0) {
            return byRate;
        }
        int byOverdue = Long.compare(a.overdueAtEnd(), b.overdueAtEnd());
        if (byOverdue != 0) {
            return byOverdue;
        }
        if (a.evaluated() == 0 || b.evaluated() == 0) {
            return Boolean.compare(a.evaluated() == 0, b.evaluated() == 0);
        }
        return Long.compare(b.satisfied() * a.evaluated(), a.satisfied() * b.evaluated());
    }
}
