package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zjcs.shared.error.DomainException;

/** The investment project code YYYY-AAAAAA-BB-CC-NNNNNN: format, year 2014 .. this year, serial not 000000. */
class InvestmentProjectCodeTest {

    private static final int THIS_YEAR = 2026;

    private static void refused(String text, String key, String arg) {
        DomainException e = assertThrows(DomainException.class, () -> InvestmentProjectCode.parse(text, THIS_YEAR), text);
        assertEquals(key, e.messageKey(), text);
        assertArrayEquals(new Object[] {arg}, e.args(), text);
    }

    @Test
    void aValidCodeIsReadIntoItsParts() {
        InvestmentProjectCode c = InvestmentProjectCode.parse("2026-610102-47-01-000123", THIS_YEAR);
        assertEquals("2026-610102-47-01-000123", c.value());
        assertEquals(2026, c.year());
        assertEquals("610102", c.regionCode());
        assertEquals("2026-610102-47-01-000123", c.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-110000-01-01-000001", "2019-130171-99-99-999999", "2026-610102-47-01-000001"})
    void theFirstYearThisYearAndEveryDigitAreAccepted(String code) {
        assertEquals(code, InvestmentProjectCode.parse(code, THIS_YEAR).value());
    }

    @Test
    void surroundingSpacesAreTrimmed() {
        assertEquals("2020-610102-47-01-000123", InvestmentProjectCode.parse("  2020-610102-47-01-000123\t", THIS_YEAR).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020610102470100012", "2020-610102-47-01-00012", "2020-610102-47-01-0001234",
        "2020-61010-47-01-000123", "2020-610102-4-01-000123", "2020-610102-47-1-000123", "20-610102-47-01-000123",
        "2020/610102/47/01/000123", "2020-610102-47-01-00012A", "2020-610102-47-01-000123-", "x2020-610102-47-01-000123",
        "2020-610102-47-01- 000123", "2020 -610102-47-01-000123", "2020–610102–47–01–000123", "２０２０-610102-47-01-000123",
        "2020-61O102-47-01-000123", "2020-610102-ab-01-000123", "2020-610102-AB-01-000123"})
    void malformedCodesAreRefusedNamingTheText(String code) {
        refused(code, "case.error.projectCodeFormat", code.trim());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anEmptyCodeIsMalformed(String code) {
        refused(code, "case.error.projectCodeFormat", "");
    }

    @Test
    void lowercaseOrSpacedVariantsAreNotTheCode() {
        refused("2020-610102-47-01-000123 x", "case.error.projectCodeFormat", "2020-610102-47-01-000123 x");
        refused("2020 610102 47 01 000123", "case.error.projectCodeFormat", "2020 610102 47 01 000123");
        refused("2020-610102-4a-01-000123", "case.error.projectCodeFormat", "2020-610102-4a-01-000123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013", "2000", "1999", "0000"})
    void aYearBefore2014IsRefused(String year) {
        refused(year + "-610102-47-01-000123", "case.error.projectCodeYear", year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027", "2099", "9999"})
    void aYearAfterThisYearIsRefused(String year) {
        refused(year + "-610102-47-01-000123", "case.error.projectCodeYear", year);
    }

    @Test
    void theCurrentYearIsTheCallersYear() {
        assertEquals(2027, InvestmentProjectCode.parse("2027-610102-47-01-000123", 2027).year());
        DomainException e = assertThrows(DomainException.class,
                () -> InvestmentProjectCode.parse("2027-610102-47-01-000123", 2026));
        assertEquals("case.error.projectCodeYear", e.messageKey());
    }

    @Test
    void serialZeroIsRefused() {
        refused("2020-610102-47-01-000000", "case.error.projectCodeSerial", "2020-610102-47-01-000000");
    }

    @Test
    void theFormatIsCheckedBeforeTheYearAndTheYearBeforeTheSerial() {
        refused("2010-610102-47-01-00000", "case.error.projectCodeFormat", "2010-610102-47-01-00000");
        refused("2010-610102-47-01-000000", "case.error.projectCodeYear", "2010");
    }
}
