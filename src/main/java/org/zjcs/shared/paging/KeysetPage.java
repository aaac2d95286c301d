package org.zjcs.shared.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One page of a keyset-paged list, read from the {@code after} / {@code before} cursors of a request: the query is
 * asked for one row more than a page, in list order, and the extra row says whether there is a page beyond. A cursor
 * that cannot be read (or is not {@code usable}) is the first page, never an error; a "previous" cursor with nothing
 * before it any more is the first page too.
 */
public record KeysetPage<T>(List<T> rows, boolean hasNext, boolean hasPrevious) {

    /** The rows after (or, {@code backwards}, before) the cursor, at most {@code limit}, always in list order. */
    @FunctionalInterface
    public interface Query<T> {
        List<T> rows(KeysetCursor cursor, boolean backwards, int limit);
    }

    /** The rows after (or before) a time and id, at most {@code limit}, in list order; no time is the list's start. */
    @FunctionalInterface
    public interface TimeQuery<T> {
        List<T> rows(Instant time, Long id, boolean backwards, int limit);
    }

    /**
     * One page of a list ordered by a time and then by id, whose cursors are {@link KeysetCursor#at}: a cursor whose
     * key is no time is the first page.
     */
    public static <T> KeysetPage<T> byTime(String after, String before, int size, TimeQuery<T> query) {
        return read(after, before, c -> c.time().isPresent(), size, (c, backwards, limit) ->
                query.rows(c == null ? null : c.time().orElseThrow(), c == null ? null : c.id(), backwards, limit));
    }

    public static <T> KeysetPage<T> read(String after, String before, Predicate<KeysetCursor> usable, int size,
                                         Query<T> query) {
        Optional<KeysetCursor> a = KeysetCursor.decode(after).filter(usable);
        Optional<KeysetCursor> b = a.isPresent() ? Optional.empty() : KeysetCursor.decode(before).filter(usable);
        boolean backwards = b.isPresent();
        KeysetCursor cursor = a.or(() -> b).orElse(null);
        List<T> found = new ArrayList<>(query.rows(cursor, backwards, size + 1));
        boolean more = found.size() > size;
        if (more) {
            found.remove(backwards ? 0 : found.size() - 1); // the extra row lies beyond the page's far end
        }
        if (!backwards) {
            return new KeysetPage<>(List.copyOf(found), more, cursor != null);
        }
        if (found.isEmpty()) {
            return read(null, null, usable, size, query);
        }
        return new KeysetPage<>(List.copyOf(found), true, more);
    }

    /** The cursor of the next page ({@code token} of the last row), or null on the last page. */
    public String nextToken(Function<? super T, String> token) {
        return hasNext && !rows.isEmpty() ? token.apply(rows.get(rows.size() - 1)) : null;
    }

    /** The cursor of the previous page ({@code token} of the first row), or null on the first page. */
    public String previousToken(Function<? super T, String> token) {
        return hasPrevious && !rows.isEmpty() ? token.apply(rows.get(0)) : null;
    }
}
