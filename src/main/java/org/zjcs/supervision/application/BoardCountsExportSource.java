package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;
import org.zjcs.shared.export.LocalizedValue;
import org.zjcs.supervision.application.BoardQueries.CountRow;
import org.zjcs.supervision.domain.BoardDimension;
import org.zjcs.supervision.domain.BoardFilter;

/**
 * The board's counts table (open, overdue, due soon by one dimension) as an Excel export: {@code dim} (default
 * DEPARTMENT, as the page), {@code kind} and {@code party}, like the table beside the chart (which ignores the list's
 * value and state). The same scope and request instant as {@link BoardItemsExportSource}. At most
 * {@link BoardQueries#MAX_COUNT_ROWS} rows, the most overdue first: the whole table is read for each batch (it is
 * small) and the keyset is the row's position in it.
 */
@ApplicationScoped
@Transactional
public class BoardCountsExportSource implements ExportSource {

    public static final String KIND = "BOARD_COUNTS";

    @Inject
    BoardAccess access;

    @Inject
    BoardQueries queries;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ExportParameters authorize(ExportParameters requested) {
        BoardScope scope = access.scope();
        BoardFilter f = BoardItemsExportSource.filter(requested);
        BoardDimension d = BoardDimension.parse(requested.get("dim"), BoardDimension.DEPARTMENT);
        ExportParameters p = BoardItemsExportSource.scoped(scope, access.now());
        p = BoardItemsExportSource.with(p, "kind", f.kind());
        p = BoardItemsExportSource.with(p, "party", f.partyType());
        return p.with("dim", d.name());
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("board.export.col.dimension", CellKind.LABEL),
                ExportColumn.of("board.export.col.key", CellKind.TEXT),
                ExportColumn.of("board.export.col.name", CellKind.TEXT),
                ExportColumn.of("board.open", CellKind.INTEGER),
                ExportColumn.of("board.overdue", CellKind.INTEGER),
                ExportColumn.of("board.dueSoon", CellKind.INTEGER),
                ExportColumn.of("board.rag", CellKind.LABEL));
    }

    private List<ExportRow> all(ExportParameters p) {
        BoardDimension d = BoardDimension.valueOf(p.get("dim"));
        BoardFilter f = new BoardFilter(p.get("kind"), p.get("party"), null, null, BoardFilter.State.OPEN);
        BoardScope scope = BoardItemsExportSource.scope(p);
        java.time.Instant at = BoardItemsExportSource.at(p);
        List<CountRow> zh = queries.counts(scope, d, f, false, at);
        Map<String, String> en = new HashMap<>();
        if (d == BoardDimension.SERVICE_ITEM || d == BoardDimension.PARTY_TYPE) {
            queries.counts(scope, d, f, true, at).forEach(r -> en.put(r.key(), r.name()));
        }
        List<ExportRow> out = new ArrayList<>(zh.size());
        int n = 0;
        for (CountRow r : zh) {
            LocalizedValue name = r.key() == null
                    ? new LocalizedValue(Messages.text(Locale.SIMPLIFIED_CHINESE, "board.noValue"),
                            Messages.text(Locale.ENGLISH, "board.noValue"))
                    : new LocalizedValue(r.name(), en.getOrDefault(r.key(), r.name()));
            out.add(ExportRow.of(String.valueOf(++n), d.messageKey(), r.key(), name, r.open(), r.overdue(), r.dueSoon(),
                    r.rag().messageKey()));
        }
        return out;
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        return Math.min(limit, all(parameters).size());
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        List<ExportRow> all = all(parameters);
        int from = afterKey == null ? 0 : Integer.parseInt(afterKey);
        return from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + Math.max(1, size)));
    }
}
