package org.zjcs.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchKind;

/**
 * The service items in force of the public catalog (服务事项清单): code, Chinese and English name, legal basis and the
 * approval items they serve, linking to the item on {@code /catalog.xhtml}. A retired item is not public. Change-log
 * entity {@code SERVICE_ITEM}: written when an item is created, changed, retired or reinstated.
 */
@ApplicationScoped
public class ServiceItemRows extends SqlReads implements KindRows {

    public static final String ENTITY = org.zjcs.shared.change.ChangeLog.SERVICE_ITEM;

    private static final String SELECT = "SELECT id, code, name_zh, name_en, legal_basis, approval_items"
            + " FROM service_item WHERE status = 'IN_FORCE'";

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public List<IndexedDocument> documents(long id) {
        return list(SELECT + " AND id = ?", ServiceItemRows::document, id);
    }

    @Override
    public Batch after(long afterId, int limit) {
        List<IndexedDocument> docs = list(SELECT + " AND id > ? ORDER BY id LIMIT " + limit, ServiceItemRows::document,
                afterId);
        return docs.isEmpty() ? new Batch(List.of(), -1) : new Batch(docs, docs.get(docs.size() - 1).id());
    }

    @Override
    public Map<SearchKind, Long> publicCounts() {
        return Map.of(SearchKind.SERVICE_ITEM, count("SELECT COUNT(*) FROM service_item WHERE status = 'IN_FORCE'"));
    }

    private static IndexedDocument document(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong(1);
        String code = rs.getString(2);
        String text = rs.getString(4) + "\n" + rs.getString(5) + "\n" + rs.getString(6);
        return new IndexedDocument(SearchKind.SERVICE_ITEM, id, IndexedDocument.source(ENTITY, id), rs.getString(3),
                text, "", List.of(code), "", "", "", "", "", code, null, null, "/catalog.xhtml#item-" + code, false);
    }
}
