package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;
import org.zjcs.supervision.application.BoardQueries.ItemRow;
import org.zjcs.supervision.domain.BoardFilter;

/**
 * The board's item list (电子监察 事项清单) as an Excel export, with the board's filters as the page has them
 * ({@code kind}, {@code party}, {@code dim} + {@code value}, {@code state}; checked by {@link BoardFilter}, a bad one
 * refused with its board.error.* message). The scope is the board's own ({@link BoardAccess#scope()}: regulators
 * everything, the operator the platform part, approval staff their department), fixed into the parameters with the
 * request's instant ({@code at}), so the file is the list as it stood when it was asked for, however long the job
 * waits. Rows come from {@link BoardQueries#itemsAfter}: the board's own keyset order (due_at, id) on due_item.
 */
@ApplicationScoped
@Transactional
public class BoardItemsExportSource implements ExportSource {

    public static final String KIND = "BOARD_ITEMS";

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
        BoardFilter filter = filter(requested);
        ExportParameters p = scoped(scope, access.now());
        p = with(p, "kind", filter.kind());
        p = with(p, "party", filter.partyType());
        p = with(p, "dim", filter.dimension() == null ? null : filter.dimension().name());
        p = with(p, "value", filter.value());
        return p.with("state", filter.state().name());
    }

    /** {@code p} with {@code key} set when {@code value} is not null. */
    static ExportParameters with(ExportParameters p, String key, String value) {
        return value == null ? p : p.with(key, value);
    }

    /** The board's filter from the parameters (the page's names). */
    static BoardFilter filter(ExportParameters p) {
        return BoardFilter.of(p.get("kind"), p.get("party"), p.get("dim"), p.get("value"), p.get("state"));
    }

    /** Parameters holding only the scope and the instant of the request. */
    static ExportParameters scoped(BoardScope scope, Instant at) {
        Map<String, String> m = new java.util.HashMap<>(scope.asParameters());
        m.put("at", String.valueOf(at.toEpochMilli()));
        return ExportParameters.of(m);
    }

    static BoardScope scope(ExportParameters p) {
        return BoardScope.fromParameters(p.get("scope"), p.longValue("department"));
    }

    static Instant at(ExportParameters p) {
        return Instant.ofEpochMilli(p.longValue("at"));
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("board.export.col.id", CellKind.INTEGER),
                ExportColumn.of("board.item.kind", CellKind.LABEL),
                ExportColumn.of("board.export.col.state", CellKind.LABEL),
                ExportColumn.of("board.item.party", CellKind.LABEL),
                ExportColumn.of("board.export.col.partyName", CellKind.TEXT),
                ExportColumn.of("board.dimension.DEPARTMENT", CellKind.TEXT),
                ExportColumn.of("board.dimension.OWNER", CellKind.TEXT),
                ExportColumn.of("board.dimension.FIRM", CellKind.TEXT),
                ExportColumn.of("export.column.noticeId", CellKind.INTEGER),
                ExportColumn.of("board.export.col.case", CellKind.TEXT),
                ExportColumn.of("board.item.opened", CellKind.DATE_TIME),
                ExportColumn.of("board.item.due", CellKind.DATE_TIME),
                ExportColumn.of("board.item.overdueHours", CellKind.INTEGER));
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        return queries.countItems(scope(parameters), filter(parameters), at(parameters), limit);
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        Instant at = at(parameters);
        Instant soon = access.soon(at);
        List<ItemRow> items = queries.itemsAfter(scope(parameters), filter(parameters), at, afterKey, Math.max(1, size));
        List<ExportRow> out = new ArrayList<>(items.size());
        for (ItemRow i : items) {
            String state = i.overdue() ? "board.overdue" : i.dueAt().isBefore(soon) ? "board.dueSoon" : "board.open";
            out.add(ExportRow.of(BoardQueries.token(i), i.id(), "board.kind." + i.kind(), state,
                    "board.party." + i.partyType(), i.partyName(), i.departmentName(), i.ownerName(), i.firmName(),
                    i.noticeId(), i.caseNumber(), i.openedAt(), i.dueAt(), i.overdue() ? i.overdueHours() : null));
        }
        return out;
    }
}
