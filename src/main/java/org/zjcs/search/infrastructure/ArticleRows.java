package org.zjcs.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.shared.change.ChangeLog;
import org.zjcs.shared.time.BusinessTime;

/**
 * The operator's published articles (政策法规, 办事指南, 通知公告; state {@code PUBLISHED} only: a draft is the operator's
 * own, a withdrawn one leaves the public lists): title, summary and body as plain text (the stored safe HTML stripped
 * with jsoup), the category (shown as the hit's {@code detail}) and the publication date, linking to
 * {@code /article.xhtml?id=}. Read with plain SQL here (search may not import portal). Change-log entity
 * {@code ARTICLE}: written by portal's {@code ArticleJournal} on publication, an edit of a published one, withdrawal.
 */
@ApplicationScoped
public class ArticleRows extends SqlReads implements KindRows {

    public static final String ENTITY = ChangeLog.ARTICLE;

    private static final String SELECT = "SELECT a.id, a.title, a.summary, a.body, a.category, a.publication_date,"
            + " a.published_at FROM article a WHERE a.state = 'PUBLISHED'";

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public List<IndexedDocument> documents(long id) {
        return list(SELECT + " AND a.id = ?", ArticleRows::document, id);
    }

    @Override
    public Batch after(long afterId, int limit) {
        List<IndexedDocument> docs = list(SELECT + " AND a.id > ? ORDER BY a.id LIMIT " + limit, ArticleRows::document,
                afterId);
        return docs.isEmpty() ? new Batch(List.of(), -1) : new Batch(docs, docs.get(docs.size() - 1).id());
    }

    @Override
    public Map<SearchKind, Long> publicCounts() {
        return Map.of(SearchKind.ARTICLE, count("SELECT COUNT(*) FROM article WHERE state = 'PUBLISHED'"));
    }

    private static IndexedDocument document(ResultSet rs) throws SQLException {
        LocalDate date = rs.getObject(6, LocalDate.class);
        LocalDateTime publishedAt = rs.getObject(7, LocalDateTime.class);
        return document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), date,
                publishedAt == null ? null : publishedAt.toInstant(ZoneOffset.UTC));
    }

    /**
     * The document of one published article: the summary and the body's text (tags dropped, entities decoded) are what
     * is searched and shown as the snippet; the publication date (start of that day in Asia/Shanghai), else the
     * publication time.
     */
    static IndexedDocument document(long id, String title, String summary, String bodyHtml, String category,
            LocalDate publicationDate, Instant publishedAt) {
        String body = plainText(bodyHtml);
        String s = summary == null ? "" : summary.strip();
        String text = s.isEmpty() ? body : body.isEmpty() ? s : s + " " + body;
        Instant at = publicationDate != null ? publicationDate.atStartOfDay(BusinessTime.ZONE).toInstant() : publishedAt;
        return new IndexedDocument(SearchKind.ARTICLE, id, IndexedDocument.source(ENTITY, id), title, text, "",
                List.of(), "", "", "", "", "", category, at, null, "/article.xhtml?id=" + id, false);
    }

    /** The text of the stored safe HTML, as a reader sees it (blank for none). */
    static String plainText(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text().strip();
    }
}
