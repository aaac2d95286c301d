package org.zjcs.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Feed cursors and ocids: what reads, what does not, and the feed order. */
class OcdsCursorTest {

    @Test
    void aCursorReadsBackAsItWasWritten() {
        OcdsCursor c = new OcdsCursor(Instant.parse("2026-10-12T09:00:05.123456Z"), OcdsEvent.Source.CONTRACT, 7001);
        assertEquals("1791795605123456-c7001", c.encode());
        assertEquals(c, OcdsCursor.parse(c.encode()).orElseThrow());
    }

    @Test
    void extensionAndCompletionCursorsReadBackAndSortAfterTheDeliverablesOfTheSameInstant() {
        Instant t = Instant.parse("2026-11-20T01:00:00Z");
        OcdsCursor e = new OcdsCursor(t, OcdsEvent.Source.EXTENSION, 31);
        OcdsCursor f = new OcdsCursor(t, OcdsEvent.Source.COMPLETION, 7102);
        assertEquals(e, OcdsCursor.parse(e.encode()).orElseThrow());
        assertEquals(f, OcdsCursor.parse(f.encode()).orElseThrow());
        assertTrue(e.encode().endsWith("-e31") && f.encode().endsWith("-f7102"), e.encode() + " " + f.encode());
        List<OcdsCursor> sorted = List.of(f, e, new OcdsCursor(t, OcdsEvent.Source.DELIVERABLE, 9999)).stream().sorted().toList();
        assertEquals(List.of("d9999", "e31", "f7102"), sorted.stream().map(c -> c.source().letter() + "" + c.id()).toList());
    }

    @Test
    void unreadableCursorsAreRefused() {
        for (String bad : List.of("", "abc", "1791795605123456", "1791795605123456-x1", "1791795605123456-g1", "-1-a1", "1-a", "1-a-1",
                "17917956051234560000-a1", "1791795605123456-a1 ")) {
            assertTrue(OcdsCursor.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void theFeedOrderIsTimeThenSourceThenId() {
        Instant t = Instant.parse("2026-10-12T09:00:05Z");
        List<OcdsCursor> sorted = List.of(new OcdsCursor(t.plusSeconds(1), OcdsEvent.Source.ANNOUNCEMENT, 1),
                        new OcdsCursor(t, OcdsEvent.Source.DELIVERABLE, 1), new OcdsCursor(t, OcdsEvent.Source.ANNOUNCEMENT, 9),
                        new OcdsCursor(t, OcdsEvent.Source.ANNOUNCEMENT, 2)).stream().sorted().toList();
        assertEquals(List.of("a2", "a9", "d1", "a1"), sorted.stream().map(c -> c.source().letter() + "" + c.id()).toList());
    }

    @Test
    void anOcidNamesANoticeOnlyWithOurPrefix() {
        assertEquals(OptionalLong.of(8012), Ocid.noticeId("ocds-zjcs00", "ocds-zjcs00-8012"));
        assertTrue(Ocid.noticeId("ocds-zjcs00", "ocds-abcdef-8012").isEmpty(), "another publisher's prefix");
        assertTrue(Ocid.wellFormed("ocds-abcdef-8012"));
        for (String bad : List.of("8012", "ocds-zjcs00-", "ocds-zjcs00-80x", "ocds zjcs00-1", "-8012", "ocds-zjcs00-8012/1")) {
            assertTrue(!Ocid.wellFormed(bad) && Ocid.noticeId("ocds-zjcs00", bad).isEmpty(), bad);
        }
        assertTrue(Ocid.PREFIX.matcher("ocds-zjcs00").matches());
    }
}
