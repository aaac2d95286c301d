package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.zjcs.portal.domain.Article;
import org.zjcs.portal.domain.ArticleCategory;
import org.zjcs.portal.domain.ArticleRepository;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;

/**
 * What the public reads of articles, without logging in: a category's published articles, newest first by
 * publication (keyset on (published_at, id) over {@code ix_article_public}: no COUNT, no OFFSET); one published article
 * (a draft or a withdrawn one looks absent); the newest for the feed; the ids for the sitemap. 通知公告 (the platform's
 * notices with the regulators' published 通报) is {@link Announcements}.
 */
@ApplicationScoped
@Transactional
public class PublicArticles {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    ArticleRepository articles;

    /** One page of a category's published articles. */
    public KeysetPage<ArticleRow> page(ArticleCategory category, String after, String before) {
        return KeysetPage.byTime(after, before, PAGE_SIZE,
                (at, id, backwards, limit) -> rows(category, at, id, backwards, limit));
    }

    /** The newest published articles of every category (the feed). */
    public List<ArticleRow> latest(int n) {
        return rows(null, null, null, false, n);
    }

    /** A published article; empty for a draft, a withdrawn one or an unknown id. */
    public Optional<Article> published(long id) {
        return articles.find(id).filter(a -> a.getState().isPublic());
    }

    /** Whether {@code fileId} is an attachment of the published article {@code id} (the download servlet). */
    public boolean isPublicAttachment(long id, long fileId) {
        return published(id).map(a -> a.hasAttachment(fileId)).orElse(false);
    }

    /** The cursor of a row: its publication time in microseconds and its id. */
    public static String token(ArticleRow r) {
        return KeysetCursor.at(r.publishedAt(), r.id()).encode();
    }

    /** Published article ids above {@code afterId}, by id, at most {@code limit}, with their last change (the sitemap). */
    @SuppressWarnings("unchecked")
    public List<Object[]> urls(long afterId, int limit) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT id, updated_at FROM article WHERE id > ?"
                + " AND state = 'PUBLISHED' ORDER BY id LIMIT ?").setParameter(1, afterId).setParameter(2, limit)
                .getResultList()) {
            out.add(new Object[] {((Number) r[0]).longValue(), Times.instant(r[1])});
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    List<ArticleRow> rows(ArticleCategory category, Instant cursorAt, Long cursorId, boolean backwards, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, category, title, summary, source, doc_number, publication_date,"
                + " published_at FROM article WHERE state = 'PUBLISHED'");
        List<Object> args = new ArrayList<>();
        if (category != null) {
            sql.append(" AND category = ?");
            args.add(category.name());
        }
        if (cursorAt != null && cursorId != null) {
            String cmp = backwards ? ">" : "<";
            sql.append(" AND (published_at ").append(cmp).append(" ? OR (published_at = ? AND id ").append(cmp).append(" ?))");
            args.add(LocalDateTime.ofInstant(cursorAt, ZoneOffset.UTC));
            args.add(LocalDateTime.ofInstant(cursorAt, ZoneOffset.UTC));
            args.add(cursorId);
        }
        String dir = backwards ? "ASC" : "DESC";
        sql.append(" ORDER BY published_at ").append(dir).append(", id ").append(dir).append(" LIMIT ?");
        args.add(limit);
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<ArticleRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            rows.add(new ArticleRow(((Number) r[0]).longValue(), ArticleCategory.valueOf((String) r[1]), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], date(r[6]), Times.instant(r[7])));
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
