package org.zjcs.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

class DateTextTest {

    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-04", "2026/12/04", "2026.12.04", "2026\u5e7412\u67084\u65e5", "2026\u5e7412\u670804\u65e5",
            "2026-12-4", "2026/12/4", " 2026 - 12 - 04 ", "2026\u5e74 12 \u6708 4 \u65e5", "2026\u5e7412\u67084",
            "\uff12\uff10\uff12\uff16\uff0d\uff11\uff12\uff0d\uff10\uff14", "2026\u5e7412\u67084\u53f7"})
    void theCommonFormsAllMeanTheFourthOfDecember(String typed) {
        assertEquals(Optional.of(DEC_4), DateText.parse(typed));
    }

    @Test
    void singleDigitMonthAndDay() {
        assertEquals(LocalDate.of(2027, 3, 1), DateText.parseOrNull("2027-3-1"));
        assertEquals(LocalDate.of(2027, 3, 1), DateText.parseOrNull("2027\u5e743\u67081\u65e5"));
        assertEquals(LocalDate.of(2027, 3, 1), DateText.parseOrNull("2027.3.1"));
    }

    @Test
    void blankIsNoDate() {
        assertTrue(DateText.parse(null).isEmpty());
        assertTrue(DateText.parse("  ").isEmpty());
        assertEquals(null, DateText.parseOrNull(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026\u5e742\u670829\u65e5", "2026/04/31", "2026-00-10", "2026-12-00"})
    void anImpossibleDayIsRefusedAsSuchNotMoved(String typed) {
        DomainException e = assertThrows(DomainException.class, () -> DateText.parse(typed));
        assertEquals(DateText.ERROR_IMPOSSIBLE, e.messageKey());
        assertEquals(typed.strip(), e.args()[0], "the message names what was typed");
    }

    @Test
    void aLeapDayExistsInALeapYear() {
        assertEquals(LocalDate.of(2028, 2, 29), DateText.parseOrNull("2028/2/29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04.12.2026", "12/04/2026", "2026-12/04", "26-12-04", "2026-12-04x", "tomorrow", "2026\u5e7412\u6708",
            "2026-123-4", "20261204"})
    void otherTextsAreRefusedAsNoDate(String typed) {
        DomainException e = assertThrows(DomainException.class, () -> DateText.parse(typed));
        assertEquals(DateText.ERROR_FORMAT, e.messageKey());
    }

    @Test
    void aFilterIgnoresWhatIsNoDate() {
        assertTrue(DateText.lenient("12/04/2026").isEmpty());
        assertEquals(Optional.of(DEC_4), DateText.lenient("2026\u5e7412\u67084\u65e5"));
    }

    @Test
    void shownBackAsIso() {
        assertEquals("2026-12-04", DateText.format(DEC_4));
        assertEquals("", DateText.format(null));
    }
}
