package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.domain.SearchResult.Hit;
import org.zjcs.search.domain.SearchResult.Suggestion;

/**
 * One memory index with every kind (names after db-scripts/demo): two notices, a result announcement of one, two
 * firms, two service items and a 通报. Documents per kind, the kind facet, pinyin of firm names, suggestions.
 */
class SearchKindsTest {

    static ByteBuffersDirectory dir = new ByteBuffersDirectory();
    static IndexSearch search;

    static final SearchDocument N8012 = new SearchDocument(8012, "尚勤路道路提升改造工程水土保持方案编制",
            "西安市新城区城市建设投资集团有限公司", "ZJ003", "水土保持方案编制", "610102", SelectionMethod.RANDOM_DRAW,
            NoticeStatus.COMPLETED, FundSource.FISCAL, Instant.parse("2026-10-13T02:00:00Z"), new BigDecimal("68000.00"),
            "编制水土保持方案报告书");
    static final SearchDocument N8005 = new SearchDocument(8005, "幸福林带配套道路改造工程竣工测量",
            "西安市新城区城市建设投资集团有限公司", "ZJ008", "竣工测量", "610102", SelectionMethod.DIRECT_PICK,
            NoticeStatus.PUBLISHED, FundSource.FISCAL, Instant.parse("2026-11-25T02:00:00Z"), new BigDecimal("68000.00"),
            "完成道路及附属设施竣工测量");

    static IndexedDocument firm(long id, String name, String region, List<String> items, String text) {
        return new IndexedDocument(SearchKind.FIRM, id, "FIRM:" + id, name, text, "", items, "", region, "", "", "", "",
                null, null, "/firm-profile.xhtml?id=" + id, true);
    }

    static IndexedDocument item(long id, String code, String name, String text) {
        return new IndexedDocument(SearchKind.SERVICE_ITEM, id, "SERVICE_ITEM:" + id, name, text, "", List.of(code), "",
                "", "", "", "", code, null, null, "/catalog.xhtml#item-" + code, false);
    }

    static List<IndexedDocument> documents() {
        return List.of(
                N8012.indexed(),
                NoticeRows.announcement(N8012, 9001, "RESULT", Instant.parse("2026-10-21T02:00:00Z"), ""),
                N8005.indexed(),
                firm(1001, "陕西秦川环境工程咨询有限公司", "610113", List.of("ZJ001", "ZJ003"), "环境影响评价\n水土保持方案编制"),
                firm(1002, "西安华测地理信息技术有限公司", "610131", List.of("ZJ008"), "竣工测量\n测绘资质"),
                item(3, "ZJ003", "水土保持方案编制", "Soil and water conservation plan\n《中华人民共和国水土保持法》"),
                item(8, "ZJ008", "竣工测量", "Completion survey\n规划条件核实"),
                new IndexedDocument(SearchKind.BULLETIN, 5, "BULLETIN:5", "2026年11月办理时限通报", "水土保持方案审批超时",
                        "西安市新城区行政审批服务局", List.of(), "", "", "", "", "", "", Instant.parse("2026-12-01T02:00:00Z"),
                        null, "/bulletin.xhtml?id=5", false));
    }

