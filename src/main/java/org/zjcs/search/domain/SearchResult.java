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
     * One matching document of any kind. The snippets are HTML: the text escaped, the matched words in {@code <em>}.
     * Fields a kind does not have are blank (method, status, fund source: notices only); {@code publishedAt} is null
     * for a firm or a service item; {@code link} is its public page relative to the application.
     */
    public record Hit(SearchKind kind, long id, String title, String titleHtml, String summaryHtml, String ownerName,
            String serviceItemName, String regionCode, String method, String status, String fundSource,
            String detail, Instant publishedAt, BigDecimal amount, String link) {

        /** Whether this hit is a notice (the page shows method, status and amount only for notices). */
        public boolean notice() {
            return kind == SearchKind.NOTICE;
        }
    }

    /** One suggestion while typing: the title or name, its kind and its public page. */
    public record Suggestion(String text, SearchKind kind, String link) {
    }

    /** How many hits have this value in a facet. */
    public record FacetCount(String value, long count) {
    }
}
