package org.zjcs.shared.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a work list and the bound of each source's query. */
class WorkListTest {

    static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    static WorkItem at(String subject, String due) {
        return WorkItem.due("k", subject, "s", List.of(), due == null ? null : Instant.parse(due), "d", NOW, "/x");
    }

    @Test
    void overdueFirstThenSoonestThenUndated() {
        WorkList a = new WorkList(List.of(at("later", "2026-12-20T00:00:00Z"), at("none1", null),
                at("overdue-recent", "2026-12-05T00:00:00Z")), List.of());
        WorkList b = new WorkList(List.of(at("soon", "2026-12-07T00:00:00Z"), at("overdue-long", "2026-11-01T00:00:00Z"),
                at("none2", null)), List.of(new WorkList.More("m", "/more")));
        WorkList merged = WorkList.merge(List.of(a, b));
        assertEquals(List.of("overdue-long", "overdue-recent", "soon", "later", "none1", "none2"),
                merged.items().stream().map(WorkItem::subject).toList());
        assertEquals(List.of(new WorkList.More("m", "/more")), merged.more());
        assertTrue(merged.items().get(0).overdue());
        assertFalse(merged.items().get(2).overdue());
        assertEquals(null, merged.items().get(4).dueKey(), "no due label without a due date");
    }

    @Test
    void aQueryBeyondTheLimitKeepsTheLimitAndOffersItsFullList() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i <= WorkListService.LIMIT; i++) {
            rows.add(i);
        }
        WorkList l = new WorkList.Builder().add(rows, i -> at("n" + i, null), "more.key", "/all")
                .add(List.of(1, 2), i -> at("m" + i, null), "more.key", "/all").build();
        assertEquals(WorkListService.LIMIT + 2, l.items().size());
        assertEquals(List.of(new WorkList.More("more.key", "/all")), l.more(), "offered once");
        WorkList few = new WorkList.Builder().add(List.of(1, 2), i -> at("m" + i, null), "more.key", "/all").build();
        assertTrue(few.more().isEmpty());
    }
}
