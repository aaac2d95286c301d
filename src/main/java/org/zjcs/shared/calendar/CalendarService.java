package org.zjcs.shared.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.event.ChangeRecorder;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.time.ClockMoved;

/** Gives the working-day calendar loaded from the reference data (tables calendar_year, calendar_day). */
@ApplicationScoped
@Transactional
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    /** How long a server keeps the calendar before reading it again (a year added on another server shows up). */
    static final Duration CACHE_TTL = Duration.ofMinutes(1);

    private record Cached(WorkingDayCalendar calendar, Instant loadedAt) {
    }

    private volatile Cached cached;

    /** The test clock moved: the calendar is read again at the next use (its cache is timed by the clock). */
    void onClockMoved(@Observes ClockMoved moved) {
        cached = null;
    }

    public WorkingDayCalendar calendar() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || now.isAfter(c.loadedAt().plus(CACHE_TTL))) {
            c = new Cached(load(), now);
            cached = c;
        }
        return c.calendar();
    }

    /**
     * The same Beijing clock time on the N-th working day after {@code from}, for time limits that run by themselves
     * (publicity, answers, filing, service). Without the calendar of that year (published each autumn and added by
     * operators) Monday to Friday count and a warning is logged, so that nothing that runs by itself stops for it.
     */
    public Instant afterWorkingDays(Instant from, int days) {
        LocalDateTime at = LocalDateTime.ofInstant(from, BusinessTime.ZONE);
        LocalDate date;
        try {
            date = calendar().addWorkingDays(from, days);
        } catch (CalendarNotAvailableException e) {
            LOG.warning(() -> "No working-day calendar for " + e.year() + ": counting Monday to Friday");
            date = at.toLocalDate();
            int left = days;
            while (left > 0) {
                date = date.plusDays(1);
                if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
        }
        return date.atTime(at.toLocalTime()).atZone(BusinessTime.ZONE).toInstant();
    }

    /**
     * The same Beijing clock time on the N-th working day before {@code due} (its date never counts), e.g. when a
     * reminder of a time limit becomes due. Without the calendar of a year on the way Monday to Friday count, as in
     * {@link #afterWorkingDays}.
     */
    public Instant beforeWorkingDays(Instant due, int days) {
        return beforeWorkingDays(calendar(), due, days);
    }

    /** {@link #beforeWorkingDays(Instant, int)} over the given calendar (unit-tested). */
    static Instant beforeWorkingDays(WorkingDayCalendar calendar, Instant due, int days) {
        LocalDateTime at = LocalDateTime.ofInstant(due, BusinessTime.ZONE);
        LocalDate date;
        try {
            date = calendar.subtractWorkingDays(at.toLocalDate(), days);
        } catch (CalendarNotAvailableException e) {
            LOG.warning(() -> "No working-day calendar for " + e.year() + ": counting Monday to Friday");
            date = at.toLocalDate();
            int left = days;
            while (left > 0) {
                date = date.minusDays(1);
                if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
        }
        return date.atTime(at.toLocalTime()).atZone(BusinessTime.ZONE).toInstant();
    }

    /** The first year from this year on whose arrangement is not loaded (e.g. next year before its notice). */
    public int firstMissingYear() {
        WorkingDayCalendar c = calendar();
        int y = BusinessTime.dateOf(clock.instant()).getYear();
        while (c.covers(LocalDate.of(y, 1, 1))) {
            y++;
        }
        return y;
    }

    /** Drops the cached calendar, e.g. after a year has been added. */
    public void reload() {
        cached = null;
    }

    public List<CalendarYear> years() {
        return em.createNamedQuery("CalendarYear.all", CalendarYear.class).getResultList();
    }

    public List<CalendarDay> days() {
        return em.createNamedQuery("CalendarDay.all", CalendarDay.class).getResultList();
    }

    /**
     * Loads a year's arrangement that an operator typed from the State Council's notice. A year is
     * added once; it is never edited in place (a wrong year is corrected by a migration, with review).
     */
    @Transactional
    public void addYear(YearArrangement arrangement) {
        if (em.find(CalendarYear.class, arrangement.year()) != null) {
            throw new DomainException("calendar.error.yearExists", String.valueOf(arrangement.year()));
        }
        em.persist(new CalendarYear(arrangement.year(), arrangement.source(), clock.instant(), actor.name()));
        em.flush();
        int holidays = 0;
        for (Map.Entry<LocalDate, YearArrangement.Entry> e : arrangement.days().entrySet()) {
            YearArrangement.Entry entry = e.getValue();
            em.persist(new CalendarDay(e.getKey(), entry.kind(), entry.nameZh(), entry.nameEn()));
            if (e.getValue().kind() == DayKind.HOLIDAY) {
                holidays++;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", arrangement.source());
        details.put("holidays", holidays);
        details.put("workdays", arrangement.days().size() - holidays);
        changes.record("CALENDAR_YEAR_ADDED", "CalendarYear", String.valueOf(arrangement.year()), details);
        reload();
    }

    private WorkingDayCalendar load() {
        Set<Integer> years = new HashSet<>();
        for (CalendarYear y : years()) {
            years.add(y.getYear());
        }
        Map<LocalDate, DayKind> overrides = new HashMap<>();
        for (CalendarDay d : days()) {
            overrides.put(d.getDay(), d.getKind());
        }
        return new WorkingDayCalendar(overrides, years);
    }
}
