package org.zjcs.gen;

import org.zjcs.security.domain.CreditCode;

/**
 * Identifiers the generator makes up: unified social credit codes (GB 32100, check character computed by the project's
 * own {@link CreditCode}) and 投资项目代码 in the form {@code procurement.domain.InvestmentProjectCode} parses. Both are
 * derived from a sequence number, so that different numbers never give the same code.
 */
final class Codes {

    /** 31^7: the organisation codes are positions 9–17 = "M" + a letter from the sequence + 7 characters. */
    private static final long SPACE = 27_512_614_111L;
    /** Coprime with 31, so multiplying by it modulo 31^7 is a bijection: consecutive numbers look unrelated. */
    private static final long SCRAMBLE = 1_103_515_245L;

    private Codes() {
    }

    /**
     * The credit code of organisation number {@code n} (0 ≤ n < 31^7): authority and category (e.g. "91" enterprise,
     * "11" government agency, "12" public institution), the 6-digit division, "MA", 7 characters, and the check character.
     */
    static String creditCode(String authorityAndCategory, String division, long n) {
        if (n < 0 || n >= SPACE) {
            throw new IllegalArgumentException("organisation number out of range: " + n);
        }
        long v = Math.floorMod(n * SCRAMBLE, SPACE);
        StringBuilder sb = new StringBuilder(18).append(authorityAndCategory).append(division).append("MA");
        char[] tail = new char[7];
        for (int i = 6; i >= 0; i--) {
            tail[i] = CreditCode.CHARSET.charAt((int) (v % 31));
            v /= 31;
        }
        sb.append(tail);
        sb.append(CreditCode.checkCharacter(sb));
        return sb.toString();
    }

    /** 投资项目代码 YYYY-AAAAAA-BB-CC-NNNNNN: year, region, industry (01–99), type (01–03), serial 1..999999. */
    static String projectCode(int year, String region, int industry, int type, long serial) {
        long s = serial % 999_999 + 1;
        return pad(year, 4) + "-" + region + "-" + pad(industry, 2) + "-" + pad(type, 2) + "-" + pad(s, 6);
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
