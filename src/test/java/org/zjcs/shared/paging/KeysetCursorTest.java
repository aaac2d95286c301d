package org.zjcs.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void aCursorSurvivesItsUrlToken() {
        KeysetCursor c = new KeysetCursor("1793588400000000", 8015);
        String token = c.encode();
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in a URL without escaping: " + token);
        assertEquals(Optional.of(c), KeysetCursor.decode(token));
        assertEquals(Optional.of(1793588400000000L), c.numericKey());
    }

    @Test
    void aNameKeyWithAnyCharactersSurvives() {
        KeysetCursor c = new KeysetCursor("陕西秦川环境工程咨询有限公司\n第二行 & ?=", 1001);
        assertEquals(Optional.of(c), KeysetCursor.decode(c.encode()));
        assertEquals(Optional.empty(), c.numericKey());
    }

    @Test
    void badTokensAreNoPosition() {
        for (String bad : new String[] {null, "", "   ", "!!!", "%%%", "bm9uZXdsaW5l", "YWJjCnh5eg", "YWJjCg",
                "x".repeat(10_000)}) {
            assertEquals(Optional.empty(), KeysetCursor.decode(bad), String.valueOf(bad).length() > 20 ? "long" : bad);
        }
    }

    @Test
    void aTimeCursorSurvivesItsTokenToTheMicrosecond() {
        Instant at = Instant.parse("2026-11-02T03:04:05.123456789Z");
        KeysetCursor c = KeysetCursor.at(at, 8015);
        KeysetCursor back = KeysetCursor.decode(c.encode()).orElseThrow();
        assertEquals(Optional.of(Instant.parse("2026-11-02T03:04:05.123456Z")), back.time(), "nanoseconds dropped, as DATETIME(6)");
        assertEquals(8015, back.id());
        assertEquals("1793588400000000", KeysetCursor.at(Instant.parse("2026-11-02T03:00:00Z"), 1).key());
        Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999Z");
        assertEquals(Optional.of(beforeEpoch), KeysetCursor.decode(KeysetCursor.at(beforeEpoch, 2).encode()).orElseThrow().time());
    }

    @Test
    void aTamperedOrForeignTokenIsNoTimeAndThrowsNothing() {
        String good = KeysetCursor.at(Instant.parse("2026-11-02T03:04:05Z"), 8015).encode();
        for (int i = 0; i < good.length(); i++) { // every one-character change decodes to nothing or to some cursor
            char[] t = good.toCharArray();
            t[i] = t[i] == 'A' ? '!' : 'A';
            Optional<KeysetCursor> c = KeysetCursor.decode(new String(t));
            c.ifPresent(KeysetCursor::time);
        }
        assertEquals(Optional.empty(), new KeysetCursor("陕西", 1).time(), "a name key is no time");
        assertEquals(Optional.empty(), new KeysetCursor("99999999999999999999", 1).time(), "beyond a long");
        assertEquals(Optional.empty(), KeysetCursor.decode(good + "%"));
        assertEquals(Optional.empty(), KeysetCursor.decode(good.substring(0, 3)));
        assertTrue(new KeysetCursor(Long.toString(Long.MIN_VALUE), 1).time().isPresent(), "the smallest key still a time");
    }
}
