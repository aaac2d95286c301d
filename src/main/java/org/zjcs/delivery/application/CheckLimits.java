package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.settings.SettingsService;

/**
 * The time limit of an approval department's check of a deliverable (seed 002 §12): {@value #DAYS} working days
 * (setting, default {@value #DAYS_DEFAULT}) after the version became ready for the departments, i.e. the owner's
 * acceptance of it ({@link org.zjcs.delivery.domain.DeliverableHistory#checksOpenedAt}). A late department only gets
 * the overdue mark (no credit consequence: it is not a firm).
 */
@ApplicationScoped
public class CheckLimits {

    public static final String DAYS = "delivery.check.working-days";
    public static final int DAYS_DEFAULT = 3;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    /** When the checks of a version accepted at {@code acceptedAt} are due (null without an acceptance). */
    public Instant due(Instant acceptedAt) {
        return due(acceptedAt, days());
    }

    /** {@link #due(Instant)} with the time limit in working days read once ({@link #days}), for a batch of versions. */
    public Instant due(Instant acceptedAt, int days) {
        return acceptedAt == null ? null : calendar.afterWorkingDays(acceptedAt, days);
    }

    /** The check's time limit in working days (setting {@value #DAYS}). */
    public int days() {
        return settings.intValue(DAYS, DAYS_DEFAULT);
    }
}
