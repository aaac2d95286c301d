package org.zjcs.supervision.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zjcs.supervision.domain.DueKind;

class DueKeyTest {

    private static final Duration TEN = Duration.ofMinutes(10);

    @Test
    void aPositionSurvivesItsText() {
        DueKey k = new DueKey(Instant.parse("2027-01-04T01:02:03.123456Z"), 42, 7);
        assertEquals(k, DueKey.parse(k.text()));
        assertNull(DueKey.parse(""));
        assertTrue(k.text().length() <= 64, "due_watermark.position is VARCHAR(64)");
        assertTrue(new DueKey(Instant.parse("2027-01-04T01:02:03.123456Z"), Long.MIN_VALUE, Long.MIN_VALUE).text().length() <= 64);
    }

    @Test
    void theNextPassReadsAgainTheOverlapBeforeTheWatermark() {
        Instant mark = Instant.parse("2027-01-04T08:00:00Z");
        DueKey from = new DueKey(mark, 5, 0).rewind(mark.plusSeconds(3600), TEN);
        assertEquals(Instant.parse("2027-01-04T07:50:00Z"), from.opened());
        assertEquals(Long.MIN_VALUE, from.ref());
    }

    @Test
    void aClockMovedBackReadsFromTheClockNotTheWatermark() {
        Instant mark = Instant.parse("2027-06-01T00:00:00Z");
        Instant now = Instant.parse("2027-01-04T08:00:00Z");
        assertEquals(Instant.parse("2027-01-04T07:50:00Z"), new DueKey(mark, 5, 0).rewind(now, TEN).opened());
    }

    @Test
    void everyKindHasASourceAndEverySourceItsOwnWatermark() {
        List<DueSource> all = DueSources.all();
        assertEquals(EnumSet.allOf(DueKind.class), all.stream().map(DueSource::kind).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(DueKind.class))));
        Set<String> keys = all.stream().map(DueSource::key).collect(Collectors.toSet());
        assertEquals(all.size(), keys.size());
        for (DueSource s : all) {
            assertTrue(s.key().length() <= 32, s.key());
            String sql = s.forward();
            assertEquals(6, sql.chars().filter(c -> c == '?').count(), s.key() + ": the window's end and the keyset's five parameters only");
            assertTrue(!sql.matches("(?s).*ORDER BY.*, \\d+$"), s.key() + ": no constant in ORDER BY (a column position)");
            assertTrue(s.byKeys(List.of(new long[] {3, 4}, new long[] {5, 6})).contains(" IN ("), s.key());
        }
    }
}
