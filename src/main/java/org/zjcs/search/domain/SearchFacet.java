package org.zjcs.search.domain;

/**
 * The dimensions a visitor narrows a search by (labels in the bundles as search.facet.NAME), indexed as facets (counts)
 * and filtered by drill-down. {@link #KIND} applies to every document; method, status and fund source only to notices
 * ({@link #noticeOnly()}); a firm may have several service items.
 */
public enum SearchFacet {
    KIND("kind", false),
    SERVICE_ITEM("serviceItem", false),
    REGION("region", false),
    METHOD("method", true),
    STATUS("status", true),
    FUND_SOURCE("fundSource", true);

    private final String dimension;
    private final boolean noticeOnly;

    SearchFacet(String dimension, boolean noticeOnly) {
        this.dimension = dimension;
        this.noticeOnly = noticeOnly;
    }

    /** The facet dimension's name in the index. */
    public String dimension() {
        return dimension;
    }

    /** The facet of a dimension's name in the index. */
    public static SearchFacet of(String dimension) {
        for (SearchFacet f : values()) {
            if (f.dimension.equals(dimension)) {
                return f;
            }
        }
        throw new IllegalArgumentException(dimension);
    }

    /** Whether only notices have a value in this dimension (the page hides it when no notice is among the hits). */
    public boolean noticeOnly() {
        return noticeOnly;
    }
}
