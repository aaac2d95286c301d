package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
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
 * Twenty hand-made public notices (titles after db-scripts/demo) and one draft in a memory index. Twelve are 水土保持
 * (ZJ003) notices; the expected counts below were worked out by hand from the table.
 */
class IndexSearchTest {

    static final String OWNER = "西安市新城区城市建设投资集团有限公司";
    static final Map<String, String> ITEM_NAMES = Map.of("ZJ001", "环境影响评价", "ZJ003", "水土保持方案编制", "ZJ005", "工程测量");
    static final Map<String, String> SUMMARIES = Map.of(
            "ZJ001", "编制环境影响文件，配合生态环境部门审批。",
            "ZJ003", "编制水土保持方案报告表，配合水行政主管部门审批。",
            "ZJ005", "完成控制测量、地形测量并提交成果报告。");

    static IndexSearch search;

    static SearchDocument n(long id, String title, String item, String region, SelectionMethod method, NoticeStatus status,
            FundSource fund, String published, String amount) {
        return new SearchDocument(id, title, OWNER, item, ITEM_NAMES.get(item), region, method, status, fund,
                Instant.parse(published), new BigDecimal(amount), SUMMARIES.get(item));
    }

    static List<SearchDocument> notices() {
        var R = SelectionMethod.RANDOM_DRAW;
        var L = SelectionMethod.LOWEST_PRICE;
        var P = SelectionMethod.REASONABLE_PRICE;
        var S = SelectionMethod.SCORED;
        var D = SelectionMethod.DIRECT_PICK;
        var F = FundSource.FISCAL;
        var O = FundSource.SOCIAL;
        return List.of(
                n(1, "东五路片区老旧小区改造项目水土保持方案编制", "ZJ003", "610102", R, NoticeStatus.PUBLISHED, F, "2026-11-24T01:30:00Z", "120000"),
                n(2, "东关正街片区雨污分流改造工程水土保持方案编制", "ZJ003", "610102", R, NoticeStatus.CLOSED, F, "2026-11-19T02:00:00Z", "75000"),
                n(3, "长缨路小学运动场改造工程水土保持方案编制", "ZJ003", "610102", L, NoticeStatus.ANNOUNCED, F, "2026-11-20T02:00:00Z", "52000"),
                n(4, "八府庄片区口袋公园建设项目水土保持方案编制", "ZJ003", "610102", D, NoticeStatus.AWARDED, F, "2026-11-23T02:00:00Z", "38000"),
                n(5, "尚勤路道路提升改造工程水土保持方案编制", "ZJ003", "610103", R, NoticeStatus.COMPLETED, F, "2026-10-13T02:00:00Z", "68000"),
                n(6, "西北一路人行道及绿化提升工程水土保持方案编制", "ZJ003", "610103", D, NoticeStatus.CONTRACTED, O, "2026-11-02T02:00:00Z", "36000"),
                n(7, "金花北路排水管网改造工程水土保持方案编制", "ZJ003", "610104", P, NoticeStatus.PUBLISHED, F, "2026-11-02T03:00:00Z", "65000"),
                n(8, "东七路道路综合整治工程水土保持方案编制", "ZJ003", "610104", L, NoticeStatus.CANCELLED, O, "2026-10-19T03:00:00Z", "45000"),
                n(9, "长乐中路立交桥维修加固工程水土保持方案编制", "ZJ003", "610102", L, NoticeStatus.FAILED, F, "2026-10-20T03:00:00Z", "60000"),
                n(10, "西一路小学教学楼抗震加固工程环境影响登记表编制", "ZJ001", "610102", S, NoticeStatus.PUBLISHED, F, "2026-11-27T06:00:00Z", "45000"),
                n(11, "幸福林带配套道路改造工程环境影响评价报告书编制", "ZJ001", "610102", R, NoticeStatus.PUBLISHED, O, "2026-11-10T02:00:00Z", "150000"),
                n(12, "韩森寨片区供热管网改造工程环境影响报告表编制", "ZJ001", "610103", L, NoticeStatus.CLOSED, F, "2026-10-28T02:00:00Z", "80000"),
                n(13, "含光路人行天桥工程环境影响登记表编制", "ZJ001", "610103", R, NoticeStatus.ANNOUNCED, F, "2026-09-15T02:00:00Z", "20000"),
                n(14, "大明宫遗址周边道路工程环境影响评价报告书编制", "ZJ001", "610104", S, NoticeStatus.COMPLETED, F, "2026-08-01T02:00:00Z", "200000"),
                n(15, "幸福林带配套道路改造工程竣工测量", "ZJ005", "610102", R, NoticeStatus.PUBLISHED, F, "2026-11-25T02:00:00Z", "30000"),
                n(16, "东二环辅道改造工程地形测量", "ZJ005", "610102", D, NoticeStatus.COMPLETED, F, "2026-09-01T02:00:00Z", "25000"),
                n(17, "环城西苑片区改造工程规划放线测量", "ZJ005", "610104", L, NoticeStatus.PUBLISHED, O, "2026-11-12T02:00:00Z", "40000"),
                n(18, "长乐西路人行天桥建设项目水土保持方案编制", "ZJ003", "610102", R, NoticeStatus.CANCELLED, F, "2026-10-20T02:00:00Z", "42000"),
                n(19, "互助路立交周边绿化提升工程水土保持方案编制", "ZJ003", "610102", R, NoticeStatus.SUSPENDED, F, "2026-10-27T02:00:00Z", "42000"),
                n(20, "文景路<改造>工程水土保持方案编制 & 监测", "ZJ003", "610103", S, NoticeStatus.PUBLISHED, F, "2026-11-26T02:00:00Z", "55000"));
    }

