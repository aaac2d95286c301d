package org.zjcs.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;

class SearchDocumentTest {

    static java.util.Optional<SearchDocument> doc(NoticeStatus status, Instant published) {
        return SearchDocument.of(8002, "东五路片区老旧小区改造项目水土保持方案编制", "西安市新城区城市建设投资集团有限公司",
                "ZJ003", "水土保持方案编制", "610102", SelectionMethod.RANDOM_DRAW, status, FundSource.FISCAL, published,
                new BigDecimal("120000.00"), "编制水土保持方案报告书");
    }

    @Test
    void aDraftIsNeverIndexed() {
        assertTrue(doc(NoticeStatus.DRAFT, Instant.parse("2026-11-24T01:30:00Z")).isEmpty());
        assertTrue(doc(NoticeStatus.PUBLISHED, null).isEmpty(), "never published: nothing to show");
        assertThrows(IllegalArgumentException.class, () -> new SearchDocument(1, "t", "", "", "", "",
                SelectionMethod.RANDOM_DRAW, NoticeStatus.DRAFT, FundSource.FISCAL, Instant.EPOCH, null, ""));
    }

    @Test
    void everyPublicStateIsIndexedWithItsFacetValues() {
        for (NoticeStatus s : NoticeStatus.values()) {
            assertEquals(s != NoticeStatus.DRAFT, doc(s, Instant.parse("2026-11-24T01:30:00Z")).isPresent(), s.name());
        }
        SearchDocument d = doc(NoticeStatus.CLOSED, Instant.parse("2026-11-24T01:30:00Z")).orElseThrow();
        assertEquals("ZJ003", d.facetValue(SearchFacet.SERVICE_ITEM));
        assertEquals("610102", d.facetValue(SearchFacet.REGION));
        assertEquals("RANDOM_DRAW", d.facetValue(SearchFacet.METHOD));
        assertEquals("CLOSED", d.facetValue(SearchFacet.STATUS));
        assertEquals("FISCAL", d.facetValue(SearchFacet.FUND_SOURCE));
    }
}
