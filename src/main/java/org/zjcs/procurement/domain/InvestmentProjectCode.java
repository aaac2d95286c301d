package org.zjcs.procurement.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;

/**
 * An investment project code (投资项目代码) as the national online approval platform issues it:
 * {@code YYYY-AAAAAA-BB-CC-NNNNNN} — the year, the 6-digit region code of the place that issued it, a 2-digit industry,
 * a 2-digit project type and a 6-digit serial number. The format and year are checked here; that the region code
 * exists in the region table is checked by the service that has the table.
 */
public final class InvestmentProjectCode {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-(\\d{6})-(\\d{2})-(\\d{2})-(\\d{6})$");
    /** The first year codes were issued in this form (the national platform went online in 2016/2017). */
    public static final int FIRST_YEAR = 2014;

    private final String value;
    private final int year;
    private final String regionCode;

    private InvestmentProjectCode(String value, int year, String regionCode) {
        this.value = value;
        this.year = year;
        this.regionCode = regionCode;
    }

    /** Parses a code, refusing a malformed one or a year outside {@value #FIRST_YEAR} .. {@code currentYear}. */
    public static InvestmentProjectCode parse(String text, int currentYear) {
        String t = text == null ? "" : text.trim();
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) {
            throw new DomainException("case.error.projectCodeFormat", t);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > currentYear) {
            throw new DomainException("case.error.projectCodeYear", m.group(1));
        }
        if ("000000".equals(m.group(5))) {
            throw new DomainException("case.error.projectCodeSerial", t);
        }
        return new InvestmentProjectCode(t, year, m.group(2));
    }

    public String value() {
        return value;
    }

    public int year() {
        return year;
    }

    public String regionCode() {
        return regionCode;
    }

    @Override
    public String toString() {
        return value;
    }
}
