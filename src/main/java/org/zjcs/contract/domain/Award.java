package org.zjcs.contract.domain;

import java.math.BigDecimal;

/**
 * The notice's current award as the contract sees it (the selection context's SELECTED result): the winning firm and
 * the awarded amount, the ceiling of the contract amount.
 */
public record Award(long winnerFirmId, BigDecimal amount) {
}
