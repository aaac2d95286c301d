package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.infrastructure.IndexUpdates.Change;

/** Change-log rows become updates and deletes; the watermark waits for holes in the ids; it survives in the commit. */
class IndexUpdatesTest {

    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    /** What the database would answer for each notice now (absent: a draft, never published, or gone). */
    private final Map<Long, SearchDocument> database = new HashMap<>();
    private final List<Long> reads = new ArrayList<>();

    /** The notices' reader as the index has it: other entities are followed by no reader here (null: skipped). */
    private List<IndexedDocument> load(String entity, long id) {
        if (!IndexUpdates.NOTICE.equals(entity)) {
            return null;
        }
        reads.add(id);
        SearchDocument d = database.get(id);
        return d == null ? List.of() : List.of(d.indexed());
    }

    private static SearchDocument notice(long id, String title, NoticeStatus status) {
        return new SearchDocument(id, title, "西安市新城区教育局", "ZJ003", "环境影响评价", "610102",
                SelectionMethod.RANDOM_DRAW, status, FundSource.FISCAL, Instant.parse("2026-11-02T02:00:00Z"),
                new BigDecimal("50000.00"), "编制环境影响报告表");
    }

    private static Change row(long id, long notice) {
        return new Change(id, IndexUpdates.NOTICE, notice);
    }

