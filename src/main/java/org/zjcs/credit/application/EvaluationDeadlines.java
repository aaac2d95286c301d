package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.Evaluation;
import org.zjcs.credit.domain.EvaluationRepository;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.settings.SettingsService;

/**
 * The time limits of evaluations, in working days (settings): the owner evaluates within {@value #EVALUATION_DAYS}
 * of the acceptance, the firm appeals within {@value #APPEAL_DAYS} of the evaluation. Also builds the item the pages
 * show (overdue flag, appeal, appeal deadline, whether an appeal may still be filed).
 */
@ApplicationScoped
public class EvaluationDeadlines {

    public static final String EVALUATION_DAYS = "credit.evaluation.working-days";
    public static final String APPEAL_DAYS = "credit.appeal.working-days";
    /** The approval staff's quality rating (seed 002 §12): due this many working days after the department's pass. */
    public static final String RATING_DAYS = "credit.rating.working-days";

    @Inject
    EvaluationRepository repository;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    /** When an evaluation expected from {@code acceptedAt} is due: the evaluation time limit after it. */
    public Instant evaluationDue(Instant acceptedAt) {
        return calendar.afterWorkingDays(acceptedAt, settings.intValue(EVALUATION_DAYS, 3));
    }

    /**
     * When a department's quality rating is due: the rating time limit after {@code passedAt}, the department's pass
     * that made the rating possible. A late rating is only marked overdue (a department is not a firm).
     */
    public Instant ratingDue(Instant passedAt) {
        return ratingDue(passedAt, ratingDays());
    }

    /** {@link #ratingDue(Instant)} with the time limit read once ({@link #ratingDays}), for a batch of ratings. */
    public Instant ratingDue(Instant passedAt, int days) {
        return calendar.afterWorkingDays(passedAt, days);
    }

    /** The quality rating's time limit in working days (setting {@value #RATING_DAYS}). */
    public int ratingDays() {
        return settings.intValue(RATING_DAYS, 3);
    }

    /** The last moment an evaluation may be appealed: the appeal time limit in working days after it was given. */
    public Instant appealDeadline(Evaluation e) {
        return e.getEvaluatedAt() == null ? null
                : calendar.afterWorkingDays(e.getEvaluatedAt(), settings.intValue(APPEAL_DAYS, 5));
    }

    /** The evaluation as the pages and the REST API show it at {@code now}. */
    public EvaluationItem item(Evaluation e, Instant now) {
        Optional<Appeal> appeal = repository.appealOf(e.getId());
        Instant deadline = appealDeadline(e);
        boolean open = Appeal.openFor(e, appeal.isPresent(), now, deadline);
        return new EvaluationItem(e, e.isOverdueAt(now), appeal.orElse(null), deadline, open);
    }
}
