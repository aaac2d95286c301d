package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.credit.domain.Evaluation;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.credit.domain.EvaluationRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;
import org.zjcs.shared.notification.NotificationService;

/**
 * The owner's evaluation (好差评) of the firm. Delivery tells this service when an evaluation becomes expected
 * ({@link #expect}); the owner evaluates once within the evaluation time limit ({@link EvaluationDeadlines}; later it is
 * flagged overdue, and still taken), which records its credit event. Its owner, its firm and regulators read it.
 * Quality ratings are {@link QualityRatingService}'s, appeals {@link AppealService}'s, lists {@link EvaluationQueries}'.
 */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class EvaluationService {

    public static final String FIRM_PAGE = "/firm/evaluations.xhtml";
    public static final String OWNER_PAGE = "/owner/evaluations.xhtml";

    @Inject
    Guard guard;

    @Inject
    EvaluationRepository repository;

    @Inject
    EvaluationDeadlines deadlines;

    @Inject
    CreditService credit;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /**
     * Told by delivery: the owner accepted a deliverable of the notice, so its evaluation of the firm becomes expected,
     * due within the evaluation time limit. Once per notice: a later acceptance (after a department's return) changes
     * nothing.
     */
    public Evaluation expect(long noticeId, String noticeTitle, long deliverableId, long ownerOrgId, long firmId,
                             Instant acceptedAt) {
        Optional<Evaluation> existing = repository.evaluationOfNotice(noticeId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant due = deadlines.evaluationDue(acceptedAt);
        Evaluation e = new Evaluation(noticeId, noticeTitle, deliverableId, ownerOrgId, firmId, acceptedAt, due);
        repository.add(e);
        audit.record("EVALUATION_EXPECTED", "Notice", String.valueOf(noticeId),
                Map.of("evaluation", String.valueOf(e.getId()), "dueAt", due.toString()));
        return e;
    }

    /**
     * The owner of the notice evaluates the firm, once: the five aspects 1–5, the overall level and an optional
     * private comment; records {@code EVALUATION_<LEVEL>} (source EVALUATION).
     */
    public Evaluation evaluate(long noticeId, Integer quality, Integer timeliness, Integer attitude, Integer fees,
                               Integer conduct, EvaluationLevel overall, String comment) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Evaluation found = repository.evaluationOfNotice(noticeId)
                .orElseThrow(() -> new DomainException("evaluation.error.notExpected"));
        Evaluation e = repository.lockEvaluation(found.getId()).orElseThrow();
        if (me.organisationId() != e.getOwnerId()) {
            throw new DomainException("evaluation.error.notFound"); // another unit's evaluation looks absent
        }
        Instant now = clock.instant();
        boolean late = e.isOverdueAt(now);
        e.evaluate(quality, timeliness, attitude, fees, conduct, overall, comment, now, me.username());
        credit.record(CreditFact.of(FirmId.of(e.getFirmId()), overall.creditCode(), CreditSource.EVALUATION, e.getId(),
                NoticeId.of(noticeId), now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("evaluation", String.valueOf(e.getId()));
        details.put("level", overall.name());
        details.put("aspects", quality + "," + timeliness + "," + attitude + "," + fees + "," + conduct);
        details.put("late", String.valueOf(late));
        audit.record("EVALUATION_GIVEN", "Notice", String.valueOf(noticeId), details);
        notifications.notifyOrganisation(e.getFirmId(), "evaluation.notify.given", List.of(e.getNoticeTitle()), FIRM_PAGE);
        return e;
    }

    /** The notice's evaluation, for its owner, its firm and regulators; empty for anyone else or when none is expected. */
    public Optional<EvaluationItem> evaluationOf(long noticeId) {
        Optional<ZjcsPrincipal> me = guard.principal();
        Optional<Evaluation> e = repository.evaluationOfNotice(noticeId);
        if (me.isEmpty() || e.isEmpty() || !e.get().readableBy(me.get().organisationId(), guard::hasRole)) {
            return Optional.empty();
        }
        return Optional.of(deadlines.item(e.get(), clock.instant()));
    }

    /**
     * The notice's evaluation for a logged-in caller who may read it (as {@link #evaluationOf}: its owner unit, its
     * firm, regulators); refused without a login, and with {@code evaluation.error.notFound} when there is none or the
     * caller may not read it (the REST API answers 404 to both alike).
     */
    public EvaluationItem readEvaluation(long noticeId) {
        guard.requireLogin();
        return evaluationOf(noticeId).orElseThrow(() -> new DomainException("evaluation.error.notFound"));
    }

    /**
     * Whether the evaluation form is shown to the caller: only to an owner account of the notice's owner unit while
     * its evaluation is expected (the deliverable was accepted) and not given yet. Nobody else gets the form; the
     * service still refuses anyone else who posts (REST).
     */
    public boolean evaluationFormFor(long noticeId) {
        Optional<ZjcsPrincipal> me = guard.principal();
        if (me.isEmpty() || !guard.hasRole(Role.OWNER)) {
            return false;
        }
        return repository.evaluationOfNotice(noticeId)
                .filter(e -> e.getOwnerId() == me.get().organisationId() && !e.isEvaluated()).isPresent();
    }
}
