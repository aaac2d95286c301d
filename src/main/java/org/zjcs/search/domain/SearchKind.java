package org.zjcs.search.domain;

/**
 * What a document of the index is (facet {@code kind}, labels in the bundles as {@code search.kind.NAME}). Each kind is
 * written by one rows reader of {@code search.infrastructure} (docs/search.md, "Adding a kind") and links to its own
 * public page.
 */
public enum SearchKind {
    /** A public procurement notice: {@code /notice.xhtml?id=}. */
    NOTICE,
    /** One announcement of a notice other than its publication (correction, cancellation, result, failure…). */
    ANNOUNCEMENT,
    /** An approved, active firm of the public directory: {@code /firm-profile.xhtml?id=}. */
    FIRM,
    /** A service item of the catalog in force: {@code /catalog.xhtml#item-CODE}. */
    SERVICE_ITEM,
    /** A published 通报 of a regulator: {@code /bulletin.xhtml?id=}. */
    BULLETIN,
    /** A published article of the operator (政策法规, 办事指南, 通知公告): {@code /article.xhtml?id=}. */
    ARTICLE
}
