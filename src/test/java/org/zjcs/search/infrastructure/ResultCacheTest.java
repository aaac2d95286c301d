package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;

/**
 * The same search asked again of the same reader is answered from the kept result (issue 18: popular searches at
 * province scale), and never once the index changed: a new notice is found by the next search.
 */
class ResultCacheTest {

    @Test
    void theSameSearchOfTheSameReaderIsKeptAndANewReaderSearchesAgain() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexSearch search = new IndexSearch(dir, SearchAnalyzers.forIndex());
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex()))) {
            w.addDocument(SearchFields.document(RebuildWriterTest.notice(1)));
            w.addDocument(SearchFields.document(RebuildWriterTest.notice(2)));
            w.commit();
            try (DirectoryReader first = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(first);
                SearchResult a = search.search(s, SearchQuery.text("水土保持").build());
                assertEquals(2, a.total());
                assertSame(a, search.search(s, SearchQuery.text("水土保持").build()), "asked again: the kept result");
                SearchResult filtered = search.search(s, SearchQuery.text("水土保持")
                        .filter(SearchFacet.REGION, "610102").build());
                assertEquals(0, filtered.total(), "another query is another result");
                assertNotSame(a, search.search(s, SearchQuery.text("水土保持").page(2, 20).build()));

                w.addDocument(SearchFields.document(RebuildWriterTest.notice(3)));
                w.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first, w)) {
                    SearchResult b = search.search(new IndexSearcher(second), SearchQuery.text("水土保持").build());
                    assertEquals(3, b.total(), "a new reader: the new notice is found");
                }
            }
        }
    }
}
