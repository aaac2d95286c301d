package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The monthly ranking on fixed figures, every expected place worked out by hand. */
class RankingTest {

    static UnitFigures u(long id, long closed, long late, long overdue) {
        return new UnitFigures(RankingKind.DEPARTMENT, id, "unit" + id, closed, late, overdue, 0, 0);
    }

    static UnitFigures f(long id, long closed, long late, long overdue, long evaluated, long satisfied) {
        return new UnitFigures(RankingKind.FIRM, id, "firm" + id, closed, late, overdue, evaluated, satisfied);
    }

    static List<Long> ids(List<RankedUnit> r) {
        return r.stream().map(x -> x.figures().unitId()).toList();
    }

    static List<Integer> ranks(List<RankedUnit> r) {
        return r.stream().map(RankedUnit::rank).toList();
    }

    @Test
    void higherOnTimeRateFirstThenFewerOverdueAtMonthEnd() {
        // 1: 9/10 = 90 %; 2: 10/10 = 100 %; 3: 18/20 = 90 % but 2 overdue; 4: 5/8 = 62.5 %
        List<RankedUnit> r = Ranking.rank(List.of(u(1, 10, 1, 0), u(2, 10, 0, 3), u(3, 20, 2, 2), u(4, 8, 3, 0)), 5);
        assertEquals(List.of(2L, 1L, 3L, 4L), ids(r));
        assertEquals(List.of(1, 2, 3, 4), ranks(r));
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        // 1: 4/5 = 80 %; 2: 8/10 = 80 % (same exact rate, same overdue 1): tie; 3: 6/6 = 100 %; 4: 3/6 = 50 %
        List<RankedUnit> r = Ranking.rank(List.of(u(1, 5, 1, 1), u(2, 10, 2, 1), u(3, 6, 0, 0), u(4, 6, 3, 0)), 5);
        assertEquals(List.of(3L, 1L, 2L, 4L), ids(r), "the tie is listed by id");
        assertEquals(List.of(1, 2, 2, 4), ranks(r));
    }

    @Test
    void ratesThatRoundAlikeAreNoTie() {
        // 2/3 = 66.67 % and 667/1000 = 66.7 %: the same per mille (667) but not the same rate
        List<RankedUnit> r = Ranking.rank(List.of(u(1, 3, 1, 0), u(2, 1000, 333, 0)), 1);
        assertEquals(667, r.get(0).figures().onTimePermille());
        assertEquals(667, r.get(1).figures().onTimePermille());
        assertEquals(List.of(2L, 1L), ids(r));
        assertEquals(List.of(1, 2), ranks(r));
    }

    @Test
    void unitsWithTooFewClosedItemsAreListedUnrankedAfterTheOthers() {
        // min 5: unit 1 closed 4 (100 % but too few), unit 2 closed 5, unit 3 closed 0 with 7 overdue, unit 4 closed 2
        List<RankedUnit> r = Ranking.rank(List.of(u(1, 4, 0, 0), u(2, 5, 2, 0), u(3, 0, 0, 7), u(4, 2, 1, 0)), 5);
        assertEquals(List.of(2L, 1L, 4L, 3L), ids(r), "ranked first; then the too-few, most closed first");
        assertEquals(1, r.get(0).rank());
        assertFalse(r.get(0).tooFew());
        assertTrue(r.get(1).tooFew());
        assertNull(r.get(3).rank());
        assertNull(r.get(3).figures().onTimePermille(), "nothing closed: no rate");
        assertTrue(r.get(3).figures().missedLimits(), "overdue at the month's end is a missed limit");
    }

    @Test
    void satisfactionBreaksATieOnTimelinessForFirms() {
        // all 100 % on time, nothing overdue; 1: 3/4 satisfied, 2: 4/4, 3: no evaluations, 4: 6/8 (= 3/4: tie with 1)
        List<RankedUnit> r = Ranking.rank(List.of(f(1, 5, 0, 0, 4, 3), f(2, 5, 0, 0, 4, 4), f(3, 5, 0, 0, 0, 0),
                f(4, 6, 0, 0, 8, 6)), 5);
        assertEquals(List.of(2L, 1L, 4L, 3L), ids(r));
        assertEquals(List.of(1, 2, 2, 4), ranks(r));
        assertEquals(750, r.get(1).figures().satisfactionPermille());
    }

    @Test
    void theFiguresAreComputedAsDocumented() {
        UnitFigures x = u(1, 7, 2, 1);
        assertEquals(5, x.onTime());
        assertEquals(714, x.onTimePermille(), "5/7 = 0.71428…");
        assertTrue(x.missedLimits());
        assertFalse(u(2, 7, 0, 0).missedLimits());
        assertEquals(500, f(3, 1, 0, 0, 2, 1).satisfactionPermille());
        assertEquals(1000, u(4, 3, 0, 0).onTimePermille());
    }
}
