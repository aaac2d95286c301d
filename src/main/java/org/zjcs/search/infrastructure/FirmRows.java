package org.zjcs.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchKind;

/**
 * Firms of the public directory: approved ({@code registration_status = 'APPROVED'}) and active organisations only,
 * with what the public firm page shows: the name (also in pinyin), the region, the service items it offers (facet and
 * text) and the types of its approved qualifications. No contact, credit code, certificate number or file. Change-log
 * entity {@code FIRM} (the organisation id): written when a firm is approved, suspended or reinstated, renamed, or
 * changes its service items, contacts or approved qualifications.
 */
@ApplicationScoped
public class FirmRows extends SqlReads implements KindRows {

    public static final String ENTITY = org.zjcs.shared.change.ChangeLog.FIRM;

    private static final String SELECT = "SELECT o.id, o.name, f.region_code FROM firm f"
            + " JOIN organisation o ON o.id = f.organisation_id"
            + " WHERE f.registration_status = 'APPROVED' AND o.status = 'ACTIVE'";

    private record Firm(long id, String name, String region) {
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public List<IndexedDocument> documents(long id) {
        return documents(list(SELECT + " AND o.id = ?", rs -> new Firm(rs.getLong(1), rs.getString(2),
                rs.getString(3)), id));
    }

    @Override
    public Batch after(long afterId, int limit) {
        List<Firm> firms = list(SELECT + " AND o.id > ? ORDER BY o.id LIMIT " + limit,
                rs -> new Firm(rs.getLong(1), rs.getString(2), rs.getString(3)), afterId);
        return firms.isEmpty() ? new Batch(List.of(), -1)
                : new Batch(documents(firms), firms.get(firms.size() - 1).id());
    }

    @Override
    public Map<SearchKind, Long> publicCounts() {
        return Map.of(SearchKind.FIRM, count("SELECT COUNT(*) FROM firm f JOIN organisation o ON o.id = f.organisation_id"
                + " WHERE f.registration_status = 'APPROVED' AND o.status = 'ACTIVE'"));
    }

    private List<IndexedDocument> documents(List<Firm> firms) {
        if (firms.isEmpty()) {
            return List.of();
        }
        Object[] ids = firms.stream().map(Firm::id).toArray();
        Map<Long, List<String[]>> items = new HashMap<>();
        list("SELECT fs.firm_id, si.code, si.name_zh FROM firm_service_item fs JOIN service_item si"
                + " ON si.id = fs.service_item_id WHERE fs.firm_id IN (" + marks(ids.length) + ") ORDER BY si.code",
                rs -> items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(2), rs.getString(3)}), ids);
        Map<Long, List<String>> qualifications = new HashMap<>();
        list("SELECT DISTINCT q.firm_id, t.name_zh FROM firm_qualification q JOIN qualification_type t"
                + " ON t.code = q.type_code WHERE q.review_status = 'APPROVED' AND q.firm_id IN ("
                + marks(ids.length) + ") ORDER BY q.firm_id, t.name_zh",
                rs -> qualifications.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)), ids);
        List<IndexedDocument> out = new ArrayList<>();
        for (Firm f : firms) {
            List<String[]> its = items.getOrDefault(f.id(), List.of());
            List<String> text = new ArrayList<>();
            its.forEach(i -> text.add(i[1]));
            text.addAll(qualifications.getOrDefault(f.id(), List.of()));
            out.add(new IndexedDocument(SearchKind.FIRM, f.id(), IndexedDocument.source(ENTITY, f.id()), f.name(),
                    String.join("\n", text), "", its.stream().map(i -> i[0]).toList(), "", f.region(), "", "", "",
                    "", null, null, "/firm-profile.xhtml?id=" + f.id(), true));
        }
        return out;
    }
}
