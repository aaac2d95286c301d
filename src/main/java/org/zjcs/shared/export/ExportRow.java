package org.zjcs.shared.export;

import java.util.List;

/**
 * One row of an export: its keyset position ({@code key}, handed back to the source to read the next batch after it)
 * and its values, one per column: {@code String} (TEXT and LABEL) or {@link LocalizedValue} (TEXT), {@code Number} (INTEGER, DECIMAL, MONEY),
 * {@code java.time.Instant} / {@code LocalDateTime} / {@code LocalDate} (DATE, DATE_TIME), or {@code null} (an empty cell).
 */
public record ExportRow(String key, List<Object> values) {

    public static ExportRow of(String key, Object... values) {
        return new ExportRow(key, java.util.Arrays.asList(values));
    }
}
