package org.zjcs.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zjcs.search.domain.SearchKind;

/**
 * The index status does not count the database again for every poll (issue 18: at province scale the count takes
 * seconds): the same change log gives the last counts, a grown one counts again, a rebuild counts afresh at its start
 * and its progress polls take that count.
 */
class DatabaseCountsTest {

    private final AtomicInteger counted = new AtomicInteger();
    private final DatabaseCounts counts = new DatabaseCounts(() -> Map.of(SearchKind.NOTICE, (long) counted.incrementAndGet()));

    @Test
    void countsAgainOnlyWhenTheChangeLogGrew() {
        assertEquals(1L, counts.of(10, false, false).get(SearchKind.NOTICE));
        assertEquals(1L, counts.of(10, false, false).get(SearchKind.NOTICE), "same change log: the last count");
        assertEquals(2L, counts.of(11, false, false).get(SearchKind.NOTICE), "a new change: counted again");
        assertEquals(2, counted.get());
    }

    @Test
    void aRebuildCountsAtItsStartAndItsProgressPollsTakeThatCount() {
        counts.of(10, false, false);
        assertEquals(2L, counts.of(10, true, true).get(SearchKind.NOTICE), "the rebuild counts afresh");
        assertEquals(2L, counts.of(15, false, true).get(SearchKind.NOTICE), "during the rebuild: its count");
        assertEquals(3L, counts.of(15, false, false).get(SearchKind.NOTICE), "after it: counted again");
    }
}
