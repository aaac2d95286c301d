package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.RankingKind;
import org.zjcs.supervision.domain.Satisfaction;
import org.zjcs.supervision.domain.UnitFigures;

/**
 * The rankings' figures, read with native SQL from {@code due_item} (the party that had to act: party_type and
 * party_id, index ix_due_party_open) and, for firms, from {@code evaluation} (index ix_evaluation_firm is on
 * (firm_id, evaluated_at); the month's evaluations are few). One grouped query per kind, no per-unit query.
 */
@ApplicationScoped
public class RankingQueries {

    static final int MAX_UNITS = 100_000;

    private static final String DUE = "SELECT d.party_id, o.name, "
            + "SUM(CASE WHEN d.done_at >= ? AND d.done_at < ? THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN d.done_at >= ? AND d.done_at < ? AND d.late = 1 THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN d.due_at < ? AND (d.done_at IS NULL OR d.done_at >= ?) THEN 1 ELSE 0 END) "
            + "FROM due_item d JOIN organisation o ON o.id = d.party_id "
            + "WHERE d.party_type = ? AND d.party_id IS NOT NULL "
            + "AND ((d.done_at >= ? AND d.done_at < ?) OR ((d.done_at IS NULL OR d.done_at >= ?) AND d.due_at < ?)) "
            + "GROUP BY d.party_id, o.name";

    private static final String SATISFACTION = "SELECT e.firm_id, o.name, COUNT(*), SUM(CASE WHEN "
            + Satisfaction.satisfiedSql("e") + " THEN 1 ELSE 0 END) FROM evaluation e JOIN organisation o ON o.id = e.firm_id "
            + "WHERE e.evaluated_at >= ? AND e.evaluated_at < ? GROUP BY e.firm_id, o.name";

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** Every unit of the kind with an item closed in [start, end) or overdue at {@code end}, with its figures. */
    public List<UnitFigures> figures(RankingKind kind, Instant start, Instant end) {
        LocalDateTime s = Rows.param(start);
        LocalDateTime e = Rows.param(end);
        Map<Long, UnitFigures> units = new LinkedHashMap<>();
        for (Object[] r : Rows.read(em, MAX_UNITS, DUE, s, e, s, e, e, e, kind.name(), s, e, e, e)) {
            long id = Rows.number(r[0]);
            units.put(id, new UnitFigures(kind, id, Rows.text(r[1]), n(r[2]), n(r[3]), n(r[4]), 0, 0));
        }
        if (kind == RankingKind.FIRM) {
            Map<Long, Object[]> evaluated = new HashMap<>();
            for (Object[] r : Rows.read(em, MAX_UNITS, SATISFACTION, s, e)) {
                evaluated.put(Rows.number(r[0]), r);
            }
            evaluated.forEach((id, r) -> {
                UnitFigures u = units.get(id);
                units.put(id, u == null
                        ? new UnitFigures(kind, id, Rows.text(r[1]), 0, 0, 0, n(r[2]), n(r[3]))
                        : new UnitFigures(kind, id, u.name(), u.closed(), u.late(), u.overdueAtEnd(), n(r[2]), n(r[3])));
            });
        }
        return new ArrayList<>(units.values());
    }

    private static long n(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