    @BeforeAll
    static void index() throws Exception {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex()))) {
            for (IndexedDocument d : documents()) {
                w.addDocument(SearchFields.document(d));
            }
        }
        search = new IndexSearch(dir, SearchAnalyzers.forIndex());
    }

    static SearchResult run(SearchQuery.Builder q) {
        return search.search(q.page(1, 100).build());
    }

    static Set<String> keys(SearchResult r) {
        return r.hits().stream().map(h -> h.kind() + ":" + h.id()).collect(Collectors.toSet());
    }

    static Map<String, Long> counts(SearchResult r, SearchFacet f) {
        return r.facets().get(f).stream().collect(Collectors.toMap(SearchResult.FacetCount::value,
                SearchResult.FacetCount::count));
    }

    @Test
    void aWordFindsEveryKindAndTheKindFacetCountsThem() {
        SearchResult r = run(SearchQuery.text("水土保持"));
        assertEquals(Set.of("NOTICE:8012", "ANNOUNCEMENT:9001", "FIRM:1001", "SERVICE_ITEM:3", "BULLETIN:5"), keys(r));
        assertEquals(Map.of("NOTICE", 1L, "ANNOUNCEMENT", 1L, "FIRM", 1L, "SERVICE_ITEM", 1L, "BULLETIN", 1L),
                counts(r, SearchFacet.KIND));
        // the firm offers two items: both counted in the service item facet
        assertEquals(Map.of("ZJ003", 4L, "ZJ001", 1L), counts(r, SearchFacet.SERVICE_ITEM));
        // method is a notice's only
        assertEquals(Map.of("RANDOM_DRAW", 1L), counts(r, SearchFacet.METHOD));
    }

    @Test
    void eachHitLinksToItsOwnPage() {
        Map<String, Hit> byKey = run(SearchQuery.text("水土保持")).hits().stream()
                .collect(Collectors.toMap(h -> h.kind() + ":" + h.id(), h -> h));
        assertEquals("/notice.xhtml?id=8012", byKey.get("NOTICE:8012").link());
        assertEquals("/notice.xhtml?id=8012#announcements", byKey.get("ANNOUNCEMENT:9001").link());
        assertEquals("RESULT", byKey.get("ANNOUNCEMENT:9001").detail());
        assertEquals("/firm-profile.xhtml?id=1001", byKey.get("FIRM:1001").link());
        assertEquals(null, byKey.get("FIRM:1001").publishedAt(), "a firm has no publication time");
        assertEquals("/catalog.xhtml#item-ZJ003", byKey.get("SERVICE_ITEM:3").link());
        assertEquals("/bulletin.xhtml?id=5", byKey.get("BULLETIN:5").link());
        assertTrue(byKey.get("NOTICE:8012").notice());
    }

    @Test
    void theKindFilterKeepsTheOtherKindsCounted() {
        SearchResult firms = run(SearchQuery.text("水土保持").filter(SearchFacet.KIND, "FIRM"));
        assertEquals(Set.of("FIRM:1001"), keys(firms));
        // drill-sideways: the other kinds still show their counts, to switch to them
        assertEquals(5, counts(firms, SearchFacet.KIND).size());
        assertEquals(Map.of(), counts(firms, SearchFacet.METHOD), "no notice among the hits: no method");
    }

    @Test
    void aFirmIsFoundByThePinyinOrInitialsOfItsName() {
        assertEquals(Set.of("FIRM:1001"), keys(run(SearchQuery.text("qinchuan"))));
        assertEquals(Set.of("FIRM:1001"), keys(run(SearchQuery.text("qin chuan"))));
        assertEquals(Set.of("FIRM:1001"), keys(run(SearchQuery.text("sxqc"))));
        assertEquals(Set.of("FIRM:1001"), keys(run(SearchQuery.text("Shaanxi Qinchuan"))));
        assertEquals(Set.of("FIRM:1002"), keys(run(SearchQuery.text("huace"))));
        assertEquals(Set.of("FIRM:1002"), keys(run(SearchQuery.text("xahc"))));
        assertEquals(Set.of(), keys(run(SearchQuery.text("chuanqin"))), "syllables in another order");
        // Chinese still works for firms, and Latin words still search the text
        assertEquals(Set.of("FIRM:1001"), keys(run(SearchQuery.text("秦川"))));
        assertEquals(Set.of("SERVICE_ITEM:8"), keys(run(SearchQuery.text("completion survey"))));
    }

    @Test
    void suggestionsByPrefixOfTitlesNamesAndPinyin() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            assertEquals(List.of(new Suggestion("陕西秦川环境工程咨询有限公司", SearchKind.FIRM, "/firm-profile.xhtml?id=1001")),
                    search.suggest(s, "qinch", null, 10), "a prefix of the pinyin");
            assertEquals(List.of("陕西秦川环境工程咨询有限公司"), texts(search.suggest(s, "SXQ", null, 10)));
            assertEquals(List.of("陕西秦川环境工程咨询有限公司"), texts(search.suggest(s, "秦川环", null, 10)), "inside a name");
            // names first (no publication time), then the newest; one suggestion per text (notice and its announcement)
            assertEquals(List.of("水土保持方案编制", "尚勤路道路提升改造工程水土保持方案编制"),
                    texts(search.suggest(s, "水土", null, 10)));
            assertEquals(List.of("尚勤路道路提升改造工程水土保持方案编制"), texts(search.suggest(s, "水土", SearchKind.NOTICE, 10)));
            assertEquals(List.of("竣工测量", "幸福林带配套道路改造工程竣工测量"), texts(search.suggest(s, "竣工 测", null, 10)),
                    "spaces are dropped");
            assertEquals(List.of("竣工测量"), texts(search.suggest(s, "zj008", null, 10)), "a service item's code");
            assertEquals(1, search.suggest(s, "水土", null, 1).size(), "at most the number asked");
            // bad input: nothing, never an error
            assertEquals(List.of(), search.suggest(s, "", null, 10));
            assertEquals(List.of(), search.suggest(s, "   ", null, 10));
            assertEquals(List.of(), search.suggest(s, "*:*", null, 10));
            assertEquals(List.of(), search.suggest(s, "q", null, 10), "one Latin letter");
            assertEquals(List.of(), search.suggest(s, "\"[)(\\", null, 10));
            assertEquals(List.of(), search.suggest(s, "水".repeat(5000), null, 10));
        }
    }

    private static List<String> texts(List<Suggestion> s) {
        return s.stream().map(Suggestion::text).toList();
    }
}
