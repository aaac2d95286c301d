package org.zjcs.search.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;

/**
 * What the index holds of one notice: only what the public notice page shows. A draft is never indexed ({@link #of}
 * answers empty), and nothing sealed (bids, the draw seed, private comments) has a field here at all.
 *
 * @param amount the fixed price, or the price ceiling of a priced method (yuan); null when the notice names neither
 * @param summary the public service content (服务内容) and project scale, may be blank
 */
public record SearchDocument(long noticeId, String title, String ownerName, String serviceItemCode,
        String serviceItemName, String regionCode, SelectionMethod method, NoticeStatus status, FundSource fundSource,
        Instant publishedAt, BigDecimal amount, String summary) {

    public SearchDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fundSource, "fundSource");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (!status.isPublic()) {
            throw new IllegalArgumentException("a notice in " + status + " is not public and is never indexed");
        }
        ownerName = nullToEmpty(ownerName);
        serviceItemCode = nullToEmpty(serviceItemCode);
        serviceItemName = nullToEmpty(serviceItemName);
        regionCode = nullToEmpty(regionCode);
        summary = nullToEmpty(summary);
    }

    /** The document of a notice, or empty when the notice is not public (a draft, or never published). */
    public static Optional<SearchDocument> of(long noticeId, String title, String ownerName, String serviceItemCode,
            String serviceItemName, String regionCode, SelectionMethod method, NoticeStatus status, FundSource fundSource,
            Instant publishedAt, BigDecimal amount, String summary) {
        if (status == null || !status.isPublic() || publishedAt == null) {
            return Optional.empty();
        }
        return Optional.of(new SearchDocument(noticeId, title, ownerName, serviceItemCode, serviceItemName, regionCode,
                method, status, fundSource, publishedAt, amount, summary));
    }

    /** The value this document has in a facet dimension. */
    public String facetValue(SearchFacet facet) {
        return switch (facet) {
            case KIND -> SearchKind.NOTICE.name();
            case SERVICE_ITEM -> serviceItemCode;
            case REGION -> regionCode;
            case METHOD -> method.name();
            case STATUS -> status.name();
            case FUND_SOURCE -> fundSource.name();
        };
    }

    /** The notice as a document of the index (kind NOTICE, source {@code NOTICE:id}, link to its public page). */
    public IndexedDocument indexed() {
        return new IndexedDocument(SearchKind.NOTICE, noticeId, IndexedDocument.source(SearchKind.NOTICE.name(), noticeId),
                title, summary, ownerName, List.of(serviceItemCode), serviceItemName, regionCode, method.name(),
                status.name(), fundSource.name(), "", publishedAt, amount, "/notice.xhtml?id=" + noticeId, false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
