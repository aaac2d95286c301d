package org.zjcs.selection.domain;

import java.math.BigDecimal;

/** An enrolment opened at the deadline: the firm and its price in clear (none for the unpriced methods), its receipt. */
public record OpenedEntry(long firmId, BigDecimal price, String receiptHash) {
}
