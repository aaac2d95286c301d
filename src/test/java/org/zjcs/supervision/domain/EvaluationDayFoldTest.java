package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The daily summary's arithmetic on fixed evaluations; every expected count is worked out by hand below. */
class EvaluationDayFoldTest {

    static EvaluationDayFold.Given given(long firm, long owner, long item, String level, String revised, Set<Long> deps,
                                         int... aspects) {
        return new EvaluationDayFold.Given(firm, owner, item, level, revised, aspects, deps);
    }

    static final List<EvaluationDayFold.Given> DAY = List.of(
            // firm 10, owner 20, item 30: 非常满意 and 不满意 (departments 7 and 8; the second serves two cases of 7)
            given(10, 20, 30, "VERY_SATISFIED", null, Set.of(7L), 5, 5, 5, 5, 5),
            given(10, 20, 30, "DISSATISFIED", null, Set.of(7L, 8L), 2, 3, 2, 3, 2),
            // the same firm for another owner: 非常不满意 revised on appeal to 基本满意 → satisfied, not bad
            given(10, 21, 30, "VERY_DISSATISFIED", "BASICALLY_SATISFIED", Set.of(), 1, 1, 1, 1, 1),
            // another firm, notice not found (item 0), no department
            given(11, 20, 0, "SATISFIED", null, null, 4, 4, 4, 4, 4));

    static EvaluationDayFold.Row row(List<EvaluationDayFold.Row> rows, long dep, long firm, long owner, long item) {
        return rows.stream().filter(r -> r.key().equals(new EvaluationDayFold.Key(dep, firm, owner, item))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + dep + "/" + firm + "/" + owner + "/" + item + " in " + rows));
    }

    @Test
    void everyEvaluationCountsOnceUnderDepartmentZeroGroupedByFirmOwnerAndItem() {
        List<EvaluationDayFold.Row> rows = EvaluationDayFold.fold(DAY);
        EvaluationDayFold.Row a = row(rows, 0, 10, 20, 30);
        assertEquals(2, a.evaluations());
        assertEquals(1, a.satisfied());   // 非常满意
        assertEquals(1, a.bad());         // 不满意
        assertArrayEquals(new long[] {7, 8, 7, 8, 7}, a.aspectSums());   // 5+2, 5+3, 5+2, 5+3, 5+2
        EvaluationDayFold.Row revised = row(rows, 0, 10, 21, 30);
        assertEquals(1, revised.satisfied(), "the revised level counts");
        assertEquals(0, revised.bad());
        EvaluationDayFold.Row other = row(rows, 0, 11, 20, 0);
        assertEquals(1, other.evaluations());
        assertArrayEquals(new long[] {4, 4, 4, 4, 4}, other.aspectSums());
        long everyOnce = rows.stream().filter(r -> r.key().department() == 0).mapToLong(EvaluationDayFold.Row::evaluations).sum();
        assertEquals(4, everyOnce);
    }

    @Test
    void eachDepartmentCountsTheEvaluationsOfItsCasesOnce() {
        List<EvaluationDayFold.Row> rows = EvaluationDayFold.fold(DAY);
        EvaluationDayFold.Row seven = row(rows, 7, 10, 20, 30);
        assertEquals(2, seven.evaluations(), "two evaluations serve cases of department 7");
        assertEquals(1, seven.satisfied());
        assertEquals(1, seven.bad());
        EvaluationDayFold.Row eight = row(rows, 8, 10, 20, 30);
        assertEquals(1, eight.evaluations());
        assertEquals(0, eight.satisfied());
        assertEquals(1, eight.bad());
        assertArrayEquals(new long[] {2, 3, 2, 3, 2}, eight.aspectSums());
        // rows: department 0 × 3 groups, department 7 × 1, department 8 × 1
        assertEquals(5, rows.size(), rows.toString());
    }

    @Test
    void foldingAgainInAnyOrderGivesTheSameRows() {
        List<EvaluationDayFold.Given> shuffled = new ArrayList<>(DAY);
        Collections.reverse(shuffled);
        List<EvaluationDayFold.Row> once = EvaluationDayFold.fold(DAY);
        List<EvaluationDayFold.Row> again = EvaluationDayFold.fold(shuffled);
        assertEquals(once.size(), again.size());
        for (int i = 0; i < once.size(); i++) {
            assertEquals(once.get(i).key(), again.get(i).key());
            assertEquals(once.get(i).evaluations(), again.get(i).evaluations());
            assertEquals(once.get(i).satisfied(), again.get(i).satisfied());
            assertEquals(once.get(i).bad(), again.get(i).bad());
            assertArrayEquals(once.get(i).aspectSums(), again.get(i).aspectSums());
        }
        assertEquals(0, EvaluationDayFold.fold(List.of()).size(), "a day without evaluations has no rows");
    }

    @Test
    void anUnknownOrMissingLevelIsNeitherSatisfiedNorBad() {
        List<EvaluationDayFold.Row> rows = EvaluationDayFold.fold(List.of(given(1, 2, 3, "SOMETHING", null, Set.of(), 3, 3, 3, 3, 3),
                given(1, 2, 3, null, null, Set.of(), 3, 3, 3, 3, 3)));
        EvaluationDayFold.Row r = row(rows, 0, 1, 2, 3);
        assertEquals(2, r.evaluations());
        assertEquals(0, r.satisfied());
        assertEquals(0, r.bad());
    }
}
