package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** 统一社会信用代码 after GB 32100-2015. */
class CreditCodeTest {

    /** Examples computed with the standard's algorithm (not known to be issued). */
    private static final List<String> COMPUTED = List.of("91610113MA6TXQ1012", "91610102MA6U2K30XK",
            "1161010201613525XR", "11610100016136017G", "1261010043520917XR");

    /**
     * Published codes of well-known companies: 华为技术有限公司 (Wikipedia's infobox, 机构代码) and 腾讯科技（深圳）有限公司
     * (e.g. in the AIGC content labels that Tencent's services write).
     */
    private static final List<String> PUBLISHED = List.of("914403001922038216", "91440300708461136T");

    @Test
    void validCodesAreAccepted() {
        for (String c : concat(COMPUTED, PUBLISHED)) {
            CreditCode code = CreditCode.parse(c);
            assertEquals(c, code.value());
            assertEquals(c, code.toString());
            assertTrue(CreditCode.isValid(c), c);
            assertEquals(c.charAt(17), CreditCode.checkCharacter(c), c);
        }
    }

    @Test
    void partsOfTheCode() {
        CreditCode huawei = CreditCode.parse("914403001922038216");
        assertEquals("440300", huawei.divisionCode()); // 深圳市
        assertEquals("192203821", huawei.organisationCode());
    }

    @Test
    void blanksAreTrimmedAndLettersUpperCased() {
        assertEquals("91610102MA6U2K30XK", CreditCode.parse("  91610102ma6u2k30xk\t").value());
        assertEquals("91440300708461136T", CreditCode.parse("91440300708461136t").value());
    }

    @Test
    void aChangedCheckCharacterIsRefusedNamingTheExpectedOne() {
        assertKey("creditCode.error.checkCharacter", new Object[] {"2"}, "91610113MA6TXQ1013");
        assertKey("creditCode.error.checkCharacter", new Object[] {"6"}, "914403001922038217");
        assertKey("creditCode.error.checkCharacter", new Object[] {"T"}, "91440300708461136X");
    }

    @Test
    void aSwappedPairOfDigitsIsRefused() {
        assertKey("creditCode.error.checkCharacter", new Object[] {"G"}, "914403009122038216"); // 19 → 91
        assertKey("creditCode.error.checkCharacter", new Object[] {"L"}, "91440300708461163T"); // 36 → 63
    }

    @Test
    void everySwapOfTwoNeighbouringDifferentCharactersIsDetected() {
        // Weights are 3^(i-1) mod 31: a swap changes the sum by 2·(a−b)·w_i, never a multiple of the prime 31.
        for (String c : concat(COMPUTED, PUBLISHED)) {
            for (int i = 0; i < 17; i++) {
                if (c.charAt(i) == c.charAt(i + 1)) {
                    continue;
                }
                char[] s = c.toCharArray();
                char t = s[i];
                s[i] = s[i + 1];
                s[i + 1] = t;
                assertFalse(CreditCode.isValid(new String(s)), c + " swapped at " + (i + 1));
            }
        }
    }

    @Test
    void lettersOutsideTheCharsetAreRefusedWithPositionAndCharacter() {
        assertKey("creditCode.error.character", new Object[] {16, "O"}, "91610113MA6TXQ1O12");
        assertKey("creditCode.error.character", new Object[] {10, "I"}, "91610113MI6TXQ1012");
        assertKey("creditCode.error.character", new Object[] {10, "I"}, "91610113mi6txq1012");
        for (String letter : new String[] {"Z", "S", "V"}) {
            assertKey("creditCode.error.character", new Object[] {11, letter}, "91610113MA" + letter + "TXQ1012");
        }
        assertKey("creditCode.error.character", new Object[] {1, "-"}, "-1610113MA6TXQ1012");
        assertKey("creditCode.error.character", new Object[] {12, "中"}, "91610113MA6中XQ1012");
    }

    @Test
    void theDivisionCodeMustBeDigits() {
        assertKey("creditCode.error.character", new Object[] {8, "A"}, "9161011AMA6TXQ1012");
        assertKey("creditCode.error.character", new Object[] {3, "X"}, "91X10113MA6TXQ1012");
    }

    @Test
    void wrongLengthsAreRefusedWithTheLengthTyped() {
        assertKey("creditCode.error.length", new Object[] {17}, "91610113MA6TXQ101");
        assertKey("creditCode.error.length", new Object[] {19}, "91610113MA6TXQ10122");
        assertKey("creditCode.error.length", new Object[] {19}, "9161 0113MA6TXQ1012");
        assertKey("creditCode.error.length", new Object[] {9}, "MA6TXQ101"); // an old organisation code alone
    }

    @Test
    void blankIsRequired() {
        assertKey("creditCode.error.required", new Object[0], null);
        assertKey("creditCode.error.required", new Object[0], "");
        assertKey("creditCode.error.required", new Object[0], "   ");
    }

    @Test
    void theConstructorRefusesWhatParseWouldNotProduce() {
        assertThrows(IllegalArgumentException.class, () -> new CreditCode("91610102ma6u2k30xk"));
        assertThrows(IllegalArgumentException.class, () -> new CreditCode(null));
        assertThrows(DomainException.class, () -> new CreditCode("91610113MA6TXQ1013"));
        assertEquals(CreditCode.parse("91610113MA6TXQ1012"), new CreditCode("91610113MA6TXQ1012"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91610113MA6TXQ1012", "914403001922038216"})
    void everyOtherCheckCharacterIsRefused(String valid) {
        for (char c : CreditCode.CHARSET.toCharArray()) {
            String code = valid.substring(0, 17) + c;
            assertEquals(c == valid.charAt(17), CreditCode.isValid(code), code);
        }
    }

    private static void assertKey(String key, Object[] args, String input) {
        DomainException e = assertThrows(DomainException.class, () -> CreditCode.parse(input), input);
        assertEquals(key, e.messageKey(), input);
        assertArrayEquals(args, e.args(), input);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
