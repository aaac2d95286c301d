package org.zjcs.supervision.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.supervision.domain.StatsDimension;
import org.zjcs.supervision.domain.StatsPeriod;

/** How a period is split into the whole months read from evaluation_month and the days read from evaluation_day. */
class EvaluationStatisticsSqlTest {

    static StatsPeriod period(String from, String to) {
        return StatsPeriod.of(LocalDate.parse(from), LocalDate.parse(to), 366);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theWholeMonthsOfAPeriod() {
        assertArrayEquals(new LocalDate[] {d("2025-06-01"), d("2025-06-01")}, EvaluationStatistics.wholeMonths(period("2025-06-01", "2025-06-30")));
        assertArrayEquals(new LocalDate[] {d("2025-07-01"), d("2025-07-01")}, EvaluationStatistics.wholeMonths(period("2025-06-15", "2025-07-31")));
        assertArrayEquals(new LocalDate[] {d("2025-06-01"), d("2025-06-01")}, EvaluationStatistics.wholeMonths(period("2025-06-01", "2025-07-15")));
        assertArrayEquals(new LocalDate[] {d("2025-01-01"), d("2025-12-01")}, EvaluationStatistics.wholeMonths(period("2025-01-01", "2025-12-31")));
        assertArrayEquals(new LocalDate[] {d("2025-07-01"), d("2026-05-01")}, EvaluationStatistics.wholeMonths(period("2025-06-06", "2026-06-05")));
        assertArrayEquals(new LocalDate[] {d("2024-02-01"), d("2024-02-01")}, EvaluationStatistics.wholeMonths(period("2024-02-01", "2024-02-29")));
        assertNull(EvaluationStatistics.wholeMonths(period("2025-06-03", "2025-06-28")));
        assertNull(EvaluationStatistics.wholeMonths(period("2025-06-15", "2025-07-14")), "two part months, no whole one");
    }

    @Test
    void regulatorsReadMonthRowsAndTheDaysAtEitherEnd() {
        List<Object> params = new ArrayList<>();
        String sql = EvaluationStatistics.evaluationSql(StatsDimension.FIRM, StatsScope.ALL, period("2025-06-06", "2026-06-05"), params);
        assertTrue(sql.contains("FROM evaluation_month m") && sql.contains("FROM evaluation_day s"), sql);
        assertEquals(List.of("FIRM", d("2025-07-01"), d("2026-05-01"), d("2025-06-06"), d("2025-07-01"), d("2026-06-01"),
                d("2026-06-05")), params);
        assertEquals(params.size(), sql.chars().filter(c -> c == '?').count());
        params.clear();
        String days = EvaluationStatistics.evaluationSql(StatsDimension.SERVICE_ITEM, StatsScope.ALL, period("2025-06-03", "2025-06-28"), params);
        assertFalse(days.contains("evaluation_month"), days);
        assertTrue(days.contains("s.service_item_id <> 0"), days);
        assertEquals(List.of(d("2025-06-03"), d("2025-06-28")), params);
    }

    @Test
    void aDepartmentOrAFirmReadsItsOwnDayRows() {
        List<Object> params = new ArrayList<>();
        String sql = EvaluationStatistics.evaluationSql(StatsDimension.FIRM, new StatsScope("DEPARTMENT", 7L),
                period("2025-01-01", "2025-12-31"), params);
        assertTrue(sql.contains("s.department_id = ?") && !sql.contains("evaluation_month"), sql);
        assertEquals(List.of(d("2025-01-01"), d("2025-12-31"), 7L), params);
        params.clear();
        String firm = EvaluationStatistics.evaluationSql(StatsDimension.DEPARTMENT, new StatsScope("FIRM", 9L),
                period("2025-01-01", "2025-12-31"), params);
        assertTrue(firm.contains("s.department_id > 0") && firm.contains("s.firm_id = ?"), firm);
        assertEquals(List.of(d("2025-01-01"), d("2025-12-31"), 9L), params);
    }
}
