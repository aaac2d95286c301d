package org.zjcs.selection.application;

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
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;

/**
 * Selection results (each round of each notice: selected, failed, voided, declined) as an Excel export: an owner unit's
 * own notices' results, or every result for regulators and operators; optional filter {@code status}. Newest first by
 * id (keyset {@code id < last}).
 */
@ApplicationScoped
@Transactional
public class ResultExportSource implements ExportSource {

    public static final String KIND = "RESULTS";
    private static final Set<String> STATUSES = Set.of("SELECTED", "FAILED", "VOIDED", "DECLINED");

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Guard guard;

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
        return guard.hasRole(Role.OWNER) ? p.with("owner", String.valueOf(me.organisationId())) : p;
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("export.column.noticeId", CellKind.INTEGER),
                ExportColumn.of("notice.title", CellKind.TEXT),
                ExportColumn.of("notice.owner", CellKind.TEXT),
                ExportColumn.of("export.column.round", CellKind.INTEGER),
                ExportColumn.of("notice.method", CellKind.LABEL),
                ExportColumn.of("export.column.resultStatus", CellKind.LABEL),
                ExportColumn.of("selection.winner", CellKind.TEXT),
                ExportColumn.of("selection.amount", CellKind.MONEY),
                ExportColumn.of("export.column.selectedAt", CellKind.DATE_TIME));
    }

    private static final String FROM = " FROM selection_result s JOIN notice n ON n.id = s.notice_id"
            + " WHERE (?1 IS NULL OR n.owner_id = ?1) AND (?2 IS NULL OR s.status = ?2)";

    private static Query bind(Query q, ExportParameters p) {
        return q.setParameter(1, p.longValue("owner")).setParameter(2, p.get("status"));
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM (SELECT s.id" + FROM + " LIMIT "
                + Math.max(0, limit) + ") x"), parameters).getSingleResult()).longValue();
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        long before = afterKey == null ? Long.MAX_VALUE : Long.parseLong(afterKey);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT s.id, n.id, n.title, o.name, s.round, s.method, s.status,"
                + " w.name, s.amount, s.selected_at FROM selection_result s JOIN notice n ON n.id = s.notice_id"
                + " JOIN organisation o ON o.id = n.owner_id LEFT JOIN organisation w ON w.id = s.winner_firm_id"
                + " WHERE (?1 IS NULL OR n.owner_id = ?1) AND (?2 IS NULL OR s.status = ?2) AND s.id < ?3"
                + " ORDER BY s.id DESC LIMIT " + Math.max(1, size)), parameters).setParameter(3, before).getResultList();
        List<ExportRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(ExportRow.of(String.valueOf(((Number) r[0]).longValue()), r[1], r[2], r[3], r[4],
                    "notice.method." + r[5], "selection.status." + r[6], r[7], r[8], r[9]));
        }
        return out;
    }
}
