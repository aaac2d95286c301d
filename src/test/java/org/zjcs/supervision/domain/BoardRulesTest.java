package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The board's rules on fixed data, every expected figure worked out by hand (docs/supervision.md "The board"). */
class BoardRulesTest {

    @Test
    void redWhenAnythingIsOverdueAmberWhenOnlyDueSoonElseGreen() {
        assertEquals(Rag.RED, Rag.of(1, 0));
        assertEquals(Rag.RED, Rag.of(3, 5));
        assertEquals(Rag.AMBER, Rag.of(0, 1));
        assertEquals(Rag.GREEN, Rag.of(0, 0));
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        // 5 durations sorted: 60, 120, 300, 900, 3600 -> the 3rd is 300; p90 rank ceil(4.5) = 5 -> 3600
        StepTime s = StepTime.of("DEPARTMENT_CHECK", 1, List.of(60L, 120L, 300L, 900L, 3600L));
        assertEquals(5, s.count());
        assertEquals(300.0, s.medianSeconds());
        assertEquals(3600, s.p90Seconds());
        assertEquals(1, s.late());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        // 4 durations: 100, 200, 400, 1000 -> (200 + 400) / 2 = 300; p90 rank ceil(3.6) = 4 -> 1000
        StepTime s = StepTime.of("EVALUATION", 0, List.of(100L, 200L, 400L, 1000L));
        assertEquals(300.0, s.medianSeconds());
        assertEquals(1000, s.p90Seconds());
        // 2 durations: 10, 11 -> 10.5
        assertEquals(10.5, StepTime.of("X", 0, List.of(10L, 11L)).medianSeconds());
    }

    @Test
    void p90IsTheNearestRank() {
        // 10 values 1..10: rank ceil(9.0) = 9 -> 9; 20 values 1..20: rank 18 -> 18; 11 values: ceil(9.9) = 10
        assertEquals(9, StepTime.of("X", 0, range(10)).p90Seconds());
        assertEquals(18, StepTime.of("X", 0, range(20)).p90Seconds());
        assertEquals(10, StepTime.of("X", 0, range(11)).p90Seconds());
        assertEquals(1, StepTime.of("X", 0, range(1)).p90Seconds());
        assertEquals(1.0, StepTime.of("X", 0, range(1)).medianSeconds());
        assertEquals(0, StepTime.of("X", 0, List.of()).count());
    }

    @Test
    void theRanksTheDatabaseReadsGiveTheSameFigures() {
        List<Long> values = List.of(5L, 7L, 7L, 30L, 31L, 90L, 200L, 201L, 500L, 86400L, 90000L);
        long n = values.size(); // 11: median rank 6 (90), p90 rank 10 (86400)
        assertEquals(6, StepTime.medianLow(n));
        assertEquals(6, StepTime.medianHigh(n));
        assertEquals(10, StepTime.p90Rank(n));
        Map<Long, Long> ranks = new HashMap<>();
        for (long r : List.of(StepTime.medianLow(n), StepTime.medianHigh(n), StepTime.p90Rank(n))) {
            ranks.put(r, values.get((int) r - 1));
        }
        StepTime fromRanks = StepTime.ofRanks("X", n, 2, ranks);
        assertEquals(StepTime.of("X", 2, values), fromRanks);
        assertEquals(90.0, fromRanks.medianSeconds());
        assertEquals(86400, fromRanks.p90Seconds());
        assertEquals(24.0, fromRanks.p90Hours());
    }

