package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;

/**
 * Reading the public selection results (中选公告) and the URLs of the sitemap. A result is public when it is the
 * selected (current) result of a notice the public can read; voided, declined and failed runs are not in the list
 * (the notice page tells their story). Newest first by (selected_at, id), keyset-paged: no COUNT, no OFFSET. Without
 * a filter (or with the method filter) the order is served by {@code ix_selection_risk_window (selected_at, status)},
 * which InnoDB extends by the primary key ({@code status} is a constant in the query, so the index order is
 * (selected_at, id)). The service-item and province filters use the result's own copies of the notice's values (V59)
 * and seek {@code ix_selection_public_item (status, service_item_id, selected_at, id)} /
 * {@code ix_selection_public_province (status, province_code, selected_at, id)}: filter and order from one index, so
 * a rare filter reads about one page of entries (docs/architecture.md, "Portal").
 */
@ApplicationScoped
@Transactional
public class PublicResults {

    /** Rows per page of the list and of the API. */
    public static final int PAGE_SIZE = 10;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** One page of the list after / before a cursor ({@link #token}); a cursor that cannot be read is the first page. */
    public KeysetPage<ResultRow> page(ResultFilter filter, String after, String before, int size) {
        return KeysetPage.byTime(after, before, size, (at, id, backwards, limit) -> rows(filter, at, id, backwards, limit));
    }

    /** The newest results (for the feed). */
    public List<ResultRow> latest(int n) {
        return rows(ResultFilter.NONE, null, null, false, n);
    }

    /** The cursor of a row: its selection time in microseconds and its id. */
    public static String token(ResultRow r) {
        return KeysetCursor.at(r.selectedAt(), r.id()).encode();
    }

    /**
     * The list's SQL and its parameters, in order: the filters of {@code f}, then the cursor (when {@code cursorAt} and
     * {@code cursorId} are given), then the limit. Public so that the EXPLAIN check (PortalIT) reads the query the list
     * runs.
     */
    public static ListQuery listQuery(ResultFilter f, Instant cursorAt, Long cursorId, boolean backwards, int limit) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.notice_id, r.round, n.title, o.name, n.service_item_id,"
                + " n.region_code, r.method, w.name, r.amount, r.selected_at"
                + " FROM selection_result r JOIN notice n ON n.id = r.notice_id"
                + " JOIN organisation o ON o.id = n.owner_id JOIN organisation w ON w.id = r.winner_firm_id"
                + " WHERE r.status = 'SELECTED' AND n.published_at IS NOT NULL AND n.status <> 'DRAFT'");
        List<Object> args = new ArrayList<>();
        // the result's own copies of the notice's item and province (V59): each filter seeks its index
        if (f.serviceItemId() != null) {
            sql.append(" AND r.service_item_id = ?");
            args.add(f.serviceItemId());
        }
        if (f.provincePrefix() != null) {
            sql.append(" AND r.province_code = ?");
            args.add(f.provincePrefix());
        }
        if (f.method() != null) {
            sql.append(" AND r.method = ?");
            args.add(f.method().name());
        }
        if (cursorAt != null && cursorId != null) {
            String cmp = backwards ? ">" : "<";
            sql.append(" AND (r.selected_at ").append(cmp).append(" ? OR (r.selected_at = ? AND r.id ").append(cmp)
                    .append(" ?))");
            args.add(utc(cursorAt));
            args.add(utc(cursorAt));
            args.add(cursorId);
        }
        String dir = backwards ? "ASC" : "DESC";
        sql.append(" ORDER BY r.selected_at ").append(dir).append(", r.id ").append(dir).append(" LIMIT ?");
        args.add(limit);
        return new ListQuery(sql.toString(), List.copyOf(args));
    }

    /** A native query of the list and its positional parameters. */
    public record ListQuery(String sql, List<Object> args) {
    }

    @SuppressWarnings("unchecked")
    List<ResultRow> rows(ResultFilter f, Instant cursorAt, Long cursorId, boolean backwards, int limit) {
        ListQuery query = listQuery(f, cursorAt, cursorId, backwards, limit);
        List<Object> args = query.args();
        Query q = em.createNativeQuery(query.sql());
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<ResultRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            rows.add(new ResultRow(num(r[0]), num(r[1]), (int) num(r[2]), (String) r[3], (String) r[4], num(r[5]),
                    (String) r[6], SelectionMethod.valueOf((String) r[7]), (String) r[8], (BigDecimal) r[9], instant(r[10])));
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /** A public URL of the sitemap: what it names (a notice id, or a notice id and round) and when it last changed. */
    public record UrlRow(long id, long noticeId, int round, Instant modified) {
    }

    /** The smallest and largest id of a table ("notice" or "selection_result"; 0, -1 when empty): the primary key's ends. */
    public long[] idSpan(String table) {
        if (!"notice".equals(table) && !"selection_result".equals(table)) {
            throw new IllegalArgumentException(table);
        }
        Object[] r = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM " + table).getSingleResult();
        return r[0] == null ? new long[] {0, -1} : new long[] {num(r[0]), num(r[1])};
    }

    /** Public notices with afterId &lt; id &lt; toId, by id (keyset on the primary key), at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<UrlRow> noticeUrls(long afterId, long toId, int limit) {
        List<UrlRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT id, published_at FROM notice"
                        + " WHERE id > ? AND id < ? AND published_at IS NOT NULL AND status <> 'DRAFT' ORDER BY id LIMIT ?")
                .setParameter(1, afterId).setParameter(2, toId).setParameter(3, limit).getResultList()) {
            rows.add(new UrlRow(num(r[0]), num(r[0]), 0, instant(r[1])));
        }
        return rows;
    }

    /** Public results (as in the list) with afterId &lt; id &lt; toId, by id, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<UrlRow> resultUrls(long afterId, long toId, int limit) {
        List<UrlRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT r.id, r.notice_id, r.round, r.selected_at"
                        + " FROM selection_result r JOIN notice n ON n.id = r.notice_id WHERE r.id > ? AND r.id < ?"
                        + " AND r.status = 'SELECTED' AND n.published_at IS NOT NULL AND n.status <> 'DRAFT'"
                        + " ORDER BY r.id LIMIT ?")
                .setParameter(1, afterId).setParameter(2, toId).setParameter(3, limit).getResultList()) {
            rows.add(new UrlRow(num(r[0]), num(r[1]), (int) num(r[2]), instant(r[3])));
        }
        return rows;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected time value " + o.getClass());
    }
}
