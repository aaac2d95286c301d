package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
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
import org.zjcs.supervision.domain.SatisfactionFigures;
import org.zjcs.supervision.domain.StatsDimension;
import org.zjcs.supervision.domain.StatsPeriod;

/**
 * The 好差评 statistics (reader): over a period of Beijing calendar days, grouped by firm, service item, owner unit or
 * approval department, the number of evaluations given, the satisfaction rate, the average of each aspect, the share
 * of 差评 and the on-time rate of the group's due steps ({@link SatisfactionFigures} says each formula). The counts
 * are sums over the whole days of the daily summary {@code evaluation_day} (V53, kept by {@link EvaluationDays} in the
 * due tracker's pass: the figures are as of the last pass); the on-time rate comes from {@code due_item}. The caller's
 * scope comes from the Guard ({@link StatsScope}). At most {@value #MAX_GROUPS} groups, those with the most
 * evaluations first.
 */
@ApplicationScoped
@Transactional
public class EvaluationStatistics {

    public static final int MAX_GROUPS = 200;

    private static final String ORDER = " ORDER BY 2 DESC, 1";

    static final String SUMS = "SUM(s.evaluations), SUM(s.satisfied), SUM(s.bad), SUM(s.quality), SUM(s.timeliness), "
            + "SUM(s.attitude), SUM(s.fees), SUM(s.conduct)";
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
        String sql = evaluationSql(dimension, scope, period, params);
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

    /**
     * The SQL of the sums of one dimension over the period in a scope, its parameters appended to {@code params}: over
     * every organisation, the whole calendar months of the period from {@code evaluation_month} and the days at either
     * end from {@code evaluation_day}; in a department's or a firm's scope, its own rows of {@code evaluation_day}
     * (department 0 rows count every evaluation once; a department's rows the evaluations of notices serving its cases).
     */
    static String evaluationSql(StatsDimension dimension, StatsScope scope, StatsPeriod period, List<Object> params) {
        String col = EvaluationDays.dayColumn(dimension);
        if (scope.all()) {
            LocalDate[] months = wholeMonths(period);
            String days = " FROM evaluation_day s WHERE " + EvaluationDays.dayRows(dimension);
            if (months == null) {
                params.add(period.from());
                params.add(period.to());
                return "SELECT " + col + ", " + SUMS + days + " AND s.day >= ? AND s.day <= ? GROUP BY " + col + ORDER;
            }
            params.add(dimension.name());
            params.add(months[0]);
            params.add(months[1]);
            params.add(period.from());
            params.add(months[0]);
            params.add(months[1].plusMonths(1));
            params.add(period.to());
            return "SELECT u.k, SUM(u.evaluations), SUM(u.satisfied), SUM(u.bad), SUM(u.quality), SUM(u.timeliness), "
                    + "SUM(u.attitude), SUM(u.fees), SUM(u.conduct) FROM (SELECT m.group_id k, m.evaluations, m.satisfied, "
                    + "m.bad, m.quality, m.timeliness, m.attitude, m.fees, m.conduct FROM evaluation_month m "
                    + "WHERE m.dimension = ? AND m.month >= ? AND m.month <= ? UNION ALL SELECT " + col + " k, s.evaluations, "
                    + "s.satisfied, s.bad, s.quality, s.timeliness, s.attitude, s.fees, s.conduct" + days
                    + " AND ((s.day >= ? AND s.day < ?) OR (s.day >= ? AND s.day <= ?))) u GROUP BY u.k" + ORDER;
        }
        params.add(period.from());
        params.add(period.to());
        String where = " WHERE s.day >= ? AND s.day <= ?";
        if (scope.department()) {
            where += " AND s.department_id = ?";
            params.add(scope.id());
        } else {
            where += dimension == StatsDimension.DEPARTMENT ? " AND s.department_id > 0" : " AND s.department_id = 0";
            where += " AND s.firm_id = ?";
            params.add(scope.id());
        }
        if (dimension == StatsDimension.SERVICE_ITEM) {
            where += " AND s.service_item_id <> 0";   // the notice was not found: no service item
        }
        return "SELECT " + col + ", " + SUMS + " FROM evaluation_day s" + where + " GROUP BY " + col + ORDER;
    }

    /**
     * The first days of the first and the last calendar month lying wholly in the period, null when none does (a
     * period of 1 June to 31 July: June and July; 15 June to 31 July: July only; 3 to 28 June: none).
     */
    static LocalDate[] wholeMonths(StatsPeriod period) {
        LocalDate first = period.from().getDayOfMonth() == 1 ? period.from() : period.from().withDayOfMonth(1).plusMonths(1);
        LocalDate after = period.to().plusDays(1).withDayOfMonth(1);   // the month after the last whole one
        if (period.to().plusDays(1).getDayOfMonth() != 1) {
            after = period.to().withDayOfMonth(1);
        }
        return first.isBefore(after) ? new LocalDate[] {first, after.minusMonths(1)} : null;
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
