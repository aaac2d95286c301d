package org.zjcs.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchKind;

/**
 * The regulators' published 通报 (state {@code PUBLISHED} only: a draft is the regulator's own, a withdrawn one leaves the
 * public list): title, body, the regulator's name and the publication time, linking to {@code /bulletin.xhtml?id=}.
 * Read with plain SQL here (search may not import supervision). Change-log entity {@code BULLETIN}: written when one is
 * published or withdrawn.
 */
@ApplicationScoped
public class BulletinRows extends SqlReads implements KindRows {

    public static final String ENTITY = org.zjcs.shared.change.ChangeLog.BULLETIN;

    private static final String SELECT = "SELECT b.id, b.title, b.body, o.name, b.published_at FROM bulletin b"
            + " JOIN organisation o ON o.id = b.regulator_org_id WHERE b.state = 'PUBLISHED'";

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public List<IndexedDocument> documents(long id) {
        return list(SELECT + " AND b.id = ?", BulletinRows::document, id);
    }

    @Override
    public Batch after(long afterId, int limit) {
        List<IndexedDocument> docs = list(SELECT + " AND b.id > ? ORDER BY b.id LIMIT " + limit, BulletinRows::document,
                afterId);
        return docs.isEmpty() ? new Batch(List.of(), -1) : new Batch(docs, docs.get(docs.size() - 1).id());
    }

    @Override
    public Map<SearchKind, Long> publicCounts() {
        return Map.of(SearchKind.BULLETIN, count("SELECT COUNT(*) FROM bulletin WHERE state = 'PUBLISHED'"));
    }

    private static IndexedDocument document(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong(1);
        LocalDateTime at = rs.getObject(5, LocalDateTime.class);
        return new IndexedDocument(SearchKind.BULLETIN, id, IndexedDocument.source(ENTITY, id), rs.getString(2),
                rs.getString(3), rs.getString(4), List.of(), "", "", "", "", "", "",
                at == null ? null : at.toInstant(ZoneOffset.UTC), null, "/bulletin.xhtml?id=" + id, false);
    }
}
