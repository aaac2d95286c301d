package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.domain.SearchResult.Hit;

/** An operator's published article as a search document: its HTML body as text, category, date, link. */
class ArticleRowsTest {

    static final String BODY = "<h2>第一章 总则</h2><p>为提高<strong>中介服务</strong>效能，规范&lt;服务时限&gt;&amp;收费。</p>"
            + "<ul><li>网上选取</li><li><a href=\"https://example.org/x\">评价</a></li></ul>";

    static IndexedDocument policy() {
        return ArticleRows.document(41, "关于进一步提升中介服务效能的通知", "规范中介服务行为", BODY, "POLICY",
                LocalDate.of(2026, 3, 2), Instant.parse("2026-11-30T02:00:00Z"));
    }

    @Test
    void theDocumentCarriesTheTextWithoutTheHtml() {
        IndexedDocument d = policy();
        assertEquals(SearchKind.ARTICLE, d.kind());
        assertEquals("ARTICLE:41", d.source());
        assertEquals("/article.xhtml?id=41", d.link());
        assertEquals("POLICY", d.detail(), "the category is shown with the hit");
        assertEquals(List.of("ARTICLE"), d.facetValues(SearchFacet.KIND));
        assertEquals("规范中介服务行为 第一章 总则 为提高中介服务效能，规范<服务时限>&收费。 网上选取 评价", d.summary());
        assertFalse(d.summary().contains("<p>") || d.summary().contains("href") || d.summary().contains("&lt;"),
                "no tag, attribute or entity left");
        // the publication date readers see is a day in Asia/Shanghai
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), d.publishedAt());
    }

    @Test
    void withoutAPublicationDateThePublicationTimeIsShownAndABlankSummaryIsJustTheBody() {
        IndexedDocument d = ArticleRows.document(42, "办事指南", null, "<p>步骤</p>", "GUIDE", null,
                Instant.parse("2026-11-30T02:00:00Z"));
        assertEquals(Instant.parse("2026-11-30T02:00:00Z"), d.publishedAt());
        assertEquals("步骤", d.summary());
        assertEquals("", ArticleRows.plainText(null));
        assertEquals("", ArticleRows.plainText("<p> </p>"));
    }

    @Test
    void aWordOfTheBodyFindsTheArticleButNotItsMarkup() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex()))) {
            w.addDocument(SearchFields.document(policy()));
            w.addDocument(SearchFields.document(SearchKindsTest.item(3, "ZJ003", "水土保持方案编制", "水土保持")));
        }
        IndexSearch search = new IndexSearch(dir, SearchAnalyzers.forIndex());
        SearchResult r = search.search(SearchQuery.text("网上选取").page(1, 10).build());
        assertEquals(Set.of("ARTICLE:41"), r.hits().stream().map(h -> h.kind() + ":" + h.id()).collect(Collectors.toSet()));
        Hit h = r.hits().get(0);
        assertEquals("POLICY", h.detail());
        assertTrue(h.summaryHtml().contains("<em>"), h.summaryHtml());
        assertEquals(1L, r.facets().get(SearchFacet.KIND).stream().filter(c -> c.value().equals("ARTICLE"))
                .findFirst().orElseThrow().count());
        assertEquals(List.of(), search.search(SearchQuery.text("strong").page(1, 10).build()).hits(),
                "a tag name is no word of the article");
        assertEquals(List.of(), search.search(SearchQuery.text("example").page(1, 10).build()).hits(),
                "a link's address is not shown, so not searched");
    }
}
