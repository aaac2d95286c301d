package org.zjcs.supervision.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The month a full batch of the summary's backfill leaves pending travels in the watermark's text. */
class EvaluationDaysTest {

    @Test
    void thePendingMonthIsKeptInTheWatermark() {
        assertNull(EvaluationDays.pending(null), "no watermark: nothing pending");
        DueKey none = new DueKey(Instant.parse("2026-03-03T01:02:03.456789Z"), 42, 0);
        assertNull(EvaluationDays.pending(DueKey.parse(none.text())));
        LocalDate march = LocalDate.of(2026, 3, 1);
        DueKey pending = DueKey.parse(new DueKey(none.opened(), 42, march.toEpochDay()).text());
        assertEquals(march, EvaluationDays.pending(pending));
        assertEquals(none.opened(), pending.opened());
        assertEquals(42, pending.ref());
        assertNull(EvaluationDays.pending(pending.rewind(Instant.parse("2026-12-06T00:00:00Z"), DueTracker.OVERLAP)),
                "the rewound read position carries none: the pass reads it from the stored watermark");
    }
}
