package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.BusinessTime;

/**
 * What the operator's review of registrations (firms and owner organisations alike) has in common: the review
 * deadline of 2 working days (setting {@value #REVIEW_DAYS}) counted from the latest submission, and the rule
 * that a return, suspension or reinstatement states its reason.
 */
@ApplicationScoped
public class RegistrationReviews {

    public static final String REVIEW_DAYS = "review.registration.working-days";

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** The queue line of a registration submitted (or last resubmitted) at {@code submittedAt}. */
    public ReviewQueueEntry queueEntry(Organisation organisation, Instant submittedAt) {
        int days = settings.intValue(REVIEW_DAYS, 2);
        LocalDate deadline = calendar.calendar().addWorkingDays(submittedAt, days);
        LocalDate today = BusinessTime.dateOf(clock.instant());
        return new ReviewQueueEntry(organisation.getId(), organisation.getName(), organisation.getCreditCode(), submittedAt,
                deadline, today.isAfter(deadline));
    }

    /** The reason of a return, suspension or reinstatement: required, kept to the column's 1,000 characters. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("registration.error.reasonRequired");
        }
        String r = reason.trim();
        return r.length() > 1000 ? r.substring(0, 1000) : r;
    }
}
