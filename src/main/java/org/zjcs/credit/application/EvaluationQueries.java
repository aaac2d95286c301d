package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.credit.domain.Evaluation;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.credit.domain.EvaluationRepository;
import org.zjcs.credit.domain.EvaluationRepository.AspectAverages;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;

/**
 * The lists of evaluations: the owner's (due and done), the firm's (given, with appeals), the open and overdue ones
 * (reminders, supervision) and the public summary of a firm's evaluations.
 */
@ApplicationScoped
@Transactional
public class EvaluationQueries {

    @Inject
    Guard guard;

    @Inject
    EvaluationRepository repository;

    @Inject
    EvaluationDeadlines deadlines;

    @Inject
    Clock clock;

    /** The owner's evaluations, due and done (the latest due first), overdue ones flagged. */
    public List<EvaluationItem> ownerEvaluations() {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        return items(repository.ofOwner(me.organisationId()));
    }

    /** The given evaluations of the caller's firm, newest first, with the comments (the firm's own) and appeals. */
    public List<EvaluationItem> firmEvaluations() {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        return items(repository.givenOfFirm(me.organisationId()));
    }

    private List<EvaluationItem> items(List<Evaluation> evaluations) {
        Instant now = clock.instant();
        List<EvaluationItem> out = new ArrayList<>();
        for (Evaluation e : evaluations) {
            out.add(deadlines.item(e, now));
        }
        return out;
    }

    /**
     * Every evaluation not given by its due time, soonest due first: for supervision and the reminders (no caller
     * check: the reading context decides who sees it).
     */
    public List<Evaluation> overdueEvaluations() {
        Instant now = clock.instant();
        return repository.open().stream().filter(e -> e.isOverdueAt(now)).toList();
    }

    /** The public summary of a firm's evaluations: counts per level, aspect averages, how many; no comment. */
    public EvaluationSummary summary(long firmId) {
        List<EvaluationSummary.LevelCount> levels = new ArrayList<>();
        Map<String, Long> counts = repository.levelCounts(firmId);
        for (EvaluationLevel l : EvaluationLevel.values()) {
            levels.add(new EvaluationSummary.LevelCount(l.name(), counts.getOrDefault(l.name(), 0L)));
        }
        AspectAverages avg = repository.aspectAverages(firmId);
        return new EvaluationSummary(firmId, avg.count(), levels, round(avg.quality()), round(avg.timeliness()),
                round(avg.attitude()), round(avg.fees()), round(avg.conduct()));
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }
}
