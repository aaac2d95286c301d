package org.zjcs.portal.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.zjcs.procurement.domain.SelectionMethod;

/** One line of the public list of selection results (中选公告): the notice, its owner unit, the winner and the price. */
public record ResultRow(long id, long noticeId, int round, String title, String ownerName, long serviceItemId,
                        String regionCode, SelectionMethod method, String winnerName, BigDecimal amount,
                        Instant selectedAt) {
}
