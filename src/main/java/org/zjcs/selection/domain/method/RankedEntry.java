package org.zjcs.selection.domain.method;

import java.math.BigDecimal;

/**
 * An entry's place in the ranking and the values computed for it.
 *
 * @param rank       1 for the winner, then 2, 3, ... (ties are broken by the draw, so ranks are distinct)
 * @param entry      the entry
 * @param priceScore scored method: 100 x lowest price / price, rounded HALF_UP to 2 decimals (display only)
 * @param score      scored method: the total, rounded HALF_UP to 2 decimals (what is compared)
 * @param distance   reasonable price: |price - reference|
 */
public record RankedEntry(int rank, Entry entry, BigDecimal priceScore, BigDecimal score, BigDecimal distance) {
}
