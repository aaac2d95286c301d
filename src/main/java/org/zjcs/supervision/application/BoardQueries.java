package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.BoardDimension;
import org.zjcs.supervision.domain.BoardFilter;
import org.zjcs.supervision.domain.Rag;

/**
 * The board's live figures, read from {@code due_item} only (dimensions were copied there at opening): the open,
 * overdue and due-soon counts by a dimension, and the open items behind them, most overdue first (keyset paging on
 * due_at, id). The caller's scope comes from {@link BoardAccess}; names come from the small dimension tables, for the
 * rows shown only ({@link BoardNames}).
 */
@ApplicationScoped
@Transactional
public class BoardQueries {

    public static final int PAGE_SIZE = 20;
    /** At most this many rows of counts by one dimension (the most overdue first). */
    public static final int MAX_COUNT_ROWS = 200;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    BoardAccess access;

    @Inject
    BoardNames names;

    /** One row of counts: the dimension's value (null: items without one), its name and its traffic light. */
    public record CountRow(String key, String name, long open, long overdue, long dueSoon, Rag rag) {
    }

    /** One open item, with the names of its party and the links of its drill-down. */
    public record ItemRow(long id, String kind, String partyType, String partyName, String departmentName,
                          String firmName, String ownerName, Long noticeId, String caseNumber, Instant openedAt,
                          Instant dueAt, boolean overdue, long overdueHours, String itemLink, String caseLink) {
    }

    /** The totals of the caller's scope: open, overdue, due soon. */
    public CountRow totals(BoardFilter filter) {
        BoardScope scope = access.scope();
        List<CountRow> rows = counts(scope, null, filter, false);
        return rows.isEmpty() ? new CountRow(null, null, 0, 0, 0, Rag.GREEN) : rows.get(0);
    }

    /** Counts of the open items in the caller's scope by {@code dimension}, the most overdue first. */
    public List<CountRow> counts(BoardDimension dimension, BoardFilter filter, boolean english) {
        return counts(access.scope(), dimension, filter, english);
    }

    /** The same for the REST API (regulators and the operator only). */
    public List<CountRow> countsForApi(BoardDimension dimension, BoardFilter filter, boolean english) {
        return counts(access.scope(false), dimension, filter, english);
    }

    /** Counts for an explicit scope at {@code now} (the board's Excel export, which runs without a logged-in caller). */
    public List<CountRow> counts(BoardScope scope, BoardDimension dimension, BoardFilter filter, boolean english, Instant now) {
        return counts(scope, dimension, filter, english, now, MAX_COUNT_ROWS);
    }

    private List<CountRow> counts(BoardScope scope, BoardDimension dimension, BoardFilter filter, boolean english) {
        return counts(scope, dimension, filter, english, access.now(), MAX_COUNT_ROWS);
    }

    private List<CountRow> counts(BoardScope scope, BoardDimension dimension, BoardFilter filter, boolean english,
                                  Instant now, int max) {
        List<Object> params = new ArrayList<>(List.of(Rows.param(now), Rows.param(now), Rows.param(access.soon(now))));
        String col = dimension == null ? "'ALL'" : dimension.column();
        String sql = "SELECT " + col + ", COUNT(*), SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN due_at >= ? AND due_at < ? THEN 1 ELSE 0 END) FROM due_item WHERE done_at IS NULL"
                + scope.sql(params) + where(filter, params)
                + (dimension == null ? "" : " GROUP BY " + col + " ORDER BY 3 DESC, 2 DESC LIMIT " + MAX_COUNT_ROWS);
        List<Object[]> found = Rows.read(em, max, sql, params.toArray());
        Map<String, String> named = dimension == null ? Map.of()
                : names.of(dimension, found.stream().map(r -> Rows.text(r[0])).toList(), english);
        List<CountRow> out = new ArrayList<>();
        for (Object[] r : found) {
            long open = Rows.number(r[1]);
            if (open == 0) {
                continue;
            }
            long overdue = Rows.number(r[2]);
            long soon = Rows.number(r[3]);
            String key = Rows.text(r[0]);
            out.add(new CountRow(key, key == null ? null : named.getOrDefault(key, key), open, overdue, soon, Rag.of(overdue, soon)));
        }
        return out;
    }

    /** One page of the open items in the caller's scope, most overdue first (due_at ascending, then id). */
    public KeysetPage<ItemRow> items(BoardFilter filter, String after, String before, boolean english) {
        return items(access.scope(), filter, after, before, english);
    }

    public KeysetPage<ItemRow> itemsForApi(BoardFilter filter, String after, String before, boolean english) {
        return items(access.scope(false), filter, after, before, english);
    }

    private KeysetPage<ItemRow> items(BoardScope scope, BoardFilter filter, String after, String before, boolean english) {
        Instant now = access.now();
        KeysetPage<Object[]> raw = KeysetPage.read(after, before, c -> c.numericKey().isPresent(), PAGE_SIZE,
                (c, backwards, limit) -> page(scope, filter, now, c, backwards, limit));
        List<Long> orgs = new ArrayList<>();
        for (Object[] r : raw.rows()) {
            for (int i = 3; i <= 6; i++) {
                if (r[i] != null) {
                    orgs.add(Rows.number(r[i]));
                }
            }
        }
        Map<Long, String> orgNames = names.organisations(orgs);
        List<ItemRow> rows = raw.rows().stream().map(r -> row(r, scope, now, orgNames)).toList();
        return new KeysetPage<>(rows, raw.hasNext(), raw.hasPrevious());
    }

