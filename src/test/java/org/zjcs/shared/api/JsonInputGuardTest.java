package org.zjcs.shared.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.web.PlainTextValidator;

/** Issue 14: what the REST API's JSON guard and the forms' default validator refuse, and what they let through. */
class JsonInputGuardTest {

    @Test
    void ordinaryTextPassesWithItsEscapes() {
        accepted("{\"reason\":\"工期因雨顺延，详见附件。\\n第二行\\t制表\"}");
        accepted("{\"name\":\"Zoë \\u00e9 \\ud83d\\ude00 😀\"}"); // a surrogate pair, escaped or raw, is a character
        accepted("{\"path\":\"C:\\\\u0000dir\"}"); // an escaped backslash followed by the letters u0000 is no NUL
        accepted("[".repeat(JsonInputGuard.MAX_DEPTH) + "]".repeat(JsonInputGuard.MAX_DEPTH));
        accepted("{\"text\":\"" + "[".repeat(100) + "\"}"); // brackets inside a string are text
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        refused(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xD5, (byte) 0xC5, '"', '}'}, "api.error.encoding"); // GBK 张
        refused(new byte[] {'"', 'c', 'a', 'f', (byte) 0xE9, '"'}, "api.error.encoding"); // Latin-1 é
        refused(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}, "api.error.encoding"); // overlong /
        refused(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, "api.error.encoding"); // encoded surrogate
    }

    @Test
    void hiddenCharactersAreRefusedRawOrEscaped() {
        for (String s : new String[] {"\\u0000", "\\u202E", "\\u202e", "\\u200B", "\\uFEFF", "\\u2066", "\\u0007",
            "\\ud800", "\\udc00", "\\ud800x"}) {
            refused(("{\"name\":\"a" + s + "b\"}").getBytes(StandardCharsets.UTF_8), "api.error.characters");
        }
        for (String s : new String[] {"\u0000", "\u202E", "\u200B", "\uFEFF", "\u0085"}) {
            refused(("{\"name\":\"a" + s + "b\"}").getBytes(StandardCharsets.UTF_8), "api.error.characters");
        }
    }

    @Test
    void deepNestingIsRefusedBeforeTheJsonReaderSeesIt() {
        String deep = "[".repeat(JsonInputGuard.MAX_DEPTH + 1) + "]".repeat(JsonInputGuard.MAX_DEPTH + 1);
        refused(deep.getBytes(StandardCharsets.UTF_8), "api.error.json");
        refused("{\"a\":".repeat(5000).getBytes(StandardCharsets.UTF_8), "api.error.json");
    }

    @Test
    void theFormsRefuseTheSameCharactersAndTheReplacementCharacter() {
        assertTrue(PlainTextValidator.acceptable("西安市新城区 Xi'an\t\r\n😀"));
        for (String s : new String[] {"\u0000", "\u202E", "\u2067", "\u200B", "\uFEFF", "\uFFFD", "\uD800", "x\uDC00"}) {
            assertFalse(PlainTextValidator.acceptable("a" + s + "b"), Integer.toHexString(s.charAt(s.length() - 1)));
        }
    }

    @Test
    void jsonReadersRefusalsAreTheCallersMistakeNotAServerError() {
        assertTrue(UnexpectedErrorMapper.isJsonInput(new RuntimeException(new JsonbException("Unexpected char 39"))));
        assertTrue(UnexpectedErrorMapper.isJsonInput(new jakarta.json.stream.JsonParsingException("EOF", null)));
        assertFalse(UnexpectedErrorMapper.isJsonInput(new IllegalStateException("a bug")));
    }

    private static void accepted(String json) {
        assertDoesNotThrow(() -> JsonInputGuard.check(json.getBytes(StandardCharsets.UTF_8)), json);
    }

    private static void refused(byte[] body, String key) {
        DomainException e = assertThrows(DomainException.class, () -> JsonInputGuard.check(body),
                new String(body, StandardCharsets.UTF_8));
        assertEquals(key, e.messageKey());
    }
}
