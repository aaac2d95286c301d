package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.ExportSource;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.supervision.domain.LedgerState;
import org.zjcs.supervision.domain.StatsPeriod;

/**
 * The 差评 ledger (regulator/evaluations.xhtml, firm/statistics.xhtml, approval/statistics.xhtml, tab 差评台账) as an
 * Excel export, with the page's filters ({@code from}, {@code to} — the last 30 days when both are absent, as on the
 * page — {@code firm}, {@code item}, {@code state}) and the caller's scope as {@link StatsScope} decides it for the
 * page: regulators and operators all lines, approval staff their department's, a firm its own, owners refused. The
 * scope ({@code scope}) and whether comments show ({@code comments}: regulators and the firm itself, as on the page)
 * are fixed into the job. Order and keyset as the page: newest evaluation first, (evaluated_at, id).
 */
@ApplicationScoped
@Transactional
public class EvaluationLedgerExportSource implements ExportSource {

    public static final String KIND = "EVALUATION_LEDGER";

    @Inject
    Guard guard;

    @Inject
    EvaluationLedger ledger;

    @Inject
    EvaluationStatistics statistics;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ExportParameters authorize(ExportParameters requested) {
        StatsScope scope = StatsScope.of(guard);
        boolean comments = guard.hasRole(Role.REGULATOR) || scope.firm();
        String from = requested.get("from");
        String to = requested.get("to");
        StatsPeriod period = from == null && to == null ? statistics.defaultPeriod() : statistics.period(from, to);
        Long firm = positive(requested.longValue("firm"));
        Long item = positive(requested.longValue("item"));
        LedgerState state = LedgerState.parse(requested.get("state"));
        ExportParameters p = ExportParameters.of(Map.of())
                .with("from", period.from().toString())
                .with("to", period.to().toString())
                .with("scope", scope.all() ? "ALL" : scope.partyType() + ":" + scope.id())
                .with("comments", String.valueOf(comments));
        if (firm != null) {
            p = p.with("firm", firm.toString());
        }
        if (item != null) {
            p = p.with("item", item.toString());
        }
        if (state != null) {
            p = p.with("state", state.name());
        }
        return p;
    }

    private static Long positive(Long id) {
        if (id != null && id < 1) {
            throw new DomainException("export.error.parameters");
        }
        return id;
    }

    @Override
    public List<ExportColumn> columns() {
        return List.of(
                ExportColumn.of("export.column.evaluationId", CellKind.INTEGER),
                ExportColumn.of("evalstat.ledger.evaluatedAt", CellKind.DATE_TIME),
                ExportColumn.of("evalstat.ledger.firm", CellKind.TEXT),
                ExportColumn.of("export.column.noticeId", CellKind.INTEGER),
                ExportColumn.of("evalstat.ledger.notice", CellKind.TEXT),
                ExportColumn.of("evalstat.ledger.case", CellKind.TEXT),
                ExportColumn.of("evalstat.ledger.owner", CellKind.TEXT),
                ExportColumn.of("evaluation.aspect.quality", CellKind.INTEGER),
                ExportColumn.of("evaluation.aspect.timeliness", CellKind.INTEGER),
                ExportColumn.of("evaluation.aspect.attitude", CellKind.INTEGER),
                ExportColumn.of("evaluation.aspect.fees", CellKind.INTEGER),
                ExportColumn.of("evaluation.aspect.conduct", CellKind.INTEGER),
                ExportColumn.of("evaluation.level", CellKind.LABEL),
                ExportColumn.of("export.column.revisedLevel", CellKind.LABEL),
                ExportColumn.of("evaluation.comment", CellKind.TEXT),
                ExportColumn.of("evalstat.ledger.appeal", CellKind.LABEL),
                ExportColumn.of("export.column.appealDecision", CellKind.TEXT),
                ExportColumn.of("evalstat.ledger.followUp", CellKind.TEXT),
                ExportColumn.of("export.column.followUpAt", CellKind.DATE_TIME),
                ExportColumn.of("export.column.followUpBy", CellKind.TEXT),
                ExportColumn.of("evalstat.state", CellKind.LABEL));
    }

    /** The scope fixed into the job ({@code ALL}, {@code FIRM:<id>} or {@code DEPARTMENT:<id>}). */
    static StatsScope scope(ExportParameters p) {
        String s = p.get("scope");
        if (s == null || s.equals("ALL")) {
            return StatsScope.ALL;
        }
        int colon = s.indexOf(':');
        return new StatsScope(s.substring(0, colon), Long.valueOf(s.substring(colon + 1)));
    }

    /** The filter fixed into the job (the period was checked when it was asked). */
    static EvaluationLedger.Filter filter(ExportParameters p) {
        return new EvaluationLedger.Filter(new StatsPeriod(LocalDate.parse(p.get("from")), LocalDate.parse(p.get("to"))),
                p.longValue("firm"), p.longValue("item"), LedgerState.parse(p.get("state")));
    }

    @Override
    public long countUpTo(ExportParameters parameters, long limit) {
        List<Object> params = new ArrayList<>();
        String where = EvaluationLedger.where(scope(parameters), filter(parameters), ledger.appealCutoff(), params);
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT e.id " + EvaluationLedger.FROM + where + " LIMIT "
                + Math.max(0, limit) + ") x");
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @Override
    public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
        KeysetCursor after = afterKey == null ? null : KeysetCursor.decode(afterKey).orElse(null);
        List<LedgerLine> lines = ledger.lines(scope(parameters), filter(parameters),
                Boolean.parseBoolean(parameters.get("comments")), after, Math.max(1, size));
        List<ExportRow> out = new ArrayList<>(lines.size());
        for (LedgerLine l : lines) {
            out.add(row(l));
        }
        return out;
    }

    /** A ledger line as a row of {@link #columns()}: states, levels and the appeal as message keys (LABEL cells). */
    static ExportRow row(LedgerLine l) {
        return ExportRow.of(EvaluationLedger.token(l), l.evaluationId(), l.evaluatedAt(), l.firmName(), l.noticeId(),
                l.noticeTitle(), l.caseNumber(), l.ownerName(), l.getQuality(), l.getTimeliness(), l.getAttitude(), l.getFees(),
                l.getConduct(), "evaluation.level." + l.level().name(),
                l.revisedLevel() == null ? null : "evaluation.level." + l.revisedLevel().name(), l.comment(),
                l.appealStatus() == null ? "evalstat.ledger.noAppeal" : "appeal.status." + l.appealStatus().name(),
                l.appealDecision(), l.followUpNote(), l.followUpAt(), l.followUpBy(), l.state().messageKey());
    }
}