    @Test
    void aPeriodMayNotBeReversedNorLongerThanTheSetting() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        BoardPeriod p = BoardPeriod.of("2026-01-01", "2026-12-31", today, 90, 366);
        assertEquals(365, p.days());
        assertEquals(LocalDate.of(2025, 12, 31).atTime(16, 0).toInstant(ZoneOffset.UTC), p.start());
        assertEquals(LocalDate.of(2026, 12, 31).atTime(16, 0).toInstant(ZoneOffset.UTC), p.end());
        assertEquals("board.error.periodReversed",
                assertThrows(DomainException.class, () -> BoardPeriod.of("2026-03-02", "2026-03-01", today, 90, 366)).messageKey());
        assertEquals("board.error.periodTooLong",
                assertThrows(DomainException.class, () -> BoardPeriod.of("2025-01-01", "2026-01-02", today, 90, 366)).messageKey());
        assertEquals(366, BoardPeriod.of("2024-01-01", "2024-12-31", today, 90, 366).days()); // a leap year fits
        assertEquals("board.error.date",
                assertThrows(DomainException.class, () -> BoardPeriod.of("2026-02-30", null, today, 90, 366)).messageKey());
        BoardPeriod def = BoardPeriod.of(null, null, today, 90, 366);
        assertEquals(LocalDate.of(2026, 9, 8), def.from());
        assertEquals(90, def.days());
    }

    @Test
    void unknownDimensionsKindsPartiesAndStatesAreRefused() {
        assertEquals(BoardDimension.FIRM, BoardDimension.parse("firm", BoardDimension.DEPARTMENT));
        assertEquals(BoardDimension.SERVICE_ITEM, BoardDimension.parse("service-item", null));
        assertEquals(BoardDimension.DEPARTMENT, BoardDimension.parse(" ", BoardDimension.DEPARTMENT));
        assertEquals("board.error.dimension",
                assertThrows(DomainException.class, () -> BoardDimension.parse("colour", null)).messageKey());
        assertEquals("board.error.kind", assertThrows(DomainException.class,
                () -> BoardFilter.of("COFFEE_BREAK", null, null, null, null)).messageKey());
        assertEquals("board.error.party", assertThrows(DomainException.class,
                () -> BoardFilter.of(null, "CITIZEN", null, null, null)).messageKey());
        assertEquals("board.error.state", assertThrows(DomainException.class,
                () -> BoardFilter.of(null, null, null, null, "LATE")).messageKey());
        assertEquals("board.error.value", assertThrows(DomainException.class,
                () -> BoardFilter.of(null, null, "DEPARTMENT", "1 OR 1=1", null)).messageKey());
        assertEquals("board.error.value", assertThrows(DomainException.class,
                () -> BoardFilter.of(null, null, "REGION", "61", null)).messageKey());
        assertEquals("board.error.dimension", assertThrows(DomainException.class,
                () -> BoardFilter.of(null, null, null, "3001", null)).messageKey());
        assertEquals("board.error.granularity", assertThrows(DomainException.class, () -> Granularity.parse("DAY")).messageKey());
        BoardFilter f = BoardFilter.of("department_check", "department", "department", "3001", "overdue");
        assertEquals("DEPARTMENT_CHECK", f.kind());
        assertEquals("DEPARTMENT", f.partyType());
        assertEquals(BoardDimension.DEPARTMENT, f.dimension());
        assertEquals("3001", f.value());
        assertEquals(BoardFilter.State.OVERDUE, f.state());
        BoardFilter none = BoardFilter.of("", null, "FIRM", null, null);
        assertNull(none.kind());
        assertNull(none.dimension());
        assertEquals(BoardFilter.State.OPEN, none.state());
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        // 2026-12-06 is a Sunday: its week starts on Monday 2026-11-30
        assertEquals(LocalDate.of(2026, 11, 30), Granularity.WEEK.start(LocalDate.of(2026, 12, 6)));
        assertEquals(LocalDate.of(2026, 12, 1), Granularity.MONTH.start(LocalDate.of(2026, 12, 6)));
        assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)),
                Granularity.MONTH.buckets(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 6)));
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)),
                Granularity.WEEK.buckets(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aPeriodReadsItsWholeCalendarMonthsFromTheMonthlyRows() {
        // January 2019 exactly: the one month, no days
        LocalDate[] jan = new BoardPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31)).wholeMonths();
        assertEquals(List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)), List.of(jan));
        // 366 days from 2025-12-07: December 2025 and December 2026 are cut, January … November 2026 are whole
        LocalDate[] year = new BoardPeriod(LocalDate.of(2025, 12, 7), LocalDate.of(2026, 12, 7)).wholeMonths();
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1)), List.of(year));
        // February 15 to March 31: March only
        LocalDate[] march = new BoardPeriod(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 31)).wholeMonths();
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)), List.of(march));
        // no whole month: March 1 to 30, March 2 to 31, one day
        assertNull(new BoardPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30)).wholeMonths());
        assertNull(new BoardPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)).wholeMonths());
        assertNull(new BoardPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).wholeMonths());
    }

    private static List<Long> range(int n) {
        List<Long> out = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }
}
