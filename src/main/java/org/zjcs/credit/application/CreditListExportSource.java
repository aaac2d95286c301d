package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;
import org.zjcs.shared.time.BusinessTime;

/**
 * The red and black list entries (regulator/credit-lists.xhtml) as an Excel export, every entry newest first by id
 * (keyset {@code id < last}), optionally one list ({@code kind} = RED | BLACK); each entry's state as on the day the
 * export runs ({@link CreditListEntry#stateOn}).
 */
@ApplicationScoped
@Transactional
public class CreditListExportSource implements ExportSource {

    public static final String KIND = "CREDIT_LIST";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ExportParameters authorize(ExportParameters requested) {
        guard.requireRole(Role.REGULATOR);
        String kind = requested.get("kind");
        if (kind != null && !kind.equals("RED") && !kind.equals("BLACK")) {
            throw new DomainException("export.error.parameters");
        }
        ExportParameters p = ExportParameters.of(Map.of());
        return kind == null ? p : p.with("kind", kind);
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("credit.col.firm", CellKind.TEXT),
                ExportColumn.of("register.creditCode", CellKind.TEXT),
                ExportColumn.of("credit.col.kind", CellKind.LABEL),
                ExportColumn.of("credit.col.reason", CellKind.TEXT),
                ExportColumn.of("credit.col.legalBasis", CellKind.TEXT),
                ExportColumn.of("credit.col.start", CellKind.DATE),
                ExportColumn.of("credit.col.end", CellKind.DATE),
                ExportColumn.of("credit.col.state", CellKind.LABEL),
                ExportColumn.of("credit.col.endReason", CellKind.TEXT));
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT e.id FROM credit_list_entry e"
                        + " WHERE (?1 IS NULL OR e.kind = ?1) LIMIT " + Math.max(0, limit) + ") x")
                .setParameter(1, parameters.get("kind")).getSingleResult()).longValue();
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        long before = afterKey == null ? Long.MAX_VALUE : Long.parseLong(afterKey);
        LocalDate today = BusinessTime.dateOf(clock.instant());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, o.name, o.credit_code, e.kind, e.reason, e.legal_basis,"
                        + " e.start_date, e.end_date, e.ended_on, e.repair_id, e.end_reason"
                        + " FROM credit_list_entry e JOIN organisation o ON o.id = e.firm_id"
                        + " WHERE (?1 IS NULL OR e.kind = ?1) AND e.id < ?2 ORDER BY e.id DESC LIMIT " + Math.max(1, size))
                .setParameter(1, parameters.get("kind")).setParameter(2, before).getResultList();
        List<ExportRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            LocalDate start = date(r[6]);
            LocalDate end = date(r[7]);
            LocalDate endedOn = date(r[8]);
            String state = CreditListEntry.stateOn(today, start, end, endedOn, r[9] != null).name();
            out.add(ExportRow.of(String.valueOf(((Number) r[0]).longValue()), r[1], r[2], "credit.kind." + r[3], r[4], r[5],
                    start, end, "credit.state." + state, r[10]));
        }
        return out;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
