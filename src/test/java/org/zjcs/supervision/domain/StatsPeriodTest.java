package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** Statistics periods and dimensions: bad input is a message key, never an exception of another kind. */
class StatsPeriodTest {

    private static String refused(String from, String to, int max) {
        return assertThrows(DomainException.class, () -> StatsPeriod.of(from, to, max)).messageKey();
    }

    @Test
    void aPeriodIsWholeBeijingDaysBothIncluded() {
        StatsPeriod p = StatsPeriod.of("2026-01-01", "2026-12-31", 366);
        assertEquals(365, p.days());
        assertEquals(Instant.parse("2025-12-31T16:00:00Z"), p.start());
        assertEquals(Instant.parse("2026-12-31T16:00:00Z"), p.end());
        assertEquals(1, StatsPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), 1).days());
    }

    @Test
    void missingReversedUnreadableOrTooLongPeriodsAreRefused() {
        assertEquals("evalstat.error.periodRequired", refused(null, "2026-01-01", 366));
        assertEquals("evalstat.error.periodRequired", refused("2026-01-01", " ", 366));
        assertEquals("evalstat.error.periodReversed", refused("2026-02-01", "2026-01-31", 366));
        assertEquals("evalstat.error.periodDate", refused("2026-13-01", "2026-12-31", 366));
        assertEquals("evalstat.error.periodDate", refused("+999999999-12-30", "+999999999-12-31", 366));
        assertEquals("evalstat.error.periodDate", refused("1999-12-31", "2000-01-01", 366));
        assertEquals("evalstat.error.periodTooLong", refused("2025-01-01", "2026-01-02", 366)); // 367 days
        assertEquals(366, StatsPeriod.of("2025-01-01", "2026-01-01", 366).days());
    }

    @Test
    void dimensionsAreParsedAndUnknownOnesRefused() {
        assertEquals(StatsDimension.FIRM, StatsDimension.parse(null));
        assertEquals(StatsDimension.SERVICE_ITEM, StatsDimension.parse("service-item"));
        assertEquals(StatsDimension.DEPARTMENT, StatsDimension.parse("department"));
        assertEquals("evalstat.error.dimension",
                assertThrows(DomainException.class, () -> StatsDimension.parse("region")).messageKey());
        assertEquals(null, StatsDimension.SERVICE_ITEM.partyType());
        assertEquals("OWNER", StatsDimension.OWNER.partyType());
    }
}
