package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zjcs.shared.error.DomainException;

class PasswordPolicyTest {

    private static String refusal(String password) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.check(password)).messageKey();
    }

    @Test
    void theShippedListHoldsTenThousandPasswords() {
        assertEquals(10_000, PasswordPolicy.listSize());
    }

    @Test
    void elevenCharactersAreTooShortTwelveAreEnough() {
        assertEquals("password.error.tooShort", refusal("Qinling-Riv"));
        assertDoesNotThrow(() -> PasswordPolicy.check("Qinling-Rive"));
        DomainException e = assertThrows(DomainException.class, () -> PasswordPolicy.check("short"));
        assertEquals(12, e.args()[0], "the message names the minimum");
    }

    @Test
    void lengthCountsCharactersNotBytesOrUtf16Units() {
        assertDoesNotThrow(() -> PasswordPolicy.check("秦岭渭河长安城大雁塔钟楼"), "12 Chinese characters");
        assertEquals("password.error.tooShort", refusal("秦岭渭河长安城大雁塔钟"), "11 Chinese characters");
        assertEquals("password.error.tooShort", refusal("\uD83D\uDE00".repeat(11)), "11 emoji are 22 UTF-16 units");
    }

    @Test
    void atMost128Characters() {
        assertDoesNotThrow(() -> PasswordPolicy.check("a".repeat(127) + "b"));
        assertEquals("password.error.tooLong", refusal("a".repeat(128) + "b"));
    }

    @Test
    void emptyOrMissingIsRequired() {
        assertEquals("password.error.required", refusal(""));
        assertEquals("password.error.required", refusal(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "1QAZ2WSX3EDC", "qwerty123456", "123qweasdzxc", "Q1W2E3R4T5Y6"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertEquals("password.error.common", refusal(common));
    }

    @Test
    void theCommonListIsCheckedCaseInsensitively() {
        assertTrue(PasswordPolicy.isCommon("PASSWORD"));
        assertTrue(PasswordPolicy.isCommon("Password"));
        assertFalse(PasswordPolicy.isCommon("Qinling-River-2026"));
    }

    @Test
    void noCompositionRules() {
        assertDoesNotThrow(() -> PasswordPolicy.check("correct horse battery staple"), "only lower-case letters and spaces");
        assertDoesNotThrow(() -> PasswordPolicy.check("736492018375"), "only digits");
    }

    @Test
    void theRepetitionMustMatch() {
        assertEquals("password.error.mismatch", assertThrows(DomainException.class,
                () -> PasswordPolicy.check("Qinling-River-2026", "Qinling-River-2027")).messageKey());
        assertDoesNotThrow(() -> PasswordPolicy.check("Qinling-River-2026", "Qinling-River-2026"));
        assertEquals("password.error.tooShort", assertThrows(DomainException.class,
                () -> PasswordPolicy.check("short", "short")).messageKey());
    }
}
