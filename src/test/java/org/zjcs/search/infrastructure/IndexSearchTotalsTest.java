package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.domain.SearchResult.FacetCount;
import org.zjcs.search.domain.SearchSort;

/**
 * Totals and facet counts when a query has many more hits than a page (issue 18, province scale): the total is the
 * exact number of hits under either order, not the lower bound Lucene's top-docs search stops counting at (1,000), and
 * facet counts follow the reader a search runs on (the facet state is reused only for the same reader).
 */
class IndexSearchTotalsTest {

    static final int MANY = 2_500;

    static SearchDocument notice(long id, String item) {
        return new SearchDocument(id, "幸福路" + id + "号片区道路改造工程" + ("ZJ003".equals(item) ? "水土保持方案编制" : "竣工测量"),
                "西安市新城区城市建设投资集团有限公司", item, "ZJ003".equals(item) ? "水土保持方案编制" : "工程测量",
                id % 3 == 0 ? "610103" : "610102", SelectionMethod.RANDOM_DRAW, NoticeStatus.PUBLISHED, FundSource.FISCAL,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600 * id), new BigDecimal("50000"), "编制成果文件。");
    }

    static long itemsOf(int from, int to, String item) {
        long n = 0;
        for (int i = from; i <= to; i++) {
            n += item.equals(i % 5 < 2 ? "ZJ003" : "ZJ005") ? 1 : 0;
        }
        return n;
    }

    static void add(IndexWriter w, int from, int to) throws Exception {
        for (int i = from; i <= to; i++) {
            w.addDocument(SearchFields.document(notice(i, i % 5 < 2 ? "ZJ003" : "ZJ005")));
        }
        w.commit();
    }

    static Map<String, Long> counts(SearchResult r, SearchFacet f) {
        return r.facets().get(f).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void theTotalIsExactFarBeyondAThousandHitsInEitherOrderAndWithAFilter() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer analyzer = SearchAnalyzers.forIndex();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            add(w, 1, MANY);
        }
        IndexSearch search = new IndexSearch(dir, analyzer);
        for (SearchSort sort : SearchSort.values()) {
            SearchResult r = search.search(SearchQuery.text("道路改造").sort(sort).build());
            assertEquals(MANY, r.total(), sort + ": every notice is a hit");
            assertEquals(20, r.hits().size());
            assertTrue(r.hasNext());
            SearchResult last = search.search(SearchQuery.text("道路改造").sort(sort).page(MANY / 20, 20).build());
            assertEquals(MANY, last.total());
            assertEquals(20, last.hits().size(), sort + ": the last page is full");
        }
        long zj003 = itemsOf(1, MANY, "ZJ003");
        SearchResult filtered = search.search(SearchQuery.text("道路改造").filter(SearchFacet.SERVICE_ITEM, "ZJ003")
                .sort(SearchSort.DATE).build());
        assertEquals(zj003, filtered.total());
        // drill-sideways: the filtered facet still shows the other item with its count, so it can be added
        assertEquals(Map.of("ZJ003", zj003, "ZJ005", MANY - zj003), counts(filtered, SearchFacet.SERVICE_ITEM));
        SearchResult r = search.search(SearchQuery.text("道路改造").build());
        assertEquals(Map.of("ZJ003", zj003, "ZJ005", MANY - zj003), counts(r, SearchFacet.SERVICE_ITEM));
    }

    @Test
    void facetCountsFollowTheReaderTheSearchRunsOn() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer analyzer = SearchAnalyzers.forIndex();
        IndexSearch search = new IndexSearch(dir, analyzer);
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            add(w, 1, 100);
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                IndexSearcher s1 = new IndexSearcher(first);
                SearchQuery q = SearchQuery.text("道路改造").build();
                assertEquals(itemsOf(1, 100, "ZJ003"), counts(search.search(s1, q), SearchFacet.SERVICE_ITEM).get("ZJ003"));
                // a new item code and more notices: a new reader, new ordinals
                w.addDocument(SearchFields.document(notice(101, "ZJ001")));
                add(w, 102, 300);
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    SearchResult r2 = search.search(new IndexSearcher(second), q);
                    assertEquals(300, r2.total());
                    assertEquals(Map.of("ZJ003", itemsOf(102, 300, "ZJ003") + itemsOf(1, 100, "ZJ003"), "ZJ001", 1L,
                            "ZJ005", itemsOf(102, 300, "ZJ005") + itemsOf(1, 100, "ZJ005")), counts(r2, SearchFacet.SERVICE_ITEM));
                }
                // the first reader again: its own counts, not the second's
                SearchResult again = search.search(s1, q);
                assertEquals(100, again.total());
                assertEquals(Map.of("ZJ003", itemsOf(1, 100, "ZJ003"), "ZJ005", itemsOf(1, 100, "ZJ005")),
                        counts(again, SearchFacet.SERVICE_ITEM));
            }
        }
    }
}
