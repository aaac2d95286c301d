package org.zjcs.supervision.domain.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percent arithmetic of the rules: exact comparisons in integers, one decimal place for display. */
final class Shares {

    private Shares() {
    }

    /** Whether {@code part / whole ≥ percent %}, exactly ({@code part · 100 ≥ percent · whole}). */
    static boolean atLeast(long part, long whole, int percent) {
        return whole > 0 && part * 100L >= (long) percent * whole;
    }

    /** {@code part / whole} in percent with one decimal, e.g. "66.7%". */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }
}
