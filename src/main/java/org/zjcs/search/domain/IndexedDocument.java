package org.zjcs.search.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One document of the index, of any {@link SearchKind}: only what its public page shows. A rows reader builds it from
 * the database; {@code search.infrastructure.SearchFields} turns it into a Lucene document.
 *
 * @param kind what it is
 * @param id the id of the thing itself (notice, announcement, firm organisation, service item, bulletin)
 * @param source the change-log entity and id whose row re-reads it ({@code NOTICE:8012} for a notice and for each of
 *        its announcements, {@code FIRM:1001} for a firm): applying that row replaces every document of the source
 * @param title what the hit is called (highlighted; the suggestions list it)
 * @param summary the public text searched and shown as a snippet, may be blank
 * @param ownerName the owner unit (notices, announcements), else blank
 * @param serviceItemCodes the service items (facet {@code serviceItem}); a firm has several
 * @param serviceItemName the name shown with a notice's hit, else blank
 * @param regionCode the region (facet {@code region}), may be blank
 * @param method selection method (notices only, else blank)
 * @param status notice status (notices only, else blank)
 * @param fundSource fund source (notices only, else blank)
 * @param detail a code the page shows as a label: the announcement's kind (RESULT, CORRECTION…), a service item's
 *        code; may be blank
 * @param publishedAt publication time (notices, announcements, bulletins), null for a firm or a service item
 * @param amount yuan (notices only), may be null
 * @param link the public page of the hit, relative to the application ({@code /notice.xhtml?id=8012})
 * @param pinyin whether the title's pinyin is indexed too (firm names)
 */
public record IndexedDocument(SearchKind kind, long id, String source, String title, String summary,
        String ownerName, List<String> serviceItemCodes, String serviceItemName, String regionCode, String method,
        String status, String fundSource, String detail, Instant publishedAt, BigDecimal amount, String link,
        boolean pinyin) {

    public IndexedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        summary = clean(summary);
        ownerName = clean(ownerName);
        serviceItemCodes = serviceItemCodes == null ? List.of()
                : serviceItemCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        serviceItemName = clean(serviceItemName);
        regionCode = clean(regionCode);
        method = clean(method);
        status = clean(status);
        fundSource = clean(fundSource);
        detail = clean(detail);
    }

    /** The unique key of this document in the index: {@code KIND:id}. */
    public String key() {
        return kind.name() + ":" + id;
    }

    /** The source key of an entity named by the change log. */
    public static String source(String entity, long id) {
        return entity + ":" + id;
    }

    /** The document's values in a facet dimension (none, one, or several service items). */
    public List<String> facetValues(SearchFacet facet) {
        String v = switch (facet) {
            case KIND -> kind.name();
            case SERVICE_ITEM -> null;
            case REGION -> regionCode;
            case METHOD -> method;
            case STATUS -> status;
            case FUND_SOURCE -> fundSource;
        };
        if (facet == SearchFacet.SERVICE_ITEM) {
            return serviceItemCodes;
        }
        return v.isEmpty() ? List.of() : List.of(v);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
