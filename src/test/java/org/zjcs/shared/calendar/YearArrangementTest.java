package org.zjcs.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

class YearArrangementTest {

    @Test
    void parsesDaysWithOptionalNames() {
        YearArrangement a = YearArrangement.parse(2027, " 国办发明电〔2026〕X号 ",
                "2027-10-01 国庆节 / National Day\n2027-10-02\n\n", "2027-09-26 国庆节");
        assertEquals(3, a.days().size());
        assertEquals(new YearArrangement.Entry(DayKind.HOLIDAY, "国庆节", "National Day"), a.days().get(LocalDate.of(2027, 10, 1)));
        assertEquals(new YearArrangement.Entry(DayKind.WORKDAY, "国庆节", "国庆节"), a.days().get(LocalDate.of(2027, 9, 26)));
        assertEquals(DayKind.WORKDAY, a.days().get(LocalDate.of(2027, 9, 26)).kind());
        assertEquals("国办发明电〔2026〕X号", a.source());
    }

    @Test
    void refusesDoubtfulInputWithTheReason() {
        assertKey("calendar.error.sourceRequired", () -> YearArrangement.parse(2027, " ", "2027-10-01", ""));
        assertKey("calendar.error.yearRange", () -> YearArrangement.parse(1999, "x", "1999-10-01", ""));
        assertKey("calendar.error.lineFormat", () -> YearArrangement.parse(2027, "x", "2027-10-01\n10/02/2027", ""));
        assertKey("calendar.error.wrongYear", () -> YearArrangement.parse(2027, "x", "2026-10-01", ""));
        assertKey("calendar.error.duplicateDay", () -> YearArrangement.parse(2027, "x", "2027-10-01", "2027-10-01"));
        // 2027-09-27 is a Monday: a make-up working day must fall on a weekend.
        assertKey("calendar.error.workdayOnWeekday", () -> YearArrangement.parse(2027, "x", "2027-10-01", "2027-09-27"));
        assertKey("calendar.error.noDays", () -> YearArrangement.parse(2027, "x", "", "2027-09-26"));
    }

    @Test
    void namesTheLineThatCannotBeRead() {
        DomainException e = assertThrows(DomainException.class,
                () -> YearArrangement.parse(2027, "x", "2027-10-01\n2027-13-40", ""));
        assertEquals(2, e.args()[0]);
        assertEquals("2027-13-40", e.args()[1]);
    }

    private static void assertKey(String key, Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertEquals(key, e.messageKey());
    }
}
