package org.zjcs.search.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchSort;
import org.zjcs.shared.error.DomainException;

/**
 * A search as it comes from a request (the API's query parameters or the search page's GET form), read into a checked
 * {@link SearchQuery}: numbers, dates ({@code YYYY-MM-DD}), amounts in yuan and the order. One reading for both, so the
 * page and the API refuse the same input with the same message key.
 */
public final class SearchParams {

    private SearchParams() {
    }

    /** The most suggestions answered. */
    public static final int SUGGESTIONS = 10;

    /** A kind named in a request ({@code firm}, {@code FIRM}); null when blank or unknown (then: every kind). */
    public static SearchKind kind(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return SearchKind.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Builds the query; bad input is a {@link DomainException} with a {@code search.error.*} key. */
    public static SearchQuery query(String q, Map<SearchFacet, List<String>> filters, String from, String to,
            String amountMin, String amountMax, String sort, String page, String size) {
        SearchQuery.Builder b = SearchQuery.text(q)
                .page(number(page, "search.error.page", SearchQuery.MAX_PAGE),
                        number(size, "search.error.size", SearchQuery.MAX_SIZE))
                .sort(sort(sort))
                .published(date(from), date(to))
                .amount(amount(amountMin), amount(amountMax));
        for (Map.Entry<SearchFacet, List<String>> e : filters.entrySet()) {
            if (e.getValue() != null && !e.getValue().isEmpty()) {
                b.filter(e.getKey(), e.getValue().toArray(String[]::new));
            }
        }
        return b.build();
    }

    private static int number(String s, String key, int max) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException(key, max);
        }
    }

    private static SearchSort sort(String s) {
        if (s == null || s.isBlank()) {
            return SearchSort.RELEVANCE;
        }
        try {
            return SearchSort.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("search.error.sort");
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("search.error.date");
        }
    }

    private static BigDecimal amount(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            BigDecimal a = new BigDecimal(s.strip());
            if (a.scale() > 2 || a.precision() - a.scale() > 12) {
                throw new DomainException("search.error.amount");
            }
            return a;
        } catch (NumberFormatException e) {
            throw new DomainException("search.error.amount");
        }
    }
}