    /**
     * The open items of an explicit scope after the keyset token {@code after} ({@code null}: from the start), in the
     * list's order (due_at, id), as of {@code now}: the board's Excel export, which runs without a logged-in caller.
     * Rows carry no links; their names are the organisations' (the board's own lookups).
     */
    public List<ItemRow> itemsAfter(BoardScope scope, BoardFilter filter, Instant now, String after, int size) {
        KeysetCursor c = after == null ? null : KeysetCursor.decode(after).filter(k -> k.numericKey().isPresent())
                .orElseThrow(() -> new IllegalArgumentException("not a board keyset token: " + after));
        List<Object[]> raw = page(scope, filter, now, c, false, size);
        List<Long> orgs = new ArrayList<>();
        for (Object[] r : raw) {
            for (int i = 3; i <= 6; i++) {
                if (r[i] != null) {
                    orgs.add(Rows.number(r[i]));
                }
            }
        }
        Map<Long, String> orgNames = names.organisations(orgs);
        return raw.stream().map(r -> row(r, scope, now, orgNames)).toList();
    }

    /** How many items {@link #itemsAfter} would give in all, counting at most {@code limit}. */
    public long countItems(BoardScope scope, BoardFilter filter, Instant now, long limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (SELECT id FROM due_item WHERE done_at IS NULL");
        sql.append(scope.sql(params)).append(where(filter, params)).append(stateWhere(filter, now, params))
                .append(" LIMIT ").append(Math.max(0, limit)).append(") x");
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The list's state condition (overdue, due soon, or every open item). */
    private String stateWhere(BoardFilter filter, Instant now, List<Object> params) {
        if (filter.state() == BoardFilter.State.OVERDUE) {
            params.add(Rows.param(now));
            return " AND due_at < ?";
        }
        if (filter.state() == BoardFilter.State.DUE_SOON) {
            params.add(Rows.param(now));
            params.add(Rows.param(access.soon(now)));
            return " AND due_at >= ? AND due_at < ?";
        }
        return "";
    }

    private List<Object[]> page(BoardScope scope, BoardFilter filter, Instant now, KeysetCursor c, boolean backwards, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id, kind, party_type, party_id, department_id, firm_id, owner_id, "
                + "notice_id, case_number, opened_at, due_at FROM due_item WHERE done_at IS NULL");
        sql.append(scope.sql(params)).append(where(filter, params)).append(stateWhere(filter, now, params));
        if (c != null) {
            Instant at = Instant.EPOCH.plus(c.numericKey().orElseThrow(), ChronoUnit.MICROS);
            sql.append(backwards ? " AND (due_at < ? OR (due_at = ? AND id < ?))" : " AND (due_at > ? OR (due_at = ? AND id > ?))");
            params.add(Rows.param(at));
            params.add(Rows.param(at));
            params.add(c.id());
        }
        sql.append(backwards ? " ORDER BY due_at DESC, id DESC" : " ORDER BY due_at, id").append(" LIMIT ").append(limit);
        List<Object[]> rows = new ArrayList<>(Rows.read(em, limit, sql.toString(), params.toArray()));
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    private static ItemRow row(Object[] r, BoardScope scope, Instant now, Map<Long, String> orgs) {
        Instant due = Rows.instant(r[10]);
        Long notice = Rows.number(r[7]);
        String caseNumber = Rows.text(r[8]);
        boolean overdue = due.isBefore(now);
        return new ItemRow(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[2]), name(orgs, r[3]), name(orgs, r[4]),
                name(orgs, r[5]), name(orgs, r[6]), notice, caseNumber, Rows.instant(r[9]), due, overdue,
                overdue ? ChronoUnit.HOURS.between(due, now) : 0, BoardLinks.item(notice), BoardLinks.timeline(scope, caseNumber));
    }

    private static String name(Map<Long, String> orgs, Object id) {
        return id == null ? null : orgs.get(Rows.number(id));
    }

    /** The keyset token of a row (its due instant in microseconds and its id). */
    public static String token(ItemRow r) {
        return new KeysetCursor(String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, r.dueAt())), r.id()).encode();
    }

    /** The filter's conditions (kind, party type, one dimension's value); the values are bound, never spliced. */
    static String where(BoardFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.kind() != null) {
            sql.append(" AND kind = ?");
            params.add(filter.kind());
        }
        if (filter.partyType() != null) {
            sql.append(" AND party_type = ?");
            params.add(filter.partyType());
        }
        if (filter.dimension() != null && filter.value() != null) {
            sql.append(" AND ").append(filter.dimension().column()).append(" = ?");
            params.add(filter.dimension() == BoardDimension.REGION || filter.dimension() == BoardDimension.PARTY_TYPE
                    ? filter.value() : Long.valueOf(filter.value()));
        }
        return sql.toString();
    }
}
