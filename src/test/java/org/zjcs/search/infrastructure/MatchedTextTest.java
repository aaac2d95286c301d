package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;

/**
 * The visitor's words are matched in one field holding title, service item, owner and summary (issue 18, speed at
 * province scale): a word of any of them finds the notice, a word in the title ranks it first, a quoted phrase does
 * not run from one value into the next, and words found only in the summary are still marked in its snippet.
 */
class MatchedTextTest {

    static SearchDocument notice(long id, String title, String owner, String summary) {
        return new SearchDocument(id, title, owner, "ZJ003", "水土保持方案编制", "610116", SelectionMethod.RANDOM_DRAW,
                NoticeStatus.PUBLISHED, FundSource.FISCAL, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(id),
                new BigDecimal("60000"), summary);
    }

    static IndexSearch index(SearchDocument... docs) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex()))) {
            for (SearchDocument d : docs) {
                w.addDocument(SearchFields.document(d));
            }
        }
        return new IndexSearch(dir, SearchAnalyzers.forIndex());
    }

    @Test
    void aWordOfAnyPartFindsTheNoticeAndTheTitleRanksFirst() throws Exception {
        IndexSearch s = index(
                notice(1, "长安区幼儿园新建工程测绘", "西安市长安区教育局", "编制地形图，完成竣工测量。"),
                notice(2, "高新区道路改造工程", "西安高新区市政局", "对沿线幼儿园周边管线进行测绘。"),
                notice(3, "雁塔区供热管网改造", "西安市雁塔区住房和城乡建设局", "供热管网改造前的现状测量。"));
        SearchResult r = s.search(SearchQuery.text("幼儿园").build());
        assertEquals(2, r.total());
        assertEquals(1, r.hits().get(0).id(), "the notice with the word in its title comes first");
        assertTrue(r.hits().get(1).summaryHtml().contains("<em>幼儿园</em>"), r.hits().get(1).summaryHtml());
        assertEquals(List.of(3L), s.search(SearchQuery.text("雁塔区 住房").build()).hits().stream()
                .map(SearchResult.Hit::id).toList(), "the owner unit's words find its notice");
        assertEquals(3, s.search(SearchQuery.text("水土保持").build()).total(), "the service item's name is matched");
    }

    @Test
    void aQuotedPhraseDoesNotRunFromTheTitleIntoTheServiceItem() throws Exception {
        // the title ends with 生态, the service item's name (the next value) starts with 水土
        IndexSearch s = index(notice(1, "浐河河道治理生态", "西安市水务局", "编制方案并报批。"));
        assertEquals(1, s.search(SearchQuery.text("生态 水土").build()).total(), "as words: both are there");
        assertEquals(0, s.search(SearchQuery.text("\"生态 水土\"").build()).total(), "as a phrase: not across values");
        assertEquals(1, s.search(SearchQuery.text("\"河道治理\"").build()).total(), "a phrase inside the title");
        assertEquals(1, s.search(SearchQuery.text("\"水土保持\"").build()).total(), "a phrase inside the item's name");
    }

    @Test
    void eachWordIsMarkedWhereverItOccursAndAPhraseOnlyAsAWhole() throws Exception {
        // 测绘 is in the title, 幼儿园 only in the summary: the title marks its word although the other is not in it
        IndexSearch s = index(notice(1, "高新区道路改造工程测绘", "西安高新区市政局", "对沿线幼儿园周边管线进行测绘。"));
        SearchResult.Hit hit = s.search(SearchQuery.text("幼儿园 测绘").build()).hits().get(0);
        assertEquals("高新区道路改造工程<em>测绘</em>", hit.titleHtml());
        assertTrue(hit.summaryHtml().contains("<em>幼儿园</em>") && hit.summaryHtml().contains("<em>测绘</em>"),
                hit.summaryHtml());
        // a phrase: 道路 alone (in 道路改造, not followed by 测绘) is not marked
        SearchResult.Hit phrase = s.search(SearchQuery.text("\"工程测绘\"").build()).hits().get(0);
        assertEquals("高新区道路改造<em>工程测绘</em>", phrase.titleHtml());
    }

    @Test
    void punctuationTypedAfterTheWordsSeparatesThemAsASpaceDoes() throws Exception {
        IndexSearch s = index(notice(1, "曲江新区供热管网改造工程测绘", "西安曲江新区管委会", "管网改造前的现状测量。"));
        assertEquals(1, s.search(SearchQuery.text("供热管网").build()).total());
        // SmartCN segmented 供热管网， as 供热 管 网 (no title holds 管 and 网 apart): nothing was found
        for (String typed : List.of("供热管网，", "供热管网、、", "“供热管网”", "供热管网。测绘", "（供热管网）")) {
            assertEquals(1, s.search(SearchQuery.text(typed).build()).total(), typed);
        }
    }
}
