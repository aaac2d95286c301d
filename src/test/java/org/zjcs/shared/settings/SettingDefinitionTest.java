package org.zjcs.shared.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zjcs.shared.error.DomainException;

/** What an operator may type for a setting: the type, the range, nothing empty; and the rule that levels descend. */
class SettingDefinitionTest {

    private static final SettingDefinition DAYS =
            SettingDefinition.integer(SettingGroup.NOTICES, "notice.enrolment.min-working-days", 3, SettingUnit.WORKING_DAYS, 1, 60);
    private static final SettingDefinition YUAN = SettingDefinition.decimal(SettingGroup.NOTICES, "notice.direct-pick.threshold",
            "100000.00", SettingUnit.YUAN, "0.00", "100000000.00", 2);

    private static String refusal(SettingDefinition d, String typed) {
        return assertThrows(DomainException.class, () -> d.parse(typed)).messageKey();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "1,000", "5天", "0x10", "5 5", "1.0"})
    void anIntegerSettingRefusesWhatIsNoWholeNumber(String typed) {
        assertEquals("setting.error.notInteger", refusal(DAYS, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyValueIsRefused(String typed) {
        assertEquals("setting.error.empty", refusal(DAYS, typed));
        assertEquals("setting.error.empty", refusal(YUAN, typed));
        assertEquals("setting.error.empty", refusal(DAYS, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "61", "99999999999"})
    void valuesOutsideTheRangeAreRefused(String typed) {
        assertEquals("setting.error.outOfRange", refusal(DAYS, typed));
    }

    @Test
    void theRangeIsInclusiveAndWhitespaceAndFullWidthDigitsAreAccepted() {
        assertEquals(new BigDecimal("1"), DAYS.parse("1"));
        assertEquals(new BigDecimal("60"), DAYS.parse(" 60 "));
        assertEquals(new BigDecimal("5"), DAYS.parse("\uFF15"));
        assertEquals("5", DAYS.canonical(DAYS.parse("+5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "100.123", "1,000.00", "\u00a5100", "100.", ".5"})
    void aDecimalSettingRefusesWhatIsNoPlainNumberWithTwoPlaces(String typed) {
        assertEquals("setting.error.notDecimal", refusal(YUAN, typed));
    }

    @Test
    void aDecimalIsStoredWithItsScale() {
        assertEquals("50000.50", YUAN.canonical(YUAN.parse("50000.5")));
        assertEquals("0.00", YUAN.canonical(YUAN.parse("0")));
        assertEquals("100000.00", YUAN.defaultText());
        assertEquals("setting.error.outOfRange", refusal(YUAN, "-0.01"));
        assertEquals("setting.error.outOfRange", refusal(YUAN, "100000000.01"));
    }

    @Test
    void theRefusalNamesTheSettingTheValueAndTheRange() {
        DomainException e = assertThrows(DomainException.class, () -> DAYS.parse("61"));
        assertEquals(List.of(new DomainException.Label(DAYS.nameKey()), "61", "1", "60"), List.of(e.args()));
    }

    @Test
    void aDefinitionWhoseDefaultIsOutsideItsRangeIsAMistake() {
        assertThrows(IllegalArgumentException.class,
                () -> SettingDefinition.integer(SettingGroup.CREDIT, "x", 0, SettingUnit.POINTS, 1, 10));
    }

    @Test
    void storedValuesAreReadAsTheirType() {
        assertEquals(new BigDecimal("3"), DAYS.read(" 3 "));
        assertEquals(null, DAYS.read("3.5"));
        assertEquals(null, DAYS.read("abc"));
    }

    @Test
    void descendingHoldsForEqualAndFallingValuesOnly() {
        SettingConstraint c = SettingConstraint.descending("k", "a", "b", "c");
        assertTrue(c.holds().test(List.of(new BigDecimal(90), new BigDecimal(75), new BigDecimal(60))));
        assertTrue(c.holds().test(List.of(new BigDecimal(75), new BigDecimal(75), new BigDecimal(75))));
        assertFalse(c.holds().test(List.of(new BigDecimal(90), new BigDecimal(95), new BigDecimal(60))));
        assertFalse(c.holds().test(List.of(new BigDecimal(90), new BigDecimal(75), new BigDecimal(80))));
    }
}
