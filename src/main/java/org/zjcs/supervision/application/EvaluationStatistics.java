package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zjcs.security.application.Guard;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.Satisfaction;
import org.zjcs.supervision.domain.SatisfactionFigures;
import org.zjcs.supervision.domain.StatsDimension;
import org.zjcs.supervision.domain.StatsPeriod;

/**
 * The 好差评 statistics (reader): over a period of Beijing calendar days, grouped by firm, service item, owner unit or
 * approval department, the number of evaluations given, the satisfaction rate, the average of each aspect, the share
 * of 差评 and the on-time rate of the group's due steps ({@link SatisfactionFigures} says each formula). Aggregates
 * are computed by the database from indexed range reads (V48); the caller's scope comes from the Guard
 * ({@link StatsScope}). At most {@value #MAX_GROUPS} groups, those with the most evaluations first.
 */
@ApplicationScoped
@Transactional
public class EvaluationStatistics {

    public static final int MAX_GROUPS = 200;

    static final String LEVEL = "COALESCE(e.revised_level, e.overall_level)";
    static final String SUMS = "COUNT(*), SUM(CASE WHEN " + LEVEL + " IN (" + Satisfaction.sqlList(Satisfaction.SATISFIED)
            + ") THEN 1 ELSE 0 END), SUM(CASE WHEN " + LEVEL + " IN (" + Satisfaction.sqlList(Satisfaction.BAD)
            + ") THEN 1 ELSE 0 END), SUM(e.quality), SUM(e.timeliness), SUM(e.attitude), SUM(e.fees), SUM(e.conduct)";
    /** The notice of the evaluation serves a case of the department (the department scope of other dimensions). */
    static final String OF_DEPARTMENT = " AND EXISTS (SELECT 1 FROM notice_case nc2 JOIN approval_case ac2 "
            + "ON ac2.id = nc2.approval_case_id WHERE nc2.notice_id = e.notice_id AND ac2.department_id = ?)";

    @Inject
    Guard guard;

    @Inject
    SettingsService settings;

    @Inject
    java.time.Clock clock;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /**
     * The default period: the last 30 days up to today (Beijing), shortened to the longest allowed; a month reads in
     * well under a second at 1 M evaluations (docs/performance.md, "好差评 statistics").
     */
    public StatsPeriod defaultPeriod() {
        int max = settings.intValue(EvaluationStatsSettings.MAX_PERIOD_DAYS, EvaluationStatsSettings.MAX_PERIOD_DAYS_DEFAULT);
        java.time.LocalDate today = org.zjcs.shared.time.BusinessTime.dateOf(clock.instant());
        return StatsPeriod.of(today.minusDays(Math.min(30, max) - 1L), today, max);
    }

    /** The period {@code from} … {@code to} (ISO dates), refused when missing, reversed or longer than allowed. */
    public StatsPeriod period(String from, String to) {
        return StatsPeriod.of(from, to, settings.intValue(EvaluationStatsSettings.MAX_PERIOD_DAYS,
                EvaluationStatsSettings.MAX_PERIOD_DAYS_DEFAULT));
    }

    /** The figures of the caller's scope over the period, one row per group of the dimension. */
    public List<SatisfactionFigures> figures(StatsDimension dimension, StatsPeriod period) {
        StatsScope scope = StatsScope.of(guard);
        List<Object> params = new ArrayList<>();
        params.add(utc(period.start()));
        params.add(utc(period.end()));
        String sql = evaluationSql(dimension, scope, params);
        List<SatisfactionFigures> groups = new ArrayList<>();
        for (Object[] r : Rows.read(em, MAX_GROUPS, sql, params.toArray())) {
            long[] aspects = new long[5];
            for (int i = 0; i < 5; i++) {
                aspects[i] = longOf(r[4 + i]);
            }
            groups.add(new SatisfactionFigures(Rows.number(r[0]), null, null, longOf(r[1]), longOf(r[2]), longOf(r[3]),
                    aspects, 0, 0));
        }
        if (groups.isEmpty()) {
            return groups;
        }
        List<Long> keys = groups.stream().map(SatisfactionFigures::key).filter(k -> k != null).toList();
        Map<Long, long[]> due = onTime(dimension, scope, period, keys);
        Map<Long, String[]> names = names(dimension, keys);
        List<SatisfactionFigures> out = new ArrayList<>();
        for (SatisfactionFigures g : groups) {
            long[] d = due.getOrDefault(g.key(), new long[2]);
            String[] n = names.getOrDefault(g.key(), new String[] {String.valueOf(g.key()), null});
            out.add(g.withDue(d[0], d[1]).named(n[0], n[1]));
        }
        return out;
    }

    /** The figures for the supervision API: regulators and operators only (every organisation's figures). */
    public List<SatisfactionFigures> figuresForSupervisors(StatsDimension dimension, StatsPeriod period) {
        guard.requireAnyRole(org.zjcs.security.domain.Role.REGULATOR, org.zjcs.security.domain.Role.OPERATOR);
        return figures(dimension, period);
    }

