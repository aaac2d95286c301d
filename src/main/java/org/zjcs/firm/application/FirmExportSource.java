package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;

/**
 * The operator's firm list (operator/firms.xhtml: approved firms) as an Excel export, optionally only one standing
 * ({@code standing} = ACTIVE | SUSPENDED). Keyset on the firm's id; plain reads, no lock.
 */
@ApplicationScoped
@Transactional
public class FirmExportSource implements ExportSource {

    public static final String KIND = "FIRMS";
    private static final Set<String> STANDINGS = Set.of("ACTIVE", "SUSPENDED");
    private static final String FROM = " FROM firm f JOIN organisation o ON o.id = f.organisation_id"
            + " LEFT JOIN region r ON r.code = f.region_code"
            + " WHERE f.registration_status = 'APPROVED' AND (?1 IS NULL OR o.status = ?1)";

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
        String standing = requested.get("standing");
        if (standing != null && !STANDINGS.contains(standing)) {
            throw new DomainException("export.error.parameters");
        }
        ExportParameters p = ExportParameters.of(java.util.Map.of());
        return standing == null ? p : p.with("standing", standing);
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("register.name", CellKind.TEXT),
                ExportColumn.of("register.creditCode", CellKind.TEXT),
                ExportColumn.of("register.region", CellKind.TEXT),
                ExportColumn.of("register.legalRep", CellKind.TEXT),
                ExportColumn.of("register.contactPhone", CellKind.TEXT),
                ExportColumn.of("firms.admin.standing", CellKind.LABEL),
                ExportColumn.of("export.column.approvedAt", CellKind.DATE_TIME),
                ExportColumn.of("export.column.serviceItems", CellKind.INTEGER));
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT f.organisation_id" + FROM
                        + " LIMIT " + Math.max(0, limit) + ") x")
                .setParameter(1, parameters.get("standing")).getSingleResult();
        return n.longValue();
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        long after = afterKey == null ? 0 : Long.parseLong(afterKey);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.organisation_id, o.name, o.credit_code, r.name,"
                        + " f.legal_representative, f.contact_phone, o.status, f.approved_at,"
                        + " (SELECT COUNT(*) FROM firm_service_item i WHERE i.firm_id = f.organisation_id)"
                        + FROM + " AND f.organisation_id > ?2 ORDER BY f.organisation_id LIMIT " + Math.max(1, size))
                .setParameter(1, parameters.get("standing")).setParameter(2, after).getResultList();
        List<ExportRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(ExportRow.of(String.valueOf(((Number) r[0]).longValue()), r[1], r[2], r[3], r[4], r[5],
                    "firms.admin.standing." + r[6], r[7], r[8]));
        }
        return out;
    }
}
