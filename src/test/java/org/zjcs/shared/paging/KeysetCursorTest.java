package org.zjcs.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
