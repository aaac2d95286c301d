package org.zjcs.search.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.zjcs.shared.error.DomainException;

/**
 * One search as a visitor asked it, checked: the text (1 to 1,000 characters after trimming; any characters, Lucene
 * syntax included — the query builder treats it as plain words), the page (1 to {@value #MAX_PAGE}) and its size (1 to
 * {@value #MAX_SIZE}), the order, facet filters (at most {@value #MAX_VALUES} values of at most {@value #MAX_VALUE_LENGTH}
 * characters per facet; values in one facet are alternatives, facets narrow each other) and publication-date and amount
 * ranges (bounds included, lower not above upper, amounts not negative). Bad input is refused with a message key.
 */
public final class SearchQuery {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_PAGE = 500;
    public static final int MAX_SIZE = 100;
    public static final int MAX_VALUES = 20;
    public static final int MAX_VALUE_LENGTH = 64;

    private final String text;
    private final int page;
    private final int size;
    private final SearchSort sort;
    private final Map<SearchFacet, Set<String>> filters;
    private final LocalDate publishedFrom;
    private final LocalDate publishedTo;
    private final BigDecimal amountMin;
    private final BigDecimal amountMax;

    private SearchQuery(Builder b) {
        String t = b.text == null ? "" : b.text.strip();
        if (t.isEmpty()) {
            throw new DomainException("search.error.textBlank");
        }
        if (t.codePointCount(0, t.length()) > MAX_TEXT) {
            throw new DomainException("search.error.textTooLong", MAX_TEXT);
        }
        if (b.page < 1 || b.page > MAX_PAGE) {
            throw new DomainException("search.error.page", MAX_PAGE);
        }
        if (b.size < 1 || b.size > MAX_SIZE) {
            throw new DomainException("search.error.size", MAX_SIZE);
        }
        if (b.publishedFrom != null && b.publishedTo != null && b.publishedFrom.isAfter(b.publishedTo)) {
            throw new DomainException("search.error.dateRange");
        }
        if ((b.amountMin != null && b.amountMin.signum() < 0) || (b.amountMax != null && b.amountMax.signum() < 0)) {
            throw new DomainException("search.error.amountNegative");
        }
        if (b.amountMin != null && b.amountMax != null && b.amountMin.compareTo(b.amountMax) > 0) {
            throw new DomainException("search.error.amountRange");
        }
        Map<SearchFacet, Set<String>> f = new EnumMap<>(SearchFacet.class);
        for (Map.Entry<SearchFacet, Set<String>> e : b.filters.entrySet()) {
            Set<String> values = new LinkedHashSet<>();
            for (String v : e.getValue()) {
                String s = v == null ? "" : v.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (s.length() > MAX_VALUE_LENGTH) {
                    throw new DomainException("search.error.facetValue", MAX_VALUE_LENGTH);
                }
                values.add(s);
            }
            if (values.size() > MAX_VALUES) {
                throw new DomainException("search.error.facetValues", MAX_VALUES);
            }
            if (!values.isEmpty()) {
                f.put(e.getKey(), Collections.unmodifiableSet(values));
            }
        }
        this.text = t;
        this.page = b.page;
        this.size = b.size;
        this.sort = b.sort == null ? SearchSort.RELEVANCE : b.sort;
        this.filters = Collections.unmodifiableMap(f);
        this.publishedFrom = b.publishedFrom;
        this.publishedTo = b.publishedTo;
        this.amountMin = b.amountMin;
        this.amountMax = b.amountMax;
    }

    public static Builder text(String text) {
        return new Builder(text);
    }

    public String text() {
        return text;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** Index of the first hit of this page among all hits (0-based). */
    public int offset() {
        return (page - 1) * size;
    }

    public SearchSort sort() {
        return sort;
    }

    public Map<SearchFacet, Set<String>> filters() {
        return filters;
    }

    public LocalDate publishedFrom() {
        return publishedFrom;
    }

    public LocalDate publishedTo() {
        return publishedTo;
    }

    public BigDecimal amountMin() {
        return amountMin;
    }

    public BigDecimal amountMax() {
        return amountMax;
    }

    /** Collects the parts of a query; {@link #build()} checks them. */
    public static final class Builder {
        private final String text;
        private int page = 1;
        private int size = 20;
        private SearchSort sort = SearchSort.RELEVANCE;
        private final Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        private LocalDate publishedFrom;
        private LocalDate publishedTo;
        private BigDecimal amountMin;
        private BigDecimal amountMax;

        private Builder(String text) {
            this.text = text;
        }

        public Builder page(int page, int size) {
            this.page = page;
            this.size = size;
            return this;
        }

        public Builder sort(SearchSort sort) {
            this.sort = sort;
            return this;
        }

        public Builder filter(SearchFacet facet, String... values) {
            Set<String> s = filters.computeIfAbsent(facet, k -> new LinkedHashSet<>());
            for (String v : values) {
                s.add(v);
            }
            return this;
        }

        public Builder published(LocalDate from, LocalDate to) {
            this.publishedFrom = from;
            this.publishedTo = to;
            return this;
        }

        public Builder amount(BigDecimal min, BigDecimal max) {
            this.amountMin = min;
            this.amountMax = max;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(this);
        }
    }

    /**
     * What this query matches, whatever the page, its size and the order: the hits' total and facet counts depend on
     * this alone, so a search keeps them by it (the next page or the other order of the same search counts nothing).
     */
    public Matching matching() {
        return new Matching(text, filters, publishedFrom, publishedTo, amountMin, amountMax);
    }

    /** The part of a query that decides which documents match (see {@link #matching()}). */
    public record Matching(String text, Map<SearchFacet, Set<String>> filters, LocalDate publishedFrom,
            LocalDate publishedTo, BigDecimal amountMin, BigDecimal amountMax) {

        public Matching {
            filters = Map.copyOf(filters);
        }

        /**
         * The same without the filter on {@code facet}: its hits are what drill-sideways counts {@code facet}'s
         * values over (the values a visitor could add to the one chosen).
         */
        public Matching withoutFilter(SearchFacet facet) {
            Map<SearchFacet, Set<String>> f = new EnumMap<>(SearchFacet.class);
            f.putAll(filters);
            f.remove(facet);
            return new Matching(text, f, publishedFrom, publishedTo, amountMin, amountMax);
        }
    }

    /** Two queries are equal when they ask for the same results (the search's result cache is keyed by them). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SearchQuery q && page == q.page && size == q.size && text.equals(q.text)
                && sort == q.sort && filters.equals(q.filters)
                && java.util.Objects.equals(publishedFrom, q.publishedFrom)
                && java.util.Objects.equals(publishedTo, q.publishedTo)
                && java.util.Objects.equals(amountMin, q.amountMin) && java.util.Objects.equals(amountMax, q.amountMax);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(text, page, size, sort, filters, publishedFrom, publishedTo, amountMin, amountMax);
    }
}
