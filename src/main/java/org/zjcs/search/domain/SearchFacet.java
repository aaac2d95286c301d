package org.zjcs.search.domain;

/**
 * The dimensions a visitor narrows a search by (labels in the bundles as search.facet.NAME). Each is one value per
 * notice, indexed as a facet (counts) and filtered by drill-down.
 */
public enum SearchFacet {
    SERVICE_ITEM("serviceItem"),
    REGION("region"),
    METHOD("method"),
    STATUS("status"),
    FUND_SOURCE("fundSource");

    private final String dimension;

    SearchFacet(String dimension) {
        this.dimension = dimension;
    }

    /** The facet dimension's name in the index. */
    public String dimension() {
        return dimension;
    }
}
