package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;

/**
 * The audit log (operator/audit.xhtml) as an Excel export, with the page's filters ({@code actor}, {@code action},
 * {@code objectType}, {@code objectId}: exact values), newest first by id (keyset {@code id < last}). Lives in
 * {@code security} because {@code audit} cannot ask the Guard; it only reads {@code audit_entry} (no lock: the chain
 * head's lock is taken by appends only).
 */
@ApplicationScoped
@Transactional
public class AuditLogExportSource implements ExportSource {

    public static final String KIND = "AUDIT_LOG";
    private static final List<String> FILTERS = List.of("actor", "action", "objectType", "objectId");
    private static final Map<String, String> COLUMNS = Map.of("actor", "actor", "action", "action",
            "objectType", "object_type", "objectId", "object_id");

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
        guard.requireRole(Role.OPERATOR);
        ExportParameters p = ExportParameters.of(Map.of());
        for (String f : FILTERS) {
            if (requested.get(f) != null) {
                p = p.with(f, requested.get(f));
            }
        }
        return p;
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("audit.col.id", CellKind.INTEGER),
                ExportColumn.of("audit.col.time", CellKind.DATE_TIME),
                ExportColumn.of("audit.col.actor", CellKind.TEXT),
                ExportColumn.of("audit.col.action", CellKind.TEXT),
                ExportColumn.of("export.column.objectType", CellKind.TEXT),
                ExportColumn.of("export.column.objectId", CellKind.TEXT),
                ExportColumn.of("audit.col.details", CellKind.TEXT),
                ExportColumn.of("audit.col.hash", CellKind.TEXT));
    }

    private static String where(ExportParameters p) {
        StringBuilder sb = new StringBuilder(" WHERE e.id < ?1");
        int i = 2;
        for (String f : FILTERS) {
            if (p.get(f) != null) {
                sb.append(" AND e.").append(COLUMNS.get(f)).append(" = ?").append(i++);
            }
        }
        return sb.toString();
    }

    private static Query bind(Query q, ExportParameters p, long before) {
        q.setParameter(1, before);
        int i = 2;
        for (String f : FILTERS) {
            if (p.get(f) != null) {
                q.setParameter(i++, p.get(f));
            }
        }
        return q;
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM (SELECT e.id FROM audit_entry e" + where(parameters)
                + " LIMIT " + Math.max(0, limit) + ") x"), parameters, Long.MAX_VALUE).getSingleResult()).longValue();
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        long before = afterKey == null ? Long.MAX_VALUE : Long.parseLong(afterKey);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT e.id, e.occurred_at, e.actor, e.action, e.object_type,"
                + " e.object_id, e.details, e.hash FROM audit_entry e" + where(parameters) + " ORDER BY e.id DESC LIMIT "
                + Math.max(1, size)), parameters, before).getResultList();
        List<ExportRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.add(ExportRow.of(String.valueOf(id), id, r[1], r[2], r[3], r[4], r[5], r[6], r[7]));
        }
        return out;
    }
}
