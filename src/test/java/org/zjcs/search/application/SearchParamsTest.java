package org.zjcs.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchSort;
import org.zjcs.shared.error.DomainException;

/** The one reading of a search request shared by the search page and GET /api/search. */
class SearchParamsTest {

    private static String refused(String from, String min, String sort, String page) {
        return assertThrows(DomainException.class, () -> SearchParams.query("水土保持", Map.of(), from, null, min, null,
                sort, page, "20")).messageKey();
    }

    @Test
    void readsTextFiltersDatesAmountsOrderAndPage() {
        Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
        filters.put(SearchFacet.REGION, List.of("610102", "610103"));
        filters.put(SearchFacet.METHOD, List.of());
        SearchQuery q = SearchParams.query(" 水土保持 ", filters, "2026-10-01", "2026-10-31", "1000", "12500.50",
                "Date", " 2 ", "20");
        assertEquals("水土保持", q.text());
        assertEquals(Map.of(SearchFacet.REGION, Set.of("610102", "610103")), q.filters());
        assertEquals(LocalDate.of(2026, 10, 1), q.publishedFrom());
        assertEquals(LocalDate.of(2026, 10, 31), q.publishedTo());
        assertEquals(new BigDecimal("1000"), q.amountMin());
        assertEquals(new BigDecimal("12500.50"), q.amountMax());
        assertEquals(SearchSort.DATE, q.sort());
        assertEquals(2, q.page());
        assertEquals(20, q.offset());
        assertEquals(SearchSort.RELEVANCE, SearchParams.query("x", Map.of(), null, null, null, null, "", "1", "20").sort());
    }

    @Test
    void badInputIsRefusedWithTheRulesKey() {
        assertEquals("search.error.date", refused("2026-13-01", null, null, "1"));
        assertEquals("search.error.amount", refused(null, "12.345", null, "1"));
        assertEquals("search.error.amount", refused(null, "abc", null, "1"));
        assertEquals("search.error.sort", refused(null, null, "price", "1"));
        assertEquals("search.error.page", refused(null, null, null, "x"));
        assertEquals("search.error.page", refused(null, null, null, "501"));
        assertEquals("search.error.textBlank", assertThrows(DomainException.class,
                () -> SearchParams.query("  ", Map.of(), null, null, null, null, null, "1", "20")).messageKey());
    }
}
