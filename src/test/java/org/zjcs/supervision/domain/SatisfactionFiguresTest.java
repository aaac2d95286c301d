package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.credit.domain.EvaluationLevel;

/** The 好差评 figures on fixed data, each expected figure worked out by hand in the comments. */
class SatisfactionFiguresTest {

    /** Seven evaluations of one firm: (level that counts, quality, timeliness, attitude, fees, conduct). */
    private static final List<Object[]> SEVEN = List.of(
            new Object[] {EvaluationLevel.VERY_SATISFIED, 5, 5, 5, 4, 5},
            new Object[] {EvaluationLevel.SATISFIED, 4, 4, 5, 4, 4},
            new Object[] {EvaluationLevel.SATISFIED, 4, 3, 4, 4, 4},
            new Object[] {EvaluationLevel.BASICALLY_SATISFIED, 3, 3, 3, 3, 4},
            new Object[] {EvaluationLevel.DISSATISFIED, 2, 1, 3, 2, 2},
            new Object[] {EvaluationLevel.VERY_DISSATISFIED, 1, 1, 1, 2, 1},
            new Object[] {EvaluationLevel.SATISFIED, 4, 5, 4, 3, 4});

    /** What the database adds up (COUNT, SUM of CASE, SUM of each aspect), done here on the list. */
    static SatisfactionFigures sums(List<Object[]> rows, long closed, long onTime) {
        long satisfied = 0;
        long bad = 0;
        long[] aspects = new long[5];
        for (Object[] r : rows) {
            EvaluationLevel l = (EvaluationLevel) r[0];
            satisfied += Satisfaction.satisfied(l) ? 1 : 0;
            bad += Satisfaction.bad(l) ? 1 : 0;
            for (int i = 0; i < 5; i++) {
                aspects[i] += (int) r[i + 1];
            }
        }
        return new SatisfactionFigures(1L, "甲公司", "Firm A", rows.size(), satisfied, bad, aspects, closed, onTime);
    }

    @Test
    void theSatisfactionRateCountsVerySatisfiedSatisfiedAndBasicallySatisfied() {
        // satisfied: 非常满意 1 + 满意 3 + 基本满意 1 = 5 of 7 → 5 × 100 / 7 = 71.428… → 71.4 %
        SatisfactionFigures f = sums(SEVEN, 0, 0);
        assertEquals(7, f.evaluations());
        assertEquals(5, f.satisfied());
        assertEquals(new BigDecimal("71.4"), f.satisfactionRate());
    }

    @Test
    void theBadShareCountsDissatisfiedAndVeryDissatisfied() {
        // 差评: 不满意 1 + 非常不满意 1 = 2 of 7 → 28.571… → 28.6 %
        SatisfactionFigures f = sums(SEVEN, 0, 0);
        assertEquals(2, f.bad());
        assertEquals(new BigDecimal("28.6"), f.badShare());
    }

    @Test
    void eachAspectIsAveragedOverTheEvaluations() {
        // quality 5+4+4+3+2+1+4 = 23 / 7 = 3.2857 → 3.29; timeliness 5+4+3+3+1+1+5 = 22 / 7 = 3.1428 → 3.14;
        // attitude 5+5+4+3+3+1+4 = 25 / 7 = 3.5714 → 3.57; fees 4+4+4+3+2+2+3 = 22 / 7 → 3.14;
        // conduct 5+4+4+4+2+1+4 = 24 / 7 = 3.4285 → 3.43
        SatisfactionFigures f = sums(SEVEN, 0, 0);
        assertEquals(new BigDecimal("3.29"), f.getQuality());
        assertEquals(new BigDecimal("3.14"), f.getTimeliness());
        assertEquals(new BigDecimal("3.57"), f.getAttitude());
        assertEquals(new BigDecimal("3.14"), f.getFees());
        assertEquals(new BigDecimal("3.43"), f.getConduct());
    }

    @Test
    void theOnTimeRateIsTheShareOfClosedDueItemsNotLate() {
        // 9 closed due steps, 7 of them on time → 77.777… → 77.8 %; 3 of 3 → 100.0; 0 of 4 → 0.0
        assertEquals(new BigDecimal("77.8"), sums(SEVEN, 9, 7).onTimeRate());
        assertEquals(new BigDecimal("100.0"), sums(SEVEN, 3, 3).onTimeRate());
        assertEquals(new BigDecimal("0.0"), sums(SEVEN, 4, 0).onTimeRate());
    }

    @Test
    void aFigureWithoutADenominatorIsNoFigure() {
        SatisfactionFigures none = sums(List.of(), 0, 0);
        assertNull(none.satisfactionRate());
        assertNull(none.badShare());
        assertNull(none.onTimeRate());
        assertNull(none.getQuality());
    }

    @Test
    void theLevelThatCountsIsTheRevisedOne() {
        assertEquals(EvaluationLevel.BASICALLY_SATISFIED,
                Satisfaction.counted(EvaluationLevel.DISSATISFIED, EvaluationLevel.BASICALLY_SATISFIED));
        assertEquals(EvaluationLevel.DISSATISFIED, Satisfaction.counted(EvaluationLevel.DISSATISFIED, null));
        assertTrue(Satisfaction.bad(EvaluationLevel.VERY_DISSATISFIED));
        assertFalse(Satisfaction.bad(EvaluationLevel.BASICALLY_SATISFIED));
        assertFalse(Satisfaction.satisfied(null));
        assertEquals("'DISSATISFIED','VERY_DISSATISFIED'", Satisfaction.sqlList(Satisfaction.BAD));
    }

    @Test
    void theNameFollowsTheLanguage() {
        SatisfactionFigures f = sums(SEVEN, 0, 0);
        assertEquals("Firm A", f.name(true));
        assertEquals("甲公司", f.name(false));
        assertEquals("甲公司", f.named("甲公司", null).name(true));
    }
}
