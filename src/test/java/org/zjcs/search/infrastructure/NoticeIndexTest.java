package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zjcs.procurement.domain.FundSource;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.infrastructure.IndexUpdates.Change;

/**
 * One server's index on disk: it starts empty (watermark -1, waiting for a rebuild), a rebuilt generation is swapped
 * in and brought up to the change log, later rows are applied, and after a restart the index and its watermark are
 * still there while the old generation's directory is gone.
 */
class NoticeIndexTest {

    @TempDir
    Path base;

    /** The database as the index reads it: notices (public ones only) and the change log. */
    static final class FakeRows extends SearchRows {
        final Map<Long, SearchDocument> notices = new HashMap<>();
        final List<Change> log = new ArrayList<>();

        FakeRows() {
            super(List.of());
        }

        @Override
        public KindRows reader(String entity) {
            if (!IndexUpdates.NOTICE.equals(entity)) {
                return null;
            }
            return new KindRows() {
                @Override
                public String entity() {
                    return IndexUpdates.NOTICE;
                }

                @Override
                public List<IndexedDocument> documents(long id) {
                    SearchDocument d = notices.get(id);
                    return d == null ? List.of() : List.of(d.indexed());
                }

                @Override
                public Batch after(long afterId, int limit) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Map<SearchKind, Long> publicCounts() {
                    return Map.of(SearchKind.NOTICE, (long) notices.size());
                }
            };
        }

        @Override
        public List<Change> changesAfter(long afterId, int limit) {
            return log.stream().filter(c -> c.id() > afterId).limit(limit).toList();
        }

        void change(long noticeId, SearchDocument now) {
            if (now == null) {
                notices.remove(noticeId);
            } else {
                notices.put(noticeId, now);
            }
            log.add(new Change(log.size() + 1, IndexUpdates.NOTICE, noticeId));
        }
    }

    private static SearchDocument notice(long id, String title) {
        return new SearchDocument(id, title, "西安市新城区教育局", "ZJ003", "环境影响评价", "610102",
                SelectionMethod.RANDOM_DRAW, NoticeStatus.PUBLISHED, FundSource.FISCAL,
                Instant.parse("2026-11-02T02:00:00Z"), new BigDecimal("50000.00"), "编制环境影响报告表");
    }

    private static List<Long> found(NoticeIndex index, String text) {
        SearchResult r = index.search(SearchQuery.text(text).build());
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void emptyThenRebuiltThenFollowingTheLogAndStillThereAfterARestart() throws IOException {
        FakeRows rows = new FakeRows();
        rows.change(1, notice(1, "水土保持方案编制"));
        rows.change(2, notice(2, "环境影响评价报告书 kestrel"));

        NoticeIndex index = new NoticeIndex(base, rows);
        assertEquals(-1, index.open(), "a new directory has no watermark: the server rebuilds");
        index.catchUp();
        assertEquals(List.of(), found(index, "水土保持"), "nothing is applied before the rebuild");
        Path first = IndexGeneration.current(base);

        // the rebuild: every public notice, then the rows written since its start are applied at the swap
        IndexGeneration rebuilt = IndexGeneration.create(IndexGeneration.fresh(base), 2);
        rebuilt.writer().addDocument(SearchFields.document(rows.notices.get(1L)));
        rebuilt.writer().addDocument(SearchFields.document(rows.notices.get(2L)));
        rebuilt.commit(2);
        rows.change(3, notice(3, "水土保持监测"));
        index.swapIn(rebuilt);
        assertEquals(3, index.mark());
        assertEquals(List.of(1L, 3L), found(index, "水土保持").stream().sorted().toList());
        assertEquals(List.of(2L), found(index, "kestrel"));
        assertTrue(Files.notExists(first), "the old generation is deleted");
        assertEquals(rebuilt.path(), IndexGeneration.current(base));

        // later changes: one replaced, one leaves public view
        rows.change(1, notice(1, "抗震加固工程"));
        rows.change(2, null);
        index.catchUp();
        assertEquals(List.of(3L), found(index, "水土保持"));
        assertEquals(List.of(), found(index, "kestrel"));
        assertEquals(2, index.documents());
        assertEquals(5, index.mark());
        index.close();

        // a restart: the index and its position are on disk; a row written while it was down is applied
        rows.change(3, notice(3, "水土保持监测 更正"));
        NoticeIndex again = new NoticeIndex(base, rows);
        assertEquals(5, again.open());
        again.catchUp();
        assertEquals(6, again.mark());
        assertEquals(List.of(3L), found(again, "更正"));
        assertEquals(List.of(1L), found(again, "抗震加固"));
        again.close();
    }
}
