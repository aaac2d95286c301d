package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;

/**
 * 通知公告: the platform's notices (published articles of category NOTICE) together with the regulators' published
 * 通报 (supervision's table {@code bulletin}, read by plain SQL: portal may not import supervision), newest first by
 * publication. Keyset over the union on (published_at, kind, id): each side reads at most a page from its own index
 * ({@code ix_article_public}, {@code ix_bulletin_public}) with the cursor turned into a condition on that side (its kind
 * is a constant there), and the union is cut to the page. No COUNT, no OFFSET.
 */
@ApplicationScoped
@Transactional
public class Announcements {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** A cursor of the union: publication time (µs), the entry's kind and id. */
    record Position(long micros, String kind, long id) {

        static Optional<Position> of(KeysetCursor c) {
            int colon = c.key().indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String kind = c.key().substring(colon + 1);
            if (!AnnouncementRow.ARTICLE.equals(kind) && !AnnouncementRow.BULLETIN.equals(kind)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Position(Long.parseLong(c.key().substring(0, colon)), kind, c.id()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    public KeysetPage<AnnouncementRow> page(String after, String before) {
        return KeysetPage.read(after, before, c -> Position.of(c).isPresent(), PAGE_SIZE,
                (c, backwards, limit) -> rows(c == null ? null : Position.of(c).orElseThrow(), backwards, limit));
    }

    public static String token(AnnouncementRow r) {
        return new KeysetCursor(Times.toMicros(r.publishedAt()) + ":" + r.kind(), r.id()).encode();
    }

    @SuppressWarnings("unchecked")
    List<AnnouncementRow> rows(Position cursor, boolean backwards, int limit) {
        String dir = backwards ? "ASC" : "DESC";
        List<Object> args = new ArrayList<>();
        String articles = "(SELECT 'ARTICLE' AS kind, a.id, a.title, a.source AS issuer, a.published_at FROM article a"
                + " WHERE a.state = 'PUBLISHED' AND a.category = 'NOTICE'" + after("a", AnnouncementRow.ARTICLE, cursor,
                backwards, args) + " ORDER BY a.published_at " + dir + ", a.id " + dir + " LIMIT " + limit + ")";
        String bulletins = "(SELECT 'BULLETIN' AS kind, b.id, b.title, o.name AS issuer, b.published_at FROM bulletin b"
                + " JOIN organisation o ON o.id = b.regulator_org_id WHERE b.state = 'PUBLISHED'"
                + after("b", AnnouncementRow.BULLETIN, cursor, backwards, args)
                + " ORDER BY b.published_at " + dir + ", b.id " + dir + " LIMIT " + limit + ")";
        Query q = em.createNativeQuery("SELECT kind, id, title, issuer, published_at FROM (" + articles + " UNION ALL "
                + bulletins + ") u ORDER BY published_at " + dir + ", kind " + dir + ", id " + dir + " LIMIT " + limit);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<AnnouncementRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            rows.add(new AnnouncementRow((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    Times.instant(r[4])));
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * The condition for one side of the union (its kind constant) to lie beyond the cursor in the list's direction:
     * newest first is (published_at, kind, id) descending, so "after" a cursor means smaller, "before" larger.
     */
    static String after(String alias, String kind, Position cursor, boolean backwards, List<Object> args) {
        if (cursor == null) {
            return "";
        }
        LocalDateTime t = LocalDateTime.ofInstant(Times.micros(cursor.micros()), ZoneOffset.UTC);
        String cmp = backwards ? ">" : "<";
        int order = kind.compareTo(cursor.kind());
        boolean kindBeyond = backwards ? order > 0 : order < 0;
        args.add(t);
        if (order == 0) {
            args.add(t);
            args.add(cursor.id());
            return " AND (" + alias + ".published_at " + cmp + " ? OR (" + alias + ".published_at = ? AND " + alias + ".id "
                    + cmp + " ?))";
        }
        return " AND " + alias + ".published_at " + cmp + (kindBeyond ? "=" : "") + " ?";
    }
}
