package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.zjcs.contract.application.ContractLookup;
import org.zjcs.credit.application.EvaluationDeadlines;
import org.zjcs.delivery.application.CheckLimits;
import org.zjcs.security.application.RegistrationQueue;
import org.zjcs.selection.application.SelectionPeriods;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.supervision.domain.DueKind;

/**
 * The due instant of a step, as its owning context shows it: the instant the context stored where it stores one
 * (objection answer, contract answer, first deliverable, evaluation, complaint), else the same computation the context
 * uses ({@link CheckLimits#due}, {@link EvaluationDeadlines#ratingDue}, the filing limit of {@link ContractLookup}, the
 * registration queue's deadline day, the service time limit of the delivery work list), and for the three steps that had
 * no limit before, their new settings ({@link DueSettings}). Limits are read when the item opens.
 */
@ApplicationScoped
public class DueLimits {

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Inject
    CheckLimits checks;

    @Inject
    EvaluationDeadlines evaluations;

    /** The due instant of a source row of {@code kind} (columns as {@link DueSource} lists them). */
    Instant due(DueKind kind, Instant opened, Instant stored, Object serviceDays, LocalDate extendedEnd) {
        if (stored != null) {
            return stored;
        }
        return switch (kind) {
            // the queue's deadline day (WorkingDayCalendar.addWorkingDays); the same date as afterWorkingDays gives,
            // which also counts Monday to Friday for a year without a calendar instead of failing
            case REGISTRATION_REVIEW -> endOfDay(BusinessTime.dateOf(calendar.afterWorkingDays(opened,
                    settings.intValue(RegistrationQueue.REVIEW_DAYS, 2))));
            case QUALIFICATION_REVIEW -> days(opened, DueSettings.QUALIFICATION_REVIEW_DAYS,
                    DueSettings.QUALIFICATION_REVIEW_DAYS_DEFAULT);
            case OBJECTION_ANSWER -> days(opened, SelectionPeriods.ANSWER_DAYS, 3);
            case CONTRACT_UPLOAD -> days(opened, ContractLookup.FILING_DAYS, ContractLookup.FILING_DAYS_DEFAULT);
            case CONTRACT_ANSWER -> days(opened, ContractLookup.ANSWER_DAYS, ContractLookup.ANSWER_DAYS_DEFAULT);
            case DELIVERABLE -> serviceLimit(opened, ((Number) serviceDays).intValue(), extendedEnd);
            case OWNER_ACCEPTANCE -> days(opened, DueSettings.ACCEPTANCE_DAYS, DueSettings.ACCEPTANCE_DAYS_DEFAULT);
            case DEPARTMENT_CHECK -> checks.due(opened);
            case QUALITY_RATING -> evaluations.ratingDue(opened);
            case EVALUATION -> evaluations.evaluationDue(opened);
            case APPEAL_REVIEW -> days(opened, DueSettings.APPEAL_REVIEW_DAYS, DueSettings.APPEAL_REVIEW_DAYS_DEFAULT);
            case COMPLAINT_ANSWER -> days(opened, ComplaintPeriods.ANSWER_DAYS, ComplaintPeriods.ANSWER_DAYS_DEFAULT);
        };
    }

    private Instant days(Instant from, String key, int defaultDays) {
        return calendar.afterWorkingDays(from, settings.intValue(key, defaultDays));
    }

    /**
     * The first deliverable's limit, as the delivery work list and pages show it: the service days after the contract's
     * confirmation, or the end of the last approved extension when later (delivery.application.DeliveryLookup#dueAt).
     */
    private Instant serviceLimit(Instant confirmedAt, int serviceDays, LocalDate extendedEnd) {
        Instant byDays = calendar.afterWorkingDays(confirmedAt, serviceDays);
        if (extendedEnd == null) {
            return byDays;
        }
        Instant end = extendedEnd.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().minusSeconds(1);
        return end.isAfter(byDays) ? end : byDays;
    }

    /** A deadline day (the registration queue's): due until its last microsecond, Beijing time. */
    static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().minus(1, ChronoUnit.MICROS);
    }
}
