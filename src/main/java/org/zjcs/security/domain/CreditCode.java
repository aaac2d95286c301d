package org.zjcs.security.domain;

import org.zjcs.shared.error.DomainException;

/**
 * A unified social credit code (统一社会信用代码) after GB 32100-2015: 18 characters from
 * {@value #CHARSET} (digits and capital letters without I, O, Z, S, V).
 *
 * <ul>
 * <li>position 1: registration authority (e.g. 9 market regulation, 1 institutional establishment, 5 civil affairs);</li>
 * <li>position 2: organisation category within that authority (e.g. 91 enterprise, 92 individual business);</li>
 * <li>positions 3–8: administrative division code of the registration authority (GB/T 2260), digits;</li>
 * <li>positions 9–17: organisation code (GB 11714);</li>
 * <li>position 18: check character = CHARSET[(31 − Σ value(c<sub>i</sub>)·w<sub>i</sub> mod 31) mod 31], i = 1..17,
 * weights w<sub>i</sub> = 3<sup>i−1</sup> mod 31 = {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28}, value(c)
 * = the character's index in CHARSET.</li>
 * </ul>
 *
 * Only the structure and the check character are verified; whether the code was ever issued is not.
 */
public record CreditCode(String value) {

    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Use {@link #parse}; the canonical constructor checks too, so that no invalid CreditCode exists. */
    public CreditCode {
        if (value == null || !value.equals(normalise(value))) {
            throw new IllegalArgumentException("not a normalised credit code; use CreditCode.parse");
        }
        check(value);
    }

    /**
     * Reads a code as typed: surrounding blanks are removed and letters upper-cased.
     *
     * @throws DomainException {@code creditCode.error.required} (blank), {@code creditCode.error.length} (argument:
     *         the length typed), {@code creditCode.error.character} (arguments: position 1–18 and the character) or
     *         {@code creditCode.error.checkCharacter} (argument: the expected check character)
     */
    public static CreditCode parse(String input) {
        if (input == null || input.isBlank()) {
            throw new DomainException("creditCode.error.required");
        }
        return new CreditCode(normalise(input));
    }

    /** True if {@link #parse} accepts {@code input}. */
    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters of {@code code} (which must be from CHARSET). */
    public static char checkCharacter(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = CHARSET.indexOf(code.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit code character at position " + (i + 1));
            }
            sum += v * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** Positions 3–8: the administrative division code of the registration authority, e.g. {@code 610113}. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the organisation code (组织机构代码) without a hyphen. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String input) {
        return input.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static void check(String code) {
        int[] chars = code.codePoints().toArray();
        if (chars.length != LENGTH) {
            throw new DomainException("creditCode.error.length", chars.length);
        }
        for (int i = 0; i < LENGTH; i++) {
            int c = chars[i];
            boolean allowed = (i >= 2 && i < 8) ? (c >= '0' && c <= '9') : CHARSET.indexOf(c) >= 0;
            if (!allowed) {
                throw new DomainException("creditCode.error.character", i + 1, Character.toString(c));
            }
        }
        char expected = checkCharacter(code);
        if (code.charAt(LENGTH - 1) != expected) {
            throw new DomainException("creditCode.error.checkCharacter", String.valueOf(expected));
        }
    }
}