    /** The SQL of the evaluation sums of one dimension in a scope (parameters appended to {@code params}). */
    static String evaluationSql(StatsDimension dimension, StatsScope scope, List<Object> params) {
        String where = " WHERE e.evaluated_at >= ? AND e.evaluated_at < ?";
        if (scope.firm()) {
            where += " AND e.firm_id = ?";
            params.add(scope.id());
        }
        String order = " ORDER BY 2 DESC, 1";
        switch (dimension) {
            case FIRM:
            case OWNER: {
                String col = dimension == StatsDimension.FIRM ? "e.firm_id" : "e.owner_id";
                if (scope.department()) {
                    where += OF_DEPARTMENT;
                    params.add(scope.id());
                }
                return "SELECT " + col + ", " + SUMS + " FROM evaluation e" + where + " GROUP BY " + col + order;
            }
            case SERVICE_ITEM:
                if (scope.department()) {
                    where += OF_DEPARTMENT;
                    params.add(scope.id());
                }
                return "SELECT n.service_item_id, " + SUMS + " FROM evaluation e JOIN notice n ON n.id = e.notice_id"
                        + where + " GROUP BY n.service_item_id" + order;
            case DEPARTMENT:
            default:
                if (scope.department()) {
                    where += " AND ac.department_id = ?";
                    params.add(scope.id());
                }
                // a notice serving two cases of one department counts once for it (DISTINCT per evaluation)
                return "SELECT e.dep, " + SUMS + " FROM (SELECT DISTINCT ac.department_id dep, "
                        + "e.id, e.overall_level, e.revised_level, e.quality, e.timeliness, e.attitude, e.fees, e.conduct "
                        + "FROM evaluation e JOIN notice_case nc ON nc.notice_id = e.notice_id "
                        + "JOIN approval_case ac ON ac.id = nc.approval_case_id" + where + ") e GROUP BY e.dep" + order;
        }
    }

    /** Per group key: {closed due items in the period, of which on time}. */
    private Map<Long, long[]> onTime(StatsDimension dimension, StatsScope scope, StatsPeriod period, List<Long> keys) {
        List<Object> params = new ArrayList<>();
        String sql = onTimeSql(dimension, scope, keys, params);
        List<Object> all = new ArrayList<>();
        all.add(utc(period.start()));
        all.add(utc(period.end()));
        all.addAll(params);
        Map<Long, long[]> out = new HashMap<>();
        for (Object[] r : Rows.read(em, MAX_GROUPS, sql, all.toArray())) {
            out.put(Rows.number(r[0]), new long[] {longOf(r[1]), longOf(r[2])});
        }
        return out;
    }

    /**
     * The SQL of the on-time counts: the due items closed in the period of the party the dimension names (unscoped:
     * every firm / owner unit / department by its party id; service items: every party of the item), or, in a scope,
     * the scope's own due items grouped by the dimension's column.
     */
    static String onTimeSql(StatsDimension dimension, StatsScope scope, List<Long> keys, List<Object> params) {
        String where = " WHERE d.done_at >= ? AND d.done_at < ?";
        String col;
        if (!scope.all()) {
            where += " AND d.party_type = ? AND d.party_id = ?";
            params.add(scope.partyType());
            params.add(scope.id());
            col = scope.partyType().equals(dimension.partyType()) ? "d.party_id" : column(dimension);
        } else if (dimension.partyType() != null) {
            where += " AND d.party_type = ?";
            params.add(dimension.partyType());
            col = "d.party_id";
        } else {
            col = column(dimension);
        }
        where += " AND " + col + " IN (" + keys.stream().map(k -> "?").collect(Collectors.joining(",")) + ")";
        params.addAll(keys);
        return "SELECT " + col + ", COUNT(*), SUM(CASE WHEN d.late = 0 THEN 1 ELSE 0 END) FROM due_item d" + where
                + " GROUP BY " + col;
    }

    private static String column(StatsDimension dimension) {
        return switch (dimension) {
            case FIRM -> "d.firm_id";
            case OWNER -> "d.owner_id";
            case DEPARTMENT -> "d.department_id";
            case SERVICE_ITEM -> "d.service_item_id";
        };
    }

    private Map<Long, String[]> names(StatsDimension dimension, List<Long> keys) {
        Map<Long, String[]> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        String in = keys.stream().map(k -> "?").collect(Collectors.joining(","));
        String sql = dimension == StatsDimension.SERVICE_ITEM
                ? "SELECT id, name_zh, name_en FROM service_item WHERE id IN (" + in + ")"
                : "SELECT id, name, name FROM organisation WHERE id IN (" + in + ")";
        for (Object[] r : Rows.read(em, keys.size(), sql, keys.toArray())) {
            out.put(Rows.number(r[0]), new String[] {Rows.text(r[1]), Rows.text(r[2])});
        }
        return out;
    }

    static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static long longOf(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
