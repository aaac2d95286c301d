package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.supervision.domain.BoardPeriod;

/**
 * Who sees which part of the board (from the Guard) and the board's settings: regulators all, the operator the
 * platform part, approval staff their department (pages only: the REST API is for regulators and the operator);
 * everyone else is refused (security.error.forbidden).
 */
@ApplicationScoped
public class BoardAccess {

    /** The default length of a period when the request names none. */
    public static final int DEFAULT_PERIOD_DAYS = 90;

    @Inject
    Guard guard;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** The caller's scope on the pages. */
    public BoardScope scope() {
        return scope(true);
    }

    /** The caller's scope; {@code departments}: whether approval staff may read at all (not on the REST API). */
    public BoardScope scope(boolean departments) {
        ZjcsPrincipal me = guard.requireLogin();
        if (guard.hasRole(Role.REGULATOR)) {
            return BoardScope.ALL;
        }
        if (guard.hasRole(Role.OPERATOR)) {
            return BoardScope.PLATFORM;
        }
        if (departments && guard.hasRole(Role.APPROVER)) {
            return BoardScope.department(me.organisationId());
        }
        throw new DomainException("security.error.forbidden");
    }

    public Instant now() {
        return clock.instant();
    }

    /** The end of the due-soon window: now plus setting supervision.board.due-soon-hours. */
    public Instant soon(Instant now) {
        return now.plusSeconds(3600L * settings.intValue(BoardSettings.DUE_SOON_HOURS, BoardSettings.DUE_SOON_HOURS_DEFAULT));
    }

    public int dueSoonHours() {
        return settings.intValue(BoardSettings.DUE_SOON_HOURS, BoardSettings.DUE_SOON_HOURS_DEFAULT);
    }

    /** The period a request names, checked against setting supervision.board.max-period-days. */
    public BoardPeriod period(String from, String to) {
        int max = settings.intValue(BoardSettings.MAX_PERIOD_DAYS, BoardSettings.MAX_PERIOD_DAYS_DEFAULT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
        return BoardPeriod.of(from, to, today, Math.min(DEFAULT_PERIOD_DAYS, max), max);
    }
}
