package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditEvent;
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
 * Appeals (申诉) of evaluations. The firm may appeal an evaluation of it within the appeal time limit
 * ({@link EvaluationDeadlines}), once; a regulator upholds it or revises its level, which reverses the original credit
 * event and records the revised one. The rules of filing and deciding are {@link Appeal}'s.
 */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class AppealService {

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
     * The firm appeals an evaluation of it with reasons, within the appeal time limit of the evaluation, once; the
     * evaluation stands until a regulator decides.
     */
    public Appeal appeal(long evaluationId, String reasons) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Evaluation e = repository.lockEvaluation(evaluationId)
                .filter(x -> x.getFirmId() == me.organisationId()) // another firm's evaluation looks absent
                .orElseThrow(() -> new DomainException("evaluation.error.notFound"));
        Instant now = clock.instant();
        Appeal a = Appeal.file(e, me.organisationId(), repository.appealOf(evaluationId).isPresent(), reasons, now,
                deadlines.appealDeadline(e), me.username());
        repository.add(a);
        audit.record("APPEAL_FILED", "Evaluation", String.valueOf(e.getId()),
                Map.of("appeal", String.valueOf(a.getId()), "level", a.getOriginalLevel().name()));
        return a;
    }

    /** Every appeal, newest first, with its evaluation (regulators). */
    public List<AppealItem> appeals() {
        guard.requireRole(Role.REGULATOR);
        List<AppealItem> out = new ArrayList<>();
        for (Appeal a : repository.appeals()) {
            out.add(new AppealItem(a, repository.evaluation(a.getEvaluationId()).orElseThrow()));
        }
        return out;
    }

    /** One appeal with its evaluation (regulators). */
    public Optional<AppealItem> appealItem(long appealId) {
        guard.requireRole(Role.REGULATOR);
        return repository.appeal(appealId).map(a -> new AppealItem(a, repository.evaluation(a.getEvaluationId()).orElseThrow()));
    }

    /** A regulator upholds the evaluation (it stands), with a reason. */
    public Appeal uphold(long appealId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Appeal a = repository.lockAppeal(appealId).orElseThrow(() -> new DomainException("appeal.error.notFound"));
        a.uphold(reason, clock.instant(), me.username());
        decided(a, "APPEAL_UPHELD");
        return a;
    }

    /**
     * A regulator revises the evaluation to another level, with a reason: the original credit event is reversed
     * (source APPEAL) and the revised level recorded as a new fact of the appeal, so the score follows.
     */
    public Appeal revise(long appealId, EvaluationLevel level, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Appeal a = repository.lockAppeal(appealId).orElseThrow(() -> new DomainException("appeal.error.notFound"));
        Instant now = clock.instant();
        a.revise(level, reason, now, me.username());
        Evaluation e = repository.lockEvaluation(a.getEvaluationId()).orElseThrow();
        CreditCode original = a.getOriginalLevel().creditCode();
        String appeal = String.valueOf(a.getId());
        for (CreditEvent event : credit.eventsOf(CreditSource.EVALUATION, String.valueOf(e.getId()))) {
            if (event.getCode() == original) {
                credit.reverse(event.getId(), CreditSource.APPEAL, appeal);
            }
        }
        credit.record(CreditFact.of(FirmId.of(e.getFirmId()), level.creditCode(), CreditSource.APPEAL, a.getId(),
                NoticeId.of(e.getNoticeId()), now));
        e.revise(level);
        decided(a, "APPEAL_REVISED");
        return a;
    }

    private void decided(Appeal a, String action) {
        Evaluation e = repository.evaluation(a.getEvaluationId()).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("appeal", String.valueOf(a.getId()));
        details.put("original", a.getOriginalLevel().name());
        if (a.getRevisedLevel() != null) {
            details.put("revised", a.getRevisedLevel().name());
        }
        details.put("reason", a.getDecisionReason());
        audit.record(action, "Evaluation", String.valueOf(e.getId()), details);
        List<String> args = List.of(e.getNoticeTitle());
        String key = a.getRevisedLevel() == null ? "appeal.notify.upheld" : "appeal.notify.revised";
        notifications.notifyOrganisation(e.getFirmId(), key, args, EvaluationService.FIRM_PAGE);
        notifications.notifyOrganisation(e.getOwnerId(), key, args, EvaluationService.OWNER_PAGE);
    }
}
