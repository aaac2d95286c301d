package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.supervision.domain.RiskWarning;
import org.zjcs.supervision.domain.RiskWarningRepository;
import org.zjcs.supervision.domain.RiskWarningState;
import org.zjcs.supervision.domain.risk.RiskRule;

/**
 * The risk warnings (regulator/risks.xhtml) as an Excel export: regulators only, as the page (the warnings are the
 * city's: every regulator organisation sees them all); the page's filters {@code rule} and {@code state} (an unknown
 * one refused with the page's message); newest found first by (found_at, id), the page's keyset.
 */
@ApplicationScoped
@Transactional
public class RiskWarningExportSource implements ExportSource {

    public static final String KIND = "RISK_WARNINGS";

    @Inject
    Guard guard;

    @Inject
    RiskWarningRepository warnings;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ExportParameters authorize(ExportParameters requested) {
        guard.requireRole(Role.REGULATOR);
        RiskRule rule = RiskWarnings.parse(RiskRule.class, requested.get("rule"), "risk.error.rule");
        RiskWarningState state = RiskWarnings.parse(RiskWarningState.class, requested.get("state"), "risk.error.state");
        ExportParameters p = ExportParameters.of(Map.of());
        if (rule != null) {
            p = p.with("rule", rule.name());
        }
        if (state != null) {
            p = p.with("state", state.name());
        }
        return p;
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("export.column.warningId", CellKind.INTEGER),
                ExportColumn.of("risk.col.rule", CellKind.LABEL),
                ExportColumn.of("risk.col.subjectKind", CellKind.LABEL),
                ExportColumn.of("risk.col.subject", CellKind.TEXT),
                ExportColumn.of("export.column.windowFrom", CellKind.DATE_TIME),
                ExportColumn.of("export.column.windowTo", CellKind.DATE_TIME),
                ExportColumn.of("risk.foundAt", CellKind.DATE_TIME),
                ExportColumn.of("risk.refreshedAt", CellKind.DATE_TIME),
                ExportColumn.of("risk.state", CellKind.LABEL),
                ExportColumn.of("risk.note", CellKind.TEXT),
                ExportColumn.of("risk.checkedAt", CellKind.DATE_TIME),
                ExportColumn.of("export.column.checkedBy", CellKind.TEXT));
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        return warnings.countUpTo(rule(parameters), state(parameters), limit);
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        KeysetCursor after = afterKey == null ? null : KeysetCursor.decode(afterKey).orElse(null);
        List<RiskWarning> page = warnings.page(rule(parameters), state(parameters),
                after == null ? null : after.numericKey().orElse(Long.MAX_VALUE), after == null ? null : after.id(),
                false, Math.max(1, size));
        List<ExportRow> out = new ArrayList<>(page.size());
        for (RiskWarning w : page) {
            out.add(ExportRow.of(RiskWarnings.token(w), w.getId(), "risk.rule." + w.getRule().name(),
                    "risk.subject." + w.getSubjectKind().name(), w.getSubjectLabel(), w.getWindowFrom(), w.getWindowTo(),
                    w.getFoundAt(), w.getRefreshedAt(), "risk.state." + w.getState().name(), w.getCheckedNote(),
                    w.getCheckedAt(), w.getCheckedBy()));
        }
        return out;
    }

    private static RiskRule rule(ExportParameters p) {
        return RiskWarnings.parse(RiskRule.class, p.get("rule"), "risk.error.rule");
    }

    private static RiskWarningState state(ExportParameters p) {
        return RiskWarnings.parse(RiskWarningState.class, p.get("state"), "risk.error.state");
    }
}
