package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;

/**
 * The rebuild writes from several threads (issue 18, a faster rebuild): every document handed over is in the index
 * once, a failing document fails the rebuild instead of being skipped silently, and the highlighted fields carry
 * their offsets in the postings (the highlighter does not segment the text again).
 */
class RebuildWriterTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    static IndexedDocument notice(long id) {
        return new SearchDocument(id, "长安区" + id + "号安置房项目水土保持方案编制", "西安市长安区住房和城乡建设局", "ZJ003",
                "水土保持方案编制", "610116", SelectionMethod.RANDOM_DRAW, NoticeStatus.PUBLISHED, FundSource.FISCAL,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60 * id), new BigDecimal("80000"),
                "编制水土保持方案报告书并通过审查。").indexed();
    }

    @Test
    void everyBatchHandedOverIsIndexedOnceFromSeveralThreads() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex()))) {
            RebuildWriter out = new RebuildWriter(w, pool, 3);
            long id = 1;
            for (int b = 0; b < 40; b++) {
                List<IndexedDocument> batch = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    batch.add(notice(id++));
                }
                out.add(batch);
            }
            out.finish();
            assertEquals(1_000, out.added());
            w.commit();
        }
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            assertEquals(1_000, r.numDocs());
            FieldInfos infos = FieldInfos.getMergedFieldInfos(r);
            for (String f : new String[] {SearchFields.TITLE, SearchFields.SUMMARY}) {
                FieldInfo fi = infos.fieldInfo(f);
                assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, fi.getIndexOptions(), f);
            }
        }
        SearchResult found = new IndexSearch(dir, SearchAnalyzers.forIndex())
                .search(SearchQuery.text("水土保持").build());
        assertEquals(1_000, found.total());
        assertTrue(found.hits().get(0).titleHtml().contains("<em>水土保持</em>"), found.hits().get(0).titleHtml());
    }

    @Test
    void aDocumentThatCannotBeIndexedFailsTheRebuild() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex()))) {
            RebuildWriter out = new RebuildWriter(w, pool, 2);
            out.add(List.of(notice(1), notice(2)));
            List<IndexedDocument> broken = new ArrayList<>();
            broken.add(notice(3));
            broken.add(null);
            out.add(broken);
            assertThrows(RuntimeException.class, () -> {
                for (int i = 0; i < 50; i++) {
                    out.add(List.of(notice(10 + i)));
                }
                out.finish();
            });
        }
    }
}
