package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.domain.SearchResult.FacetCount;
import org.zjcs.search.domain.SearchSort;

/**
 * What a search reuses of what it kept for the same reader gives the same page, total and counts as a search that
 * kept nothing: another page or order of a counted search, a filter added to a counted search (its drill-sideways
 * counts are those of the search without it), and the counting split over the segments in two halves equals
 * Lucene's counting of all hits at once.
 */
class KeptCountsTest {

    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();

    @BeforeEach
    void index() throws Exception {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex()))) {
            // three commits: three segments; an item only the second has (its values have other ordinals there)
            IndexSearchTotalsTest.add(w, 1, 300);
            w.addDocument(SearchFields.document(IndexSearchTotalsTest.notice(1000, "ZJ001")));
            IndexSearchTotalsTest.add(w, 301, 700);
            IndexSearchTotalsTest.add(w, 701, 900);
        }
    }

    /** The same query searched by an IndexSearch that kept nothing. */
    private SearchResult fresh(IndexSearcher s, SearchQuery q) {
        return new IndexSearch(dir, SearchAnalyzers.forIndex()).search(s, q);
    }

    private static SearchQuery.Builder road() {
        return SearchQuery.text("道路改造");
    }

    @Test
    void anotherPageOrOrderOfACountedSearchIsTheSameAsSearchedAfresh() throws Exception {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            assertTrue(r.leaves().size() >= 3, "several segments: " + r.leaves().size());
            IndexSearch kept = new IndexSearch(dir, SearchAnalyzers.forIndex());
            SearchResult first = kept.search(s, road().build());
            assertEquals(901, first.total());
            for (SearchQuery q : List.of(road().page(2, 20).build(), road().page(45, 20).build(),
                    road().page(46, 20).build(), road().sort(SearchSort.DATE).build(),
                    road().sort(SearchSort.DATE).page(7, 50).build())) {
                SearchResult again = kept.search(s, q);
                assertEquals(fresh(s, q), again, "page " + q.page() + ", " + q.sort());
                assertEquals(first.facets(), again.facets());
            }
        }
    }

    @Test
    void aFilterAddedToACountedSearchCountsAsDrillSidewaysDoes() throws Exception {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            IndexSearch kept = new IndexSearch(dir, SearchAnalyzers.forIndex());
            kept.search(s, road().build());
            int sideways = kept.sidewaysSearches();
            SearchQuery byRegion = road().filter(SearchFacet.REGION, "610103").build();
            SearchResult narrowed = kept.search(s, byRegion);
            assertEquals(fresh(s, byRegion), narrowed);
            assertEquals(300, narrowed.total());
            assertEquals(sideways, kept.sidewaysSearches(), "narrowing a counted search does not search sideways");
            assertEquals(Map.of("610103", 300L, "610102", 601L), counts(narrowed, SearchFacet.REGION),
                    "the other region keeps its count, so it can be added");

            SearchQuery byItem = road().filter(SearchFacet.SERVICE_ITEM, "ZJ003").build();
            assertEquals(fresh(s, byItem), kept.search(s, byItem));
            // both filters: each one's sideways counts are those of the search with the other filter only
            SearchQuery both = road().filter(SearchFacet.REGION, "610103").filter(SearchFacet.SERVICE_ITEM, "ZJ003")
                    .build();
            SearchResult b = kept.search(s, both);
            assertEquals(fresh(s, both), b);
            assertEquals(sideways, kept.sidewaysSearches(), "both searches with one filter were counted");
            SearchQuery bothPage2 = road().filter(SearchFacet.REGION, "610103")
                    .filter(SearchFacet.SERVICE_ITEM, "ZJ003").page(2, 20).build();
            assertEquals(fresh(s, bothPage2), kept.search(s, bothPage2));
            // two values of one facet, and a value no document has
            SearchQuery first = road().filter(SearchFacet.FUND_SOURCE, "FISCAL").filter(SearchFacet.REGION, "610102")
                    .build();
            assertEquals(fresh(s, first), kept.search(s, first));
            assertEquals(sideways + 1, kept.sidewaysSearches(), "without a counted search of the fund source alone");
            SearchQuery two = road().filter(SearchFacet.REGION, "610103", "610102").build();
            assertEquals(fresh(s, two), kept.search(s, two));
            SearchQuery none = road().filter(SearchFacet.REGION, "999999").build();
            SearchResult nothing = kept.search(s, none);
            assertEquals(fresh(s, none), nothing);
            assertEquals(0, nothing.total());
        }
    }

    @Test
    void countingInHalvesEqualsLuceneCountingAllHitsAtOnce() throws Exception {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(r,
                    SearchFields.facetsConfig());
            // every document; the first segment's only (the others: no hits); none
            for (Query q : List.of(new MatchAllDocsQuery(),
                    IndexSearch.publishedRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)),
                    IndexSearch.publishedRange(LocalDate.of(2030, 1, 1), null))) {
                FacetsCollector hits = s.search(q, new FacetsCollectorManager());
                List<FacetCounting.Partial> partials = new ArrayList<>();
                for (Callable<FacetCounting.Partial> t : FacetCounting.tasks(state, hits, Set.of(SearchFacet.values()))) {
                    partials.add(t.call());
                }
                Map<SearchFacet, List<FacetCount>> halves = FacetCounting.merge(partials, Set.of(SearchFacet.values()),
                        IndexSearch.FACET_VALUES);
                SortedSetDocValuesFacetCounts all = new SortedSetDocValuesFacetCounts(state, hits);
                for (SearchFacet f : SearchFacet.values()) {
                    FacetResult fr = all.getTopChildren(IndexSearch.FACET_VALUES, f.dimension());
                    List<FacetCount> lucene = fr == null ? List.of()
                            : java.util.Arrays.stream(fr.labelValues)
                                    .map((LabelAndValue lv) -> new FacetCount(lv.label, lv.value.longValue())).toList();
                    assertEquals(lucene, halves.get(f), q + ": " + f);
                }
            }
        }
    }

    private static Map<String, Long> counts(SearchResult r, SearchFacet f) {
        Map<String, Long> out = new java.util.HashMap<>();
        r.facets().get(f).forEach(c -> out.put(c.value(), c.count()));
        return out;
    }
}
