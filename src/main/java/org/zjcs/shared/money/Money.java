package org.zjcs.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.zjcs.shared.error.DomainException;

/**
 * Amounts in yuan (元): {@code BigDecimal} with at most two decimals (fen), positive, below one trillion. A value the
 * user typed is checked here and refused with a message naming the field; never rounded silently.
 */
public final class Money {

    /** 10^12 yuan: far above any intermediary service, and what DECIMAL(14,2) holds. */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private Money() {
    }

    /**
     * The amount of the field {@code fieldKey} (a message key naming the field), refused when missing, zero or negative,
     * with more than two decimals, or too large.
     */
    public static BigDecimal yuan(BigDecimal amount, String fieldKey) {
        if (amount == null) {
            throw new DomainException("money.error.required", new DomainException.Label(fieldKey));
        }
        if (amount.signum() <= 0) {
            throw new DomainException("money.error.notPositive", new DomainException.Label(fieldKey));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainException("money.error.precision", new DomainException.Label(fieldKey));
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new DomainException("money.error.tooLarge", new DomainException.Label(fieldKey));
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount for display: grouped, two decimals (e.g. 1,234,567.80). */
    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }
}