    private List<Long> found(String text) {
        SearchResult r = new IndexSearch(dir, SearchAnalyzers.forIndex()).search(SearchQuery.text(text).build());
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private IndexWriter writer() throws IOException {
        return new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.forIndex()));
    }

    @Test
    void aPublishedNoticeIsAddedThenReplacedAndACancelledOneKeepsItsPublicPage() throws IOException {
        try (IndexWriter w = writer()) {
            database.put(7L, notice(7, "幸福林带水土保持方案编制", NoticeStatus.PUBLISHED));
            IndexUpdates.apply(w, List.of(row(1, 7)), this::load);
            IndexUpdates.commit(w, 1);
            assertEquals(List.of(7L), found("水土保持"));

            // corrected: the new text replaces the old one, no second document
            database.put(7L, notice(7, "幸福林带环境影响评价", NoticeStatus.CANCELLED));
            IndexUpdates.Applied a = IndexUpdates.apply(w, List.of(row(2, 7)), this::load);
            IndexUpdates.commit(w, 2);
            assertEquals(new IndexUpdates.Applied(1, 0), a);
            assertEquals(List.of(), found("水土保持"));
            assertEquals(List.of(7L), found("环境影响"), "a cancelled notice stays public (its 终止公告 is shown)");
        }
    }

    @Test
    void aNoticeThatIsNoLongerPublicOrGoneIsDeleted() throws IOException {
        try (IndexWriter w = writer()) {
            database.put(7L, notice(7, "水土保持方案编制", NoticeStatus.PUBLISHED));
            database.put(8L, notice(8, "水土保持监测", NoticeStatus.PUBLISHED));
            IndexUpdates.apply(w, List.of(row(1, 7), row(2, 8)), this::load);
            IndexUpdates.commit(w, 2);
            assertEquals(2, found("水土保持").size());

            database.remove(8L);
            IndexUpdates.Applied a = IndexUpdates.apply(w, List.of(row(3, 8)), this::load);
            IndexUpdates.commit(w, 3);
            assertEquals(new IndexUpdates.Applied(0, 1), a);
            assertEquals(List.of(7L), found("水土保持"));
        }
    }

    @Test
    void aNoticeNamedByManyRowsIsReadOnceAndOtherKindsAreSkipped() throws IOException {
        try (IndexWriter w = writer()) {
            database.put(7L, notice(7, "水土保持方案编制", NoticeStatus.PUBLISHED));
            IndexUpdates.apply(w, List.of(row(1, 7), new Change(2, "FIRM", 7), row(3, 7), row(4, 7)), this::load);
            assertEquals(List.of(7L), reads);
        }
    }

    @Test
    void aRowReplacesEveryDocumentOfItsSourceAnnouncementsIncluded() throws IOException {
        Map<Long, List<IndexedDocument>> withAnnouncements = new HashMap<>();
        SearchDocument n = notice(7, "幸福林带水土保持方案编制", NoticeStatus.ANNOUNCED);
        withAnnouncements.put(7L, List.of(n.indexed(),
                NoticeRows.announcement(n, 70, "CORRECTION", Instant.parse("2026-11-03T02:00:00Z"), "更正服务期限"),
                NoticeRows.announcement(n, 71, "RESULT", Instant.parse("2026-11-10T02:00:00Z"), "")));
        IndexUpdates.Loader load = (entity, id) -> withAnnouncements.getOrDefault(id, List.of());
        try (IndexWriter w = writer()) {
            IndexUpdates.apply(w, List.of(row(1, 7)), load);
            IndexUpdates.commit(w, 1);
            assertEquals(3, new IndexSearch(dir, SearchAnalyzers.forIndex())
                    .search(SearchQuery.text("水土保持").build()).total());
            // the correction was voided: the notice is read again, its documents replaced (no duplicates)
            withAnnouncements.put(7L, List.of(n.indexed(), withAnnouncements.get(7L).get(2)));
            IndexUpdates.apply(w, List.of(row(2, 7)), load);
            IndexUpdates.commit(w, 2);
            SearchResult r = new IndexSearch(dir, SearchAnalyzers.forIndex()).search(SearchQuery.text("水土保持").build());
            assertEquals(Set.of("NOTICE:7", "ANNOUNCEMENT:71"),
                    r.hits().stream().map(h -> h.kind() + ":" + h.id()).collect(java.util.stream.Collectors.toSet()));
            // no longer public: all of them go
            withAnnouncements.remove(7L);
            assertEquals(new IndexUpdates.Applied(0, 1), IndexUpdates.apply(w, List.of(row(3, 7)), load));
            IndexUpdates.commit(w, 3);
            assertEquals(List.of(), found("水土保持"));
        }
    }

    @Test
    void anIndexOfAnotherLayoutHasNoWatermarkSoItIsRebuilt() throws IOException {
        try (IndexWriter w = writer()) {
            w.setLiveCommitData(Map.of(IndexUpdates.LAST_CHANGE, "41").entrySet()); // as the notices-only index wrote
            w.commit();
        }
        assertEquals(-1, IndexUpdates.lastApplied(dir));
    }

    @Test
    void theWatermarkWaitsForAHoleThenPassesItWhenItIsOld() {
        AtomicLong now = new AtomicLong(0);
        IndexUpdates u = new IndexUpdates(30, now::get);
        // row 11 is missing: a transaction that took it may still commit
        assertEquals(10, u.watermark(9, List.of(row(10, 1), row(12, 2), row(13, 3))));
        now.set(29);
        assertEquals(10, u.watermark(10, List.of(row(12, 2), row(13, 3))));
        // it committed late: the watermark moves on to the end
        assertEquals(13, u.watermark(10, List.of(row(11, 4), row(12, 2), row(13, 3))));
        // another hole (14) that never fills (a rolled-back transaction) is passed after the wait
        assertEquals(13, u.watermark(13, List.of(row(15, 5))));
        now.set(29 + 31);
        assertEquals(15, u.watermark(13, List.of(row(15, 5))));
    }

    @Test
    void aJumpInTheIdsIsNoHole() {
        IndexUpdates u = new IndexUpdates(1_000_000, () -> 0);
        assertEquals(50_000, u.watermark(0, List.of(row(50_000, 1))));
        assertEquals(50_000, u.watermark(50_000, List.of()));
    }

    @Test
    void theWatermarkIsKeptInTheCommitSoARestartedServerKnowsItsPosition() throws IOException {
        assertEquals(-1, IndexUpdates.lastApplied(dir), "no index yet");
        try (IndexWriter w = writer()) {
            database.put(7L, notice(7, "水土保持方案编制", NoticeStatus.PUBLISHED));
            IndexUpdates.apply(w, List.of(row(41, 7)), this::load);
            IndexUpdates.commit(w, 41);
        }
        assertEquals(41, IndexUpdates.lastApplied(dir));
        try (IndexWriter w = writer()) {
            IndexUpdates.commit(w, 57);
        }
        assertEquals(57, IndexUpdates.lastApplied(dir));
        assertTrue(found("水土保持").contains(7L));
    }
}
