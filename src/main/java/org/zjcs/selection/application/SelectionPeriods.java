package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.settings.SettingsService;

/**
 * The selection's time limits in working days: the publicity period after a result (setting {@value #PUBLICITY_DAYS},
 * default 3) and the owner's time to answer an objection ({@value #ANSWER_DAYS}, default 3).
 */
@ApplicationScoped
public class SelectionPeriods {

    public static final String PUBLICITY_DAYS = "selection.publicity.working-days";
    public static final String ANSWER_DAYS = "selection.objection.answer-working-days";

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    /** The end of a publicity period that starts at {@code from}. */
    public Instant publicityEnds(Instant from) {
        return afterWorkingDays(from, settings.intValue(PUBLICITY_DAYS, 3));
    }

    /** The answer deadline of an objection raised at {@code from}. */
    public Instant answerDue(Instant from) {
        return afterWorkingDays(from, settings.intValue(ANSWER_DAYS, 3));
    }

    /** The same Beijing clock time N working days later (CalendarService.afterWorkingDays). */
    public Instant afterWorkingDays(Instant from, int days) {
        return calendar.afterWorkingDays(from, days);
    }
}
