package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.settings.SettingsService;

/**
 * The time limits of complaints and reports, in working days: a complaint may be made until {@value #PERIOD_DAYS}
 * (default 5) working days after the objection was rejected; regulators answer within {@value #ANSWER_DAYS} (default 10)
 * working days after filing.
 */
@ApplicationScoped
public class ComplaintPeriods {

    public static final String PERIOD_DAYS = "complaint.period.working-days";
    public static final String ANSWER_DAYS = "complaint.answer.working-days";
    public static final int PERIOD_DAYS_DEFAULT = 5;
    public static final int ANSWER_DAYS_DEFAULT = 10;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    /** The end of the complaint period after an objection rejected at {@code rejectedAt}. */
    public Instant complaintPeriodEnds(Instant rejectedAt) {
        return calendar.afterWorkingDays(rejectedAt, settings.intValue(PERIOD_DAYS, PERIOD_DAYS_DEFAULT));
    }

    /** When the regulators' answer to an item filed at {@code filedAt} is due. */
    public Instant answerDue(Instant filedAt) {
        return calendar.afterWorkingDays(filedAt, settings.intValue(ANSWER_DAYS, ANSWER_DAYS_DEFAULT));
    }
}
