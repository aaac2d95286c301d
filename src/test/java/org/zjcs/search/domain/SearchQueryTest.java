package org.zjcs.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

class SearchQueryTest {

    static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    @Test
    void textIsTrimmedAndMustHoldOneToAThousandCharacters() {
        assertEquals("水土保持", SearchQuery.text("  水土保持 \n").build().text());
        assertEquals("search.error.textBlank", key(() -> SearchQuery.text("   ").build()));
        assertEquals("search.error.textBlank", key(() -> SearchQuery.text(null).build()));
        assertEquals(1000, SearchQuery.text("水".repeat(1000)).build().text().length());
        assertEquals("search.error.textTooLong", key(() -> SearchQuery.text("水".repeat(1001)).build()));
        // emoji count as one character each, not two chars
        assertEquals(1000, SearchQuery.text("😀".repeat(1000)).build().text().codePointCount(0, 2000));
    }

    @Test
    void pageAndSizeHaveBounds() {
        SearchQuery q = SearchQuery.text("测量").page(3, 10).build();
        assertEquals(20, q.offset());
        assertEquals("search.error.page", key(() -> SearchQuery.text("测量").page(0, 10).build()));
        assertEquals("search.error.page", key(() -> SearchQuery.text("测量").page(501, 10).build()));
        assertEquals("search.error.size", key(() -> SearchQuery.text("测量").page(1, 0).build()));
        assertEquals("search.error.size", key(() -> SearchQuery.text("测量").page(1, 101).build()));
    }

    @Test
    void rangesMustBeInOrderAndAmountsNotNegative() {
        LocalDate d = LocalDate.of(2026, 11, 1);
        assertEquals("search.error.dateRange", key(() -> SearchQuery.text("测量").published(d, d.minusDays(1)).build()));
        SearchQuery.text("测量").published(d, d).build();
        assertEquals("search.error.amountNegative",
                key(() -> SearchQuery.text("测量").amount(new BigDecimal("-1"), null).build()));
        assertEquals("search.error.amountRange",
                key(() -> SearchQuery.text("测量").amount(new BigDecimal("50000"), new BigDecimal("40000")).build()));
    }

    @Test
    void facetFiltersAreCheckedAndBlankValuesDropped() {
        SearchQuery q = SearchQuery.text("测量").filter(SearchFacet.REGION, "610102", " ", "610103").build();
        assertEquals(Set.of("610102", "610103"), q.filters().get(SearchFacet.REGION));
        assertEquals(false, SearchQuery.text("测量").filter(SearchFacet.METHOD, " ").build().filters().containsKey(SearchFacet.METHOD));
        assertEquals("search.error.facetValue", key(() -> SearchQuery.text("测量").filter(SearchFacet.REGION, "6".repeat(65)).build()));
        String[] many = new String[21];
        for (int i = 0; i < many.length; i++) {
            many[i] = "v" + i;
        }
        assertEquals("search.error.facetValues", key(() -> SearchQuery.text("测量").filter(SearchFacet.REGION, many).build()));
    }

    @Test
    void sortDefaultsToRelevance() {
        assertEquals(SearchSort.RELEVANCE, SearchQuery.text("测量").build().sort());
        assertEquals(SearchSort.DATE, SearchQuery.text("测量").sort(SearchSort.DATE).build().sort());
    }
}
