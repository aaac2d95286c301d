package org.zjcs.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Keyset pages over the numbers 1..25 in ascending order, 10 a page. */
class KeysetPageTest {

    static final List<Integer> ALL = IntStream.rangeClosed(1, 25).boxed().toList();

    /** What a repository does: rows after (or before) the cursor, at most limit, always in list order. */
    static List<Integer> rows(KeysetCursor c, boolean backwards, int limit) {
        if (c == null) {
            return ALL.subList(0, Math.min(limit, ALL.size()));
        }
        int at = (int) c.id();
        if (backwards) {
            List<Integer> before = ALL.stream().filter(n -> n < at).toList();
            return before.subList(Math.max(0, before.size() - limit), before.size());
        }
        return ALL.stream().filter(n -> n > at).limit(limit).toList();
    }

    static KeysetPage<Integer> page(String after, String before) {
        return KeysetPage.read(after, before, k -> true, 10, KeysetPageTest::rows);
    }

    static String cursor(int n) {
        return new KeysetCursor("k", n).encode();
    }

    @Test
    void walksForwardAndBackOverEveryRowOnce() {
        KeysetPage<Integer> first = page(null, null);
        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), first.rows());
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());

        KeysetPage<Integer> second = page(cursor(10), null);
        assertEquals(IntStream.rangeClosed(11, 20).boxed().toList(), second.rows());
        assertTrue(second.hasNext());
        assertTrue(second.hasPrevious());

        KeysetPage<Integer> last = page(cursor(20), null);
        assertEquals(List.of(21, 22, 23, 24, 25), last.rows());
        assertFalse(last.hasNext(), "no page beyond the last");

        KeysetPage<Integer> back = page(null, cursor(21));
        assertEquals(IntStream.rangeClosed(11, 20).boxed().toList(), back.rows(), "previous: the ten before, in order");
        assertTrue(back.hasPrevious());
        assertTrue(back.hasNext());
        KeysetPage<Integer> backToFirst = page(null, cursor(11));
        assertEquals(first.rows(), backToFirst.rows());
        assertFalse(backToFirst.hasPrevious(), "nothing before the first page");
    }

    @Test
    void aCursorWithNothingBeforeItOrUnreadableIsTheFirstPage() {
        assertEquals(page(null, null), page(null, cursor(1)));
        assertEquals(page(null, null), page("not-a-cursor", null));
        assertEquals(page(null, null), KeysetPage.read(cursor(10), null, k -> false, 10, KeysetPageTest::rows),
                "a cursor the list cannot use is ignored");
    }

    @Test
    void theTokensAreTheLastAndFirstRowsOnlyWhereThereIsAPageThatWay() {
        KeysetPage<Integer> first = page(null, null);
        assertEquals("10", first.nextToken(String::valueOf));
        assertNull(first.previousToken(String::valueOf), "no previous page before the first");
        KeysetPage<Integer> second = page(cursor(10), null);
        assertEquals("11", second.previousToken(String::valueOf));
        assertEquals("20", second.nextToken(String::valueOf));
        assertNull(page(cursor(20), null).nextToken(String::valueOf), "no next page after the last");
    }

    @Test
    void aTimeListGetsTheCursorsTimeAndIdAndTakesNoOtherCursor() {
        Instant at = Instant.parse("2026-11-02T03:04:05.123456Z");
        List<Object> asked = new ArrayList<>();
        KeysetPage.TimeQuery<Integer> query = (t, id, backwards, limit) -> {
            asked.add(t + " " + id + " " + backwards + " " + limit);
            return List.of(1, 2, 3);
        };
        KeysetPage<Integer> p = KeysetPage.byTime(KeysetCursor.at(at, 42).encode(), null, 2, query);
        assertEquals(List.of(1, 2), p.rows());
        assertTrue(p.hasNext());
        assertTrue(p.hasPrevious());
        assertEquals(List.of("2026-11-02T03:04:05.123456Z 42 false 3"), asked);
        asked.clear();
        KeysetPage.byTime(new KeysetCursor("陕西", 42).encode(), "garbage", 2, query);
        assertEquals(List.of("null null false 3"), asked, "a cursor without a time is the first page");
    }
}
