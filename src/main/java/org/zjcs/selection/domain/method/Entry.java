package org.zjcs.selection.domain.method;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One eligible entry (enrolment or sealed bid) as the selection sees it.
 *
 * @param firmId             the firm's id
 * @param firmName           the firm's name, for display and the proof
 * @param receiptHash        the enrolment receipt, 64-character lowercase hex SHA-256; entries are always processed in
 *                           ascending receipt order
 * @param price              the bid in yuan, positive; {@code null} for random draw and direct pick
 * @param creditScore        the firm's public credit score (starts at 100, may be above); needed by the scored method
 * @param qualificationScore 0..100, computed by the caller; needed by the scored method
 */
public record Entry(long firmId, String firmName, String receiptHash, BigDecimal price, BigDecimal creditScore,
                    BigDecimal qualificationScore) {

    private static final Pattern RECEIPT = Pattern.compile("[0-9a-f]{64}");

    public Entry {
        Objects.requireNonNull(firmName, "firmName");
        if (receiptHash == null || !RECEIPT.matcher(receiptHash).matches()) {
            throw new IllegalArgumentException("A receipt must be 64 lowercase hex characters: " + receiptHash);
        }
    }

    /** An entry without price or scores (random draw, direct pick). */
    public static Entry unpriced(long firmId, String firmName, String receiptHash) {
        return new Entry(firmId, firmName, receiptHash, null, null, null);
    }

    /** An entry with a price only (lowest price, reasonable price). */
    public static Entry priced(long firmId, String firmName, String receiptHash, BigDecimal price) {
        return new Entry(firmId, firmName, receiptHash, price, null, null);
    }
}
