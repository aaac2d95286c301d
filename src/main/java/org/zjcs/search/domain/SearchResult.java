package org.zjcs.search.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of a search: the hits of the page, how many match in all, the counts per facet value (with the query's
 * filters applied), and, when the text held no word to search for, the message key that says so (then there are no
 * hits).
 */
public record SearchResult(List<Hit> hits, long total, int page, int size, Map<SearchFacet, List<FacetCount>> facets,
        String messageKey) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** Whether a later page has hits. */
    public boolean hasNext() {
        return (long) page * size < total;
    }

    /**
     * One matching notice. The snippets are HTML: the notice's text escaped, the matched words in {@code <em>}.
     */
    public record Hit(long noticeId, String title, String titleHtml, String summaryHtml, String ownerName,
            String serviceItemName, String regionCode, String method, String status, String fundSource,
            Instant publishedAt, BigDecimal amount) {
    }

    /** How many hits have this value in a facet. */
    public record FacetCount(String value, long count) {
    }
}
