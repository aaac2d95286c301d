package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.application.EvaluationDeadlines;
import org.zjcs.credit.domain.AppealStatus;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.LedgerState;
import org.zjcs.supervision.domain.Satisfaction;
import org.zjcs.supervision.domain.StatsPeriod;

/**
 * The 差评 ledger (差评台账, seed 002 第二十六条): every evaluation given with a bad level (不满意 / 非常不满意), newest
 * first, keyset-paged on (evaluated_at, id), filtered by period, firm, service item and state; and the follow-up
 * (整改情况) a regulator records on a line, audited. Scope from the Guard ({@link StatsScope}); the comment only for
 * regulators and the firm itself (the comment is private to the owner, the firm and regulators).
 */
@ApplicationScoped
@Transactional
public class EvaluationLedger {

    public static final int PAGE_SIZE = 20;
    public static final int NOTE_LENGTH = 1000;

    static final String BAD = Satisfaction.sqlList(Satisfaction.BAD);
    /** The ledger's rows (a bad level given) with the appeal and the follow-up, for {@link #SELECT} and the count. */
    static final String FROM = "FROM evaluation e JOIN organisation fo ON fo.id = e.firm_id JOIN organisation oo ON oo.id = e.owner_id "
            + "LEFT JOIN evaluation_appeal a ON a.evaluation_id = e.id "
            + "LEFT JOIN evaluation_follow_up f ON f.evaluation_id = e.id "
            + "WHERE e.overall_level IN (" + BAD + ") AND e.evaluated_at IS NOT NULL";
    static final String SELECT = "SELECT e.id, e.evaluated_at, e.notice_id, e.notice_title, "
            + "(SELECT MIN(ac.case_number) FROM notice_case nc JOIN approval_case ac ON ac.id = nc.approval_case_id "
            + "WHERE nc.notice_id = e.notice_id), e.firm_id, fo.name, e.owner_id, oo.name, e.quality, e.timeliness, "
            + "e.attitude, e.fees, e.conduct, e.overall_level, e.revised_level, e.comment, a.status, a.filed_at, "
            + "a.decision_reason, a.decided_at, f.note, f.recorded_at, f.recorded_by " + FROM;

    @Inject
    Guard guard;

    @Inject
    SettingsService settings;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** The ledger's filters: a period (required), optionally a firm, a service item and a state. */
    public record Filter(StatsPeriod period, Long firmId, Long serviceItemId, LedgerState state) {
    }

    /** One page of the caller's ledger lines after / before the cursor tokens. */
    public KeysetPage<LedgerLine> page(Filter filter, String after, String before) {
        StatsScope scope = StatsScope.of(guard);
        boolean comments = guard.hasRole(Role.REGULATOR) || scope.firm();
        Instant cutoff = appealCutoff();
        return KeysetPage.read(after, before, c -> c.numericKey().isPresent(), PAGE_SIZE,
                (c, backwards, limit) -> rows(scope, filter, cutoff, comments, c, backwards, limit));
    }

    /** The ledger for the supervision API: regulators and operators only. */
    public KeysetPage<LedgerLine> pageForSupervisors(Filter filter, String after, String before) {
        guard.requireAnyRole(Role.REGULATOR, Role.OPERATOR);
        return page(filter, after, before);
    }

    /** The cursor token of a line. */
    public static String token(LedgerLine l) {
        return new KeysetCursor(String.valueOf(micros(l.evaluatedAt())), l.evaluationId()).encode();
    }

    /**
     * A regulator records the follow-up (整改情况) of a 差评 that stands, with a note (≤ {@value #NOTE_LENGTH}): once per
     * evaluation; refused while an appeal is pending, after a revision that removed the 差评, or when one is recorded.
     * Audited EVALUATION_FOLLOW_UP_RECORDED.
     */
    public LedgerLine recordFollowUp(long evaluationId, String note) {
        String by = guard.requireRole(Role.REGULATOR).username();
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw new DomainException("evalstat.error.noteRequired");
        }
        if (n.length() > NOTE_LENGTH) {
            throw new DomainException("evalstat.error.noteLength", NOTE_LENGTH);
        }
        LedgerLine line = line(evaluationId);
        if (!line.state().followUpAllowed()) {
            throw new DomainException("evalstat.error.followUpNotAllowed");
        }
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("INSERT INTO evaluation_follow_up (evaluation_id, note, recorded_at, recorded_by) "
                        + "SELECT ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS "
                        + "(SELECT 1 FROM evaluation_follow_up WHERE evaluation_id = ?)")
                .setParameter(1, evaluationId).setParameter(2, n).setParameter(3, EvaluationStatistics.utc(now))
                .setParameter(4, by).setParameter(5, evaluationId).executeUpdate();
        if (inserted == 0) {
            throw new DomainException("evalstat.error.followUpNotAllowed");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firm", line.firmId());
        details.put("notice", line.noticeId());
        details.put("stateBefore", line.state().name());
        details.put("note", n);
        audit.record("EVALUATION_FOLLOW_UP_RECORDED", "EVALUATION", String.valueOf(evaluationId), details);
        return line(evaluationId);
    }

    /** One line of the regulators' ledger; absent (evalstat.error.notFound) when the evaluation is not a 差评. */
    public LedgerLine line(long evaluationId) {
        guard.requireRole(Role.REGULATOR);
        List<Object[]> rows = Rows.read(em, 1, SELECT + " AND e.id = ?", evaluationId);
        if (rows.isEmpty()) {
            throw new DomainException("evalstat.error.notFound");
        }
        return line(rows.get(0), appealCutoff(), true);
    }

