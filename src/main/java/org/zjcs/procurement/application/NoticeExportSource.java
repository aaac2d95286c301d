package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.MembershipService;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;
import org.zjcs.shared.export.LocalizedValue;

/**
 * Notices as an Excel export: an owner's own (owner/notices.xhtml: all of the unit's for its unit admin, the member's
 * own otherwise, drafts included), or every notice for regulators and operators; optional filter {@code status}.
 * Newest first by id (keyset {@code id < last}); plain reads by the primary key and {@code ix_notice_owner}.
 */
@ApplicationScoped
@Transactional
public class NoticeExportSource implements ExportSource {

    public static final String KIND = "NOTICES";
    private static final Set<String> STATUSES = Set.of("DRAFT", "PUBLISHED", "CLOSED", "SELECTED", "ANNOUNCED", "AWARDED",
            "CONTRACTED", "IN_SERVICE", "DELIVERED", "COMPLETED", "CANCELLED", "FAILED", "SUSPENDED");

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    MembershipService membership;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ExportParameters authorize(ExportParameters requested) {
        ZjcsPrincipal me = guard.requireAnyRole(Role.OWNER, Role.REGULATOR, Role.OPERATOR);
        String status = requested.get("status");
        if (status != null && !STATUSES.contains(status)) {
            throw new DomainException("export.error.parameters");
        }
        ExportParameters p = ExportParameters.of(Map.of());
        if (status != null) {
            p = p.with("status", status);
        }
        if (guard.hasRole(Role.OWNER)) {
            p = p.with("owner", String.valueOf(me.organisationId()));
            if (!membership.isUnitAdmin()) {
                p = p.with("creator", String.valueOf(me.userId()));
            }
        }
        return p;
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("export.column.noticeId", CellKind.INTEGER),
                ExportColumn.of("notice.title", CellKind.TEXT),
                ExportColumn.of("notice.owner", CellKind.TEXT),
                ExportColumn.of("notice.serviceItem", CellKind.TEXT),
                ExportColumn.of("notice.region", CellKind.TEXT),
                ExportColumn.of("notice.method", CellKind.LABEL),
                ExportColumn.of("notice.status", CellKind.LABEL),
                ExportColumn.of("export.column.fixedPrice", CellKind.MONEY),
                ExportColumn.of("export.column.priceCeiling", CellKind.MONEY),
                ExportColumn.of("notice.publishedAt", CellKind.DATE_TIME),
                ExportColumn.of("notice.deadline", CellKind.DATE_TIME));
    }

    private static String where(ExportParameters p) {
        return " WHERE (?1 IS NULL OR n.owner_id = ?1) AND (?2 IS NULL OR n.created_by_user = ?2)"
                + " AND (?3 IS NULL OR n.status = ?3)";
    }

    private static Query bind(Query q, ExportParameters p) {
        return q.setParameter(1, p.longValue("owner")).setParameter(2, p.longValue("creator")).setParameter(3, p.get("status"));
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM (SELECT n.id FROM notice n" + where(parameters)
                + " LIMIT " + Math.max(0, limit) + ") x"), parameters).getSingleResult()).longValue();
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        long before = afterKey == null ? Long.MAX_VALUE : Long.parseLong(afterKey);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT n.id, n.title, o.name, s.name_zh, s.name_en, r.name,"
                + " n.selection_method, n.status, n.fixed_price, n.price_ceiling, n.published_at, n.enrolment_deadline"
                + " FROM notice n JOIN organisation o ON o.id = n.owner_id JOIN service_item s ON s.id = n.service_item_id"
                + " LEFT JOIN region r ON r.code = n.region_code" + where(parameters)
                + " AND n.id < ?4 ORDER BY n.id DESC LIMIT " + Math.max(1, size)), parameters)
                .setParameter(4, before).getResultList();
        List<ExportRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.add(ExportRow.of(String.valueOf(id), id, r[1], r[2], new LocalizedValue((String) r[3], (String) r[4]), r[5],
                    "notice.method." + r[6], "notice.status." + r[7], r[8], r[9], r[10], r[11]));
        }
        return out;
    }
}
