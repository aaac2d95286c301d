package org.zjcs.shared.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;

/**
 * A date as people type it (docs/domain-rules.md, "Dates typed by users"): {@code 2026-12-04}, {@code 2026/12/04},
 * {@code 2026.12.04} or {@code 2026年12月4日}, month and day with one or two digits, full-width digits and separators
 * accepted, spaces around the parts ignored. One separator throughout ({@code 2026-12/04} is refused). A date that
 * does not exist ({@code 2026-02-30}) is refused with its own message, not moved to another day.
 */
public final class DateText {

    /** The format shown to users as a placeholder; what {@link #format} writes. */
    public static final String PATTERN = "yyyy-MM-dd";

    /** Message keys: the text is not a date in one of the forms; the form is right but the day does not exist. */
    public static final String ERROR_FORMAT = "date.error.format";
    public static final String ERROR_IMPOSSIBLE = "date.error.impossible";

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");

    private DateText() {
    }

    /** The date typed; blank gives empty; a text that is no date, or no real day, is refused (DomainException). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = halfWidth(text).strip();
        Matcher m = SEPARATED.matcher(t);
        int y;
        int mo;
        int d;
        if (m.matches()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(3));
            d = Integer.parseInt(m.group(4));
        } else {
            m = CHINESE.matcher(t);
            if (!m.matches()) {
                throw new DomainException(ERROR_FORMAT, text.strip());
            }
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        }
        try {
            return Optional.of(LocalDate.of(y, mo, d));
        } catch (DateTimeException e) {
            throw new DomainException(ERROR_IMPOSSIBLE, text.strip());
        }
    }

    /** The date typed, or null when blank; refused as {@link #parse}. */
    public static LocalDate parseOrNull(String text) {
        return parse(text).orElse(null);
    }

    /** The date typed, or empty when blank or not a date (for filters in links, where a bad value is just ignored). */
    public static Optional<LocalDate> lenient(String text) {
        try {
            return parse(text);
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** yyyy-MM-dd, or "" for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Full-width digits and separators (as Chinese input methods type them) as ASCII. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '－') {
                b.append('-');
            } else if (c == '／') {
                b.append('/');
            } else if (c == '．') {
                b.append('.');
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
