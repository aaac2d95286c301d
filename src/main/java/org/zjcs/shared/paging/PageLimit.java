package org.zjcs.shared.paging;

import java.util.OptionalInt;

/** The {@code limit} (rows per page) a list API takes: one or two digits within 1..max, the default when absent. */
public final class PageLimit {

    private PageLimit() {
    }

    /** The limit {@code text} asks for; {@code fallback} when it is absent or blank; empty when it is no limit taken. */
    public static OptionalInt parse(String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return OptionalInt.of(fallback);
        }
        if (!text.matches("[0-9]{1,2}")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(text);
        return n >= 1 && n <= max ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
