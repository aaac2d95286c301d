package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.zjcs.procurement.domain.EnrolmentWindow;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.shared.calendar.CalendarNotAvailableException;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.calendar.WorkingDayCalendar;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.settings.SettingsService;

/**
 * The notices' time rules against the working-day calendar and the settings: the minimum enrolment window, the
 * direct-pick threshold, the earliest deadline, the working days left. A year missing from the calendar is refused
 * plainly ({@code calendar.error.notAvailable}).
 */
@ApplicationScoped
public class NoticeCalendar {

    public static final String MIN_DAYS = "notice.enrolment.min-working-days";
    public static final String DIRECT_PICK_THRESHOLD = "notice.direct-pick.threshold";

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** The minimum enrolment window in working days (setting, at least 1). */
    public int minDays() {
        return Math.max(1, settings.intValue(MIN_DAYS, 3));
    }

    /** The fixed price from which a direct pick is refused (setting). */
    public BigDecimal threshold() {
        return settings.decimalValue(DIRECT_PICK_THRESHOLD, new BigDecimal("100000.00"));
    }

    /** The earliest deadline date a notice published today may have (the form shows it). */
    public LocalDate earliestDeadline() {
        Instant now = clock.instant();
        return withCalendar(cal -> EnrolmentWindow.earliestDate(cal, now, minDays()));
    }

    /** Working days left to enrol (0 once the deadline has passed or when not published). */
    public int workingDaysLeft(Notice n) {
        if (n.getEnrolmentDeadline() == null) {
            return 0;
        }
        Instant now = clock.instant();
        return withCalendar(cal -> EnrolmentWindow.workingDaysLeft(cal, now, n.getEnrolmentDeadline()));
    }

    public boolean isOpen(Notice n) {
        return n.isOpenAt(clock.instant());
    }

    /** The planned deadline checked at publication {@code now}: it must leave the minimum window. */
    Instant publicationDeadline(Instant now, LocalDateTime planned) {
        return withCalendar(cal -> EnrolmentWindow.check(cal, now, planned, minDays()));
    }

    /** A corrected deadline: the requested one, moved later when less than the minimum window would remain from now. */
    LocalDateTime correctedDeadline(Instant now, LocalDateTime requested) {
        return withCalendar(cal -> EnrolmentWindow.atLeastMinimum(cal, now, requested, minDays()));
    }

    private <T> T withCalendar(Function<WorkingDayCalendar, T> f) {
        try {
            return f.apply(calendar.calendar());
        } catch (CalendarNotAvailableException e) {
            throw new DomainException("calendar.error.notAvailable", String.valueOf(e.year()));
        }
    }
}