    /** Evaluations given at or after this instant may still be appealed (the appeal period in working days). */
    Instant appealCutoff() {
        return calendar.beforeWorkingDays(clock.instant(), settings.intValue(EvaluationDeadlines.APPEAL_DAYS, 5));
    }

    /**
     * Lines of a scope fixed beforehand, after {@code c} in the pages' order (the Excel export: its background run has
     * no caller; {@link EvaluationLedgerExportSource} fixed the scope and whether comments show when it was asked).
     */
    List<LedgerLine> lines(StatsScope scope, Filter filter, boolean comments, KeysetCursor c, int limit) {
        return rows(scope, filter, appealCutoff(), comments, c, false, limit);
    }

    /** The conditions of a scope and filter after {@link #FROM}, their parameters added to {@code params}. */
    static String where(StatsScope scope, Filter filter, Instant cutoff, List<Object> params) {
        StringBuilder sql = new StringBuilder(" AND e.evaluated_at >= ? AND e.evaluated_at < ?");
        params.add(EvaluationStatistics.utc(filter.period().start()));
        params.add(EvaluationStatistics.utc(filter.period().end()));
        if (scope.firm()) {
            sql.append(" AND e.firm_id = ?");
            params.add(scope.id());
        } else if (scope.department()) {
            sql.append(EvaluationStatistics.OF_DEPARTMENT);
            params.add(scope.id());
        }
        if (filter.firmId() != null) {
            sql.append(" AND e.firm_id = ?");
            params.add(filter.firmId());
        }
        if (filter.serviceItemId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM notice n WHERE n.id = e.notice_id AND n.service_item_id = ?)");
            params.add(filter.serviceItemId());
        }
        if (filter.state() != null) {
            sql.append(stateSql(filter.state(), params, cutoff));
        }
        return sql.toString();
    }

    private List<LedgerLine> rows(StatsScope scope, Filter filter, Instant cutoff, boolean comments, KeysetCursor c,
                                  boolean backwards, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(where(scope, filter, cutoff, params));
        if (c != null) {
            java.time.LocalDateTime at = EvaluationStatistics.utc(fromMicros(c.numericKey().orElse(0L)));
            String cmp = backwards ? ">" : "<";
            sql.append(" AND (e.evaluated_at ").append(cmp).append(" ? OR (e.evaluated_at = ? AND e.id ").append(cmp).append(" ?))");
            params.add(at);
            params.add(at);
            params.add(c.id());
        }
        String dir = backwards ? "ASC" : "DESC";
        sql.append(" ORDER BY e.evaluated_at ").append(dir).append(", e.id ").append(dir);
        List<LedgerLine> out = new ArrayList<>();
        for (Object[] r : Rows.read(em, limit, sql.toString(), params.toArray())) {
            out.add(line(r, cutoff, comments));
        }
        if (backwards) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    /** The SQL condition of a state (the same rules as {@link LedgerState#derive}). */
    static String stateSql(LedgerState state, List<Object> params, Instant cutoff) {
        String standing = "(a.status = 'UPHELD' OR (a.status = 'REVISED' AND a.revised_level IN (" + BAD + ")))";
        switch (state) {
            case APPEALING:
                return " AND a.status = 'PENDING'";
            case REVOKED:
                return " AND a.status = 'REVISED' AND a.revised_level NOT IN (" + BAD + ")";
            case RECTIFIED:
                return " AND f.evaluation_id IS NOT NULL AND (a.id IS NULL OR " + standing + ")";
            case APPEALABLE:
                params.add(EvaluationStatistics.utc(cutoff));
                return " AND f.evaluation_id IS NULL AND a.id IS NULL AND e.evaluated_at >= ?";
            case TO_RECTIFY:
            default:
                params.add(EvaluationStatistics.utc(cutoff));
                return " AND f.evaluation_id IS NULL AND ((a.id IS NULL AND e.evaluated_at < ?) OR " + standing + ")";
        }
    }

    private static LedgerLine line(Object[] r, Instant cutoff, boolean comments) {
        Instant evaluatedAt = Rows.instant(r[1]);
        int[] aspects = new int[5];
        for (int i = 0; i < 5; i++) {
            aspects[i] = r[9 + i] == null ? 0 : ((Number) r[9 + i]).intValue();
        }
        EvaluationLevel level = EvaluationLevel.parse(Rows.text(r[14]));
        AppealStatus appeal = r[17] == null ? null : AppealStatus.valueOf(Rows.text(r[17]));
        EvaluationLevel revised = EvaluationLevel.parse(Rows.text(r[15]));
        boolean followedUp = r[21] != null;
        LedgerState state = LedgerState.derive(appeal, revised, !evaluatedAt.isBefore(cutoff), followedUp);
        return new LedgerLine(Rows.number(r[0]), evaluatedAt, Rows.number(r[2]), Rows.text(r[3]), Rows.text(r[4]),
                Rows.number(r[5]), Rows.text(r[6]), Rows.number(r[7]), Rows.text(r[8]), aspects, level, revised,
                comments ? Rows.text(r[16]) : null, appeal, Rows.instant(r[18]), Rows.text(r[19]), Rows.instant(r[20]),
                Rows.text(r[21]), Rows.instant(r[22]), Rows.text(r[23]), state);
    }

    static long micros(Instant i) {
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    static Instant fromMicros(long m) {
        return Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L), Math.floorMod(m, 1_000_000L) * 1000L);
    }
}
