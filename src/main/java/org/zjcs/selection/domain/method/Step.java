package org.zjcs.selection.domain.method;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.zjcs.selection.domain.draw.DrawStep;

/**
 * One step of a selection as data, for a verify page or the command line: a key (listed in docs/draw.md, e.g.
 * {@code coefficient.drawn}) and named values as plain strings, in a fixed order. No localized text.
 */
public record Step(String key, Map<String, String> values) {

    /** The key of a draw step; its values are purpose, n, counters, rejected, block, u, index. */
    public static final String DRAW = "draw";

    public Step {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A step from alternating names and values; a BigDecimal is written plain, a collection comma-separated. */
    public static Step of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], text(namesAndValues[i + 1]));
        }
        return new Step(key, m);
    }

    /** A recorded draw as a step. */
    public static Step of(DrawStep d) {
        return of(DRAW, "purpose", d.purpose(), "n", d.n(), "counters", d.counters(), "rejected",
                d.rejectedCounters(), "block", d.blockHex(), "u", d.u(), "index", d.index());
    }

    public String value(String name) {
        return values.get(name);
    }

    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Step::text).collect(Collectors.joining(","));
        }
        return v.toString();
    }

    @Override
    public String toString() {
        return key + values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", " {", "}"));
    }
}
