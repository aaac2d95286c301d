package org.zjcs.supervision.domain.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts behind a warning, as a regulator reads them: a few figures (key → value, in order; the keys are message
 * keys {@code risk.fig.<key>}) and a table (columns are message keys {@code risk.col.<column>}, one row per fact:
 * a notice, a bid, a firm). Plain text values: names and notice numbers as found, shares and prices formatted.
 */
public record Evidence(Map<String, String> figures, List<String> columns, List<List<String>> rows) {

    public Evidence {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
