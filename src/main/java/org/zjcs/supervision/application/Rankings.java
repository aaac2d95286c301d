package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.supervision.domain.Ranking;
import org.zjcs.supervision.domain.RankingKind;

/**
 * The monthly rankings of approval departments, owner units and firms on timeliness (and firms also on satisfaction),
 * docs/supervision.md "Rankings and 通报": for regulators and operators. A month is a calendar month in Beijing time;
 * the current month is ranked so far, a future month is refused.
 */
@ApplicationScoped
@Transactional
public class Rankings {

    @Inject
    Guard guard;

    @Inject
    RankingQueries queries;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** The month's rankings ({@code month} as YYYY-MM). */
    public MonthRanking month(String month) {
        guard.requireAnyRole(Role.REGULATOR, Role.OPERATOR);
        return compute(parse(month));
    }

    /** The month before the current one (the pages' default). */
    public YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(BusinessTime.ZONE)).minusMonths(1);
    }

    /** A month as asked for: YYYY-MM, not in the future. */
    public YearMonth parse(String month) {
        if (month == null || month.isBlank()) {
            throw new DomainException("rank.error.monthRequired");
        }
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("rank.error.month");
        }
        if (m.isAfter(YearMonth.now(clock.withZone(BusinessTime.ZONE)))) {
            throw new DomainException("rank.error.future");
        }
        if (m.getYear() < 2000) {
            throw new DomainException("rank.error.month");
        }
        return m;
    }

    /** The rankings without the caller check (the 通报 drafting, which checks its own caller). */
    public MonthRanking compute(YearMonth m) {
        Instant start = m.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant monthEnd = m.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant now = clock.instant();
        Instant end = now.isBefore(monthEnd) ? now : monthEnd; // the current month: so far
        int min = settings.intValue(RankingSettings.MIN_ITEMS, RankingSettings.MIN_ITEMS_DEFAULT);
        return new MonthRanking(m, min, now,
                Ranking.rank(queries.figures(RankingKind.DEPARTMENT, start, end), min),
                Ranking.rank(queries.figures(RankingKind.OWNER, start, end), min),
                Ranking.rank(queries.figures(RankingKind.FIRM, start, end), min));
    }
}