    @BeforeAll
    static void index() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer analyzer = SearchAnalyzers.forIndex();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (SearchDocument d : notices()) {
                w.addDocument(SearchFields.document(d));
            }
            // a draft never becomes a document
            assertTrue(SearchDocument.of(21, "草稿水土保持方案编制", OWNER, "ZJ003", "水土保持方案编制", "610102",
                    SelectionMethod.RANDOM_DRAW, NoticeStatus.DRAFT, FundSource.FISCAL, Instant.parse("2026-11-01T00:00:00Z"),
                    BigDecimal.TEN, "").isEmpty());
        }
        search = new IndexSearch(dir, analyzer);
    }

    static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    static Map<String, Long> counts(SearchResult r, SearchFacet f) {
        return r.facets().get(f).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count, (a, b) -> a, LinkedHashMap::new));
    }

    static SearchResult run(SearchQuery.Builder q) {
        return search.search(q.build());
    }

    @Test
    void aWordFindsTheNoticesWhoseTitleHoldsALongerCompound() {
        SearchResult r = run(SearchQuery.text("水土保持").page(1, 100));
        assertEquals(12, r.total());
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 18L, 19L, 20L), Set.copyOf(ids(r)));
        assertNull(r.messageKey());
        assertFalse(r.hasNext());
    }

    @Test
    void facetCountsAreThoseOfTheHits() {
        SearchResult r = run(SearchQuery.text("水土保持"));
        assertEquals(Map.of("610102", 7L, "610103", 3L, "610104", 2L), counts(r, SearchFacet.REGION));
        assertEquals(Map.of("RANDOM_DRAW", 5L, "LOWEST_PRICE", 3L, "DIRECT_PICK", 2L, "REASONABLE_PRICE", 1L, "SCORED", 1L),
                counts(r, SearchFacet.METHOD));
        assertEquals(Map.of("PUBLISHED", 3L, "CLOSED", 1L, "ANNOUNCED", 1L, "AWARDED", 1L, "COMPLETED", 1L,
                "CONTRACTED", 1L, "CANCELLED", 2L, "FAILED", 1L, "SUSPENDED", 1L), counts(r, SearchFacet.STATUS));
        assertEquals(Map.of("FISCAL", 10L, "SOCIAL", 2L), counts(r, SearchFacet.FUND_SOURCE));
        assertEquals(Map.of("ZJ003", 12L), counts(r, SearchFacet.SERVICE_ITEM));
        // the biggest value first
        assertEquals("610102", r.facets().get(SearchFacet.REGION).get(0).value());
    }

    @Test
    void drillDownNarrowsHitsAndCounts() {
        SearchResult region = run(SearchQuery.text("水土保持").filter(SearchFacet.REGION, "610102"));
        assertEquals(7, region.total());
        assertEquals(Map.of("RANDOM_DRAW", 4L, "LOWEST_PRICE", 2L, "DIRECT_PICK", 1L), counts(region, SearchFacet.METHOD));

        // drill-sideways: the filtered facet itself still counts its other values (as if it were not filtered)
        assertEquals(Map.of("610102", 7L, "610103", 3L, "610104", 2L), counts(region, SearchFacet.REGION));

        SearchResult both = run(SearchQuery.text("水土保持").filter(SearchFacet.REGION, "610102")
                .filter(SearchFacet.METHOD, "RANDOM_DRAW"));
        assertEquals(Set.of(1L, 2L, 18L, 19L), Set.copyOf(ids(both)));

        SearchResult twoRegions = run(SearchQuery.text("水土保持").filter(SearchFacet.REGION, "610103", "610104"));
        assertEquals(Set.of(5L, 6L, 20L, 7L, 8L), Set.copyOf(ids(twoRegions)), "values of one facet are alternatives");

        SearchResult unknown = run(SearchQuery.text("水土保持").filter(SearchFacet.REGION, "999999"));
        assertEquals(0, unknown.total(), "a value that does not exist answers no hits, not an error");
        assertNull(unknown.messageKey());
    }

    @Test
    void drillSidewaysCountsEachFilteredFacetWithTheOtherFiltersOnly() {
        SearchResult both = run(SearchQuery.text("水土保持").filter(SearchFacet.REGION, "610102")
                .filter(SearchFacet.METHOD, "RANDOM_DRAW"));
        assertEquals(4, both.total());
        // regions of the RANDOM_DRAW 水土保持 notices (1, 2, 18, 19 in 610102; 5 in 610103): the method filter only
        assertEquals(Map.of("610102", 4L, "610103", 1L), counts(both, SearchFacet.REGION));
        // methods of the 610102 水土保持 notices (1, 2, 18, 19 R; 3, 9 L; 4 D): the region filter only
        assertEquals(Map.of("RANDOM_DRAW", 4L, "LOWEST_PRICE", 2L, "DIRECT_PICK", 1L), counts(both, SearchFacet.METHOD));
        // a facet not filtered counts the hits (1 PUBLISHED, 2 CLOSED, 18 CANCELLED, 19 SUSPENDED)
        assertEquals(Map.of("PUBLISHED", 1L, "CLOSED", 1L, "CANCELLED", 1L, "SUSPENDED", 1L),
                counts(both, SearchFacet.STATUS));
        assertEquals(Map.of("NOTICE", 4L), counts(both, SearchFacet.KIND));

        // a value of the filtered facet with no hits under the other filters is not listed
        SearchResult scored = run(SearchQuery.text("水土保持").filter(SearchFacet.METHOD, "SCORED"));
        assertEquals(Set.of(20L), Set.copyOf(ids(scored)));
        assertEquals(Map.of("RANDOM_DRAW", 5L, "LOWEST_PRICE", 3L, "DIRECT_PICK", 2L, "REASONABLE_PRICE", 1L, "SCORED", 1L),
                counts(scored, SearchFacet.METHOD));
        assertEquals(Map.of("610103", 1L), counts(scored, SearchFacet.REGION));
    }

    @Test
    void highlightsTheMatchedWordsInEscapedHtml() {
        SearchResult r = run(SearchQuery.text("水土保持").page(1, 100));
        SearchResult.Hit first = r.hits().stream().filter(h -> h.id() == 1).findFirst().orElseThrow();
        assertEquals("东五路片区老旧小区改造项目<em>水土保持</em>方案编制", first.titleHtml());
        assertTrue(first.summaryHtml().contains("<em>水土保持</em>"), first.summaryHtml());
        SearchResult.Hit markup = r.hits().stream().filter(h -> h.id() == 20).findFirst().orElseThrow();
        assertEquals("文景路&lt;改造&gt;工程<em>水土保持</em>方案编制 &amp; 监测", markup.titleHtml());
        assertEquals("文景路<改造>工程水土保持方案编制 & 监测", markup.title());
    }

    @Test
    void sortsByDateNewestFirst() {
        SearchResult r = run(SearchQuery.text("水土保持").sort(SearchSort.DATE).page(1, 100));
        assertEquals(List.of(20L, 1L, 4L, 3L, 2L, 7L, 6L, 19L, 9L, 18L, 8L, 5L), ids(r));
    }

    @Test
    void relevancePutsTitleMatchesFirst() {
        SearchResult r = run(SearchQuery.text("环境影响评价").page(1, 100));
        assertEquals(5, r.total(), "every 环境影响评价 notice, by its service item");
        assertEquals(Set.of(11L, 14L), Set.copyOf(ids(r).subList(0, 2)), "the two whose title says it come first");
    }

    @Test
    void pagingPastTheEndAnswersAnEmptyPage() {
        SearchResult third = run(SearchQuery.text("水土保持").sort(SearchSort.DATE).page(3, 5));
        assertEquals(List.of(8L, 5L), ids(third));
        assertFalse(third.hasNext());
        SearchResult second = run(SearchQuery.text("水土保持").sort(SearchSort.DATE).page(2, 5));
        assertEquals(List.of(7L, 6L, 19L, 9L, 18L), ids(second));
        assertTrue(second.hasNext());
        SearchResult beyond = run(SearchQuery.text("水土保持").page(4, 5));
        assertEquals(List.of(), beyond.hits());
        assertEquals(12, beyond.total());
        SearchResult far = run(SearchQuery.text("水土保持").page(500, 100));
        assertEquals(List.of(), far.hits());
    }

    @Test
    void dateAndAmountRangesFilter() {
        SearchResult november = run(SearchQuery.text("水土保持").sort(SearchSort.DATE)
                .published(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).page(1, 100));
        assertEquals(List.of(20L, 1L, 4L, 3L, 2L, 7L, 6L), ids(november));
        SearchResult amount = run(SearchQuery.text("水土保持")
                .amount(new BigDecimal("40000"), new BigDecimal("60000")).page(1, 100));
        assertEquals(Set.of(3L, 8L, 9L, 18L, 19L, 20L), Set.copyOf(ids(amount)));
        SearchResult.Hit nine = amount.hits().stream().filter(h -> h.id() == 9).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("60000").compareTo(nine.amount()));
    }

    @Test
    void userTextNeverThrows() {
        // only punctuation, emoji: no words, a message and no hits
        for (String text : List.of("，。！？……", "😀🎉", "\"\"", "*?:\\")) {
            SearchResult r = run(SearchQuery.text(text));
            assertEquals("search.message.noWords", r.messageKey(), text);
            assertEquals(0, r.total(), text);
        }
        // Lucene syntax and unbalanced quotes are plain words
        assertEquals(12, run(SearchQuery.text("\"水土保持")).total(), "an unbalanced quote is ignored");
        assertEquals(12, run(SearchQuery.text("水土保持\"")).total());
        assertEquals(0, run(SearchQuery.text("水土保持 AND")).total(), "AND is a word that no notice holds, not an operator");
        assertEquals(0, run(SearchQuery.text("title:水土 OR (保持 [* TO *] ~2 ^3 \\")).total());
        assertEquals(12, run(SearchQuery.text("水土保持 ~ ^ ( ) [ ] { } : \\ / ! - + && ||")).total(),
                "syntax characters are punctuation and drop out");
        // SQL-looking text is just words
        SearchResult sql = run(SearchQuery.text("' OR 1=1; DROP TABLE notice; --"));
        assertEquals(0, sql.total());
        assertNull(sql.messageKey());
        // 1,000 characters
        assertEquals(0, run(SearchQuery.text("水土保持方案编制报告书".repeat(90))).total(), "words beyond the first 32 are not required");
        assertEquals(12, run(SearchQuery.text("水土保持" + "，".repeat(996))).total());
        String mixed = ("水土保持方案 \"东五路 片区\" AND 😀 ' OR 1=1 -- 环境影响评价报告书；测量").repeat(40).substring(0, 1000);
        assertEquals(1000, mixed.length());
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            distinct.appendCodePoint(0x4E00 + i * 7);
        }
        assertTrue(new SafeQueries(SearchAnalyzers.forIndex()).tokens(distinct.toString()).size() > 300,
                "hundreds of different words, beyond Lucene's 1,024 clauses over four fields");
        assertEquals(0, run(SearchQuery.text(distinct.toString())).total());
        assertEquals(0, run(SearchQuery.text(mixed)).total());
    }

    @Test
    void anEmptyOrMissingIndexAnswersNoHits() throws Exception {
        ByteBuffersDirectory none = new ByteBuffersDirectory();
        SearchResult missing = new IndexSearch(none, SearchAnalyzers.forIndex())
                .search(SearchQuery.text("水土保持").filter(SearchFacet.REGION, "610102").build());
        assertEquals(0, missing.total());
        assertEquals(List.of(), missing.facets().get(SearchFacet.REGION));
        try (IndexWriter w = new IndexWriter(none, new IndexWriterConfig(SearchAnalyzers.forIndex()))) {
            w.commit();
        }
        SearchResult empty = new IndexSearch(none, SearchAnalyzers.forIndex()).search(SearchQuery.text("水土保持").build());
        assertEquals(0, empty.total());
        assertEquals(List.of(), empty.facets().get(SearchFacet.METHOD));
    }

    @Test
    void aQuotedPhraseMustOccurAsWritten() {
        assertEquals(Set.of(15L, 11L), Set.copyOf(ids(run(SearchQuery.text("\"幸福林带配套道路\"")))));
        assertEquals(0, run(SearchQuery.text("\"保持水土\"")).total(), "the words in the other order are no match");
        assertEquals(12, run(SearchQuery.text("保持水土")).total(), "without quotes the order does not matter");
    }
}
