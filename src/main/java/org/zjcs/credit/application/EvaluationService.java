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
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.ApprovalRating;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditEvent;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.credit.domain.Evaluation;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.credit.domain.QualityRating;
import org.zjcs.credit.infrastructure.EvaluationRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;

/**
 * Evaluations (好差评), approval staff's quality ratings and appeals (申诉). Delivery tells this service when an
 * evaluation ({@link #expect}) or a rating ({@link #expectRating}) becomes expected; the owner evaluates once within
 * {@value #EVALUATION_DAYS} working days (later it is flagged overdue, and still taken), the department's staff rate
 * once; each records its credit event. The firm may appeal an evaluation within {@value #APPEAL_DAYS} working days; a
 * regulator upholds it or revises its level, which reverses the original credit event and records the revised one.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    @Inject
    Guard guard;

    public static final String EVALUATION_DAYS = "credit.evaluation.working-days";
    public static final String APPEAL_DAYS = "credit.appeal.working-days";

    @Inject
    EvaluationRepository repository;

    @Inject
    CreditService credit;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    // ---- told by delivery ----

    /**
     * The owner accepted a deliverable of the notice: its evaluation of the firm becomes expected, due within the
     * evaluation time limit. Once per notice: a later acceptance (after a department's return) changes nothing.
     */
    public Evaluation expect(long noticeId, String noticeTitle, long deliverableId, long ownerOrgId, long firmId,
                             Instant acceptedAt) {
        Optional<Evaluation> existing = repository.evaluationOfNotice(noticeId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant due = calendar.afterWorkingDays(acceptedAt, settings.intValue(EVALUATION_DAYS, 3));
        Evaluation e = new Evaluation(noticeId, noticeTitle, deliverableId, ownerOrgId, firmId, acceptedAt, due);
        repository.add(e);
        audit.record("EVALUATION_EXPECTED", "Notice", String.valueOf(noticeId),
                Map.of("evaluation", String.valueOf(e.getId()), "dueAt", due.toString()));
        return e;
    }

    /** A department passed its check of a deliverable version: its staff's quality rating becomes expected (once). */
    public ApprovalRating expectRating(long noticeId, String noticeTitle, long deliverableId, long departmentId, long firmId,
                                       Instant passedAt) {
        Optional<ApprovalRating> existing = repository.ratingOfCheck(deliverableId, departmentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ApprovalRating r = new ApprovalRating(noticeId, noticeTitle, deliverableId, departmentId, firmId, passedAt);
        repository.add(r);
        return r;
    }

    // ---- the owner ----

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
        credit.record(CreditFact.of(e.getFirmId(), overall.creditCode(), CreditSource.EVALUATION, e.getId(), noticeId, now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("evaluation", String.valueOf(e.getId()));
        details.put("level", overall.name());
        details.put("aspects", quality + "," + timeliness + "," + attitude + "," + fees + "," + conduct);
        details.put("late", String.valueOf(late));
        audit.record("EVALUATION_GIVEN", "Notice", String.valueOf(noticeId), details);
        notifications.notifyOrganisation(e.getFirmId(), "evaluation.notify.given", List.of(e.getNoticeTitle()), FIRM_PAGE);
        return e;
    }

    /** The owner's evaluations, due and done (the latest due first), overdue ones flagged. */
    public List<EvaluationItem> ownerEvaluations() {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Instant now = clock.instant();
        List<EvaluationItem> out = new ArrayList<>();
        for (Evaluation e : repository.ofOwner(me.organisationId())) {
            out.add(item(e, now));
        }
        return out;
    }

    // ---- approval staff ----

    /**
     * A staff member of a department that passed its check of the notice's deliverable rates its quality, once per
     * check; records {@code APPROVAL_QUALITY_<X>} (source APPROVAL_RATING).
     */
    public ApprovalRating rate(long noticeId, QualityRating rating, String comment) {
        ZjcsPrincipal me = guard.requireRole(Role.APPROVER);
        List<ApprovalRating> all = repository.ratingsOfNotice(noticeId);
        List<ApprovalRating> mine = all.stream().filter(r -> r.getDepartmentId() == me.organisationId()).toList();
        if (mine.isEmpty()) {
            // one answer whether or not other departments passed it: their checks are not this department's to know
            throw new DomainException("rating.error.notExpected");
        }
        ApprovalRating open = mine.stream().filter(r -> !r.isRated()).reduce((a, b) -> b)
                .orElseThrow(() -> new DomainException("rating.error.twice"));
        ApprovalRating r = repository.lockRating(open.getId()).orElseThrow();
        Instant now = clock.instant();
        r.rate(rating, comment, now, me.username());
        credit.record(CreditFact.of(r.getFirmId(), rating.creditCode(), CreditSource.APPROVAL_RATING, r.getId(), noticeId, now));
        audit.record("APPROVAL_RATING_GIVEN", "Notice", String.valueOf(noticeId), Map.of("rating", String.valueOf(r.getId()),
                "department", String.valueOf(r.getDepartmentId()), "quality", rating.name()));
        return r;
    }

    /** The caller's department's rating of the notice still to give (approval staff only), if any. */
    public Optional<ApprovalRating> pendingRating(long noticeId) {
        Optional<ZjcsPrincipal> me = guard.principal();
        if (me.isEmpty() || !guard.hasRole(Role.APPROVER)) {
            return Optional.empty();
        }
        return repository.ratingsOfNotice(noticeId).stream()
                .filter(r -> r.getDepartmentId() == me.get().organisationId() && !r.isRated()).reduce((a, b) -> b);
    }

    // ---- what the parties see on the deliverables page ----

    /** The notice's evaluation, for its owner, its firm and regulators; empty for anyone else or when none is expected. */
    public Optional<EvaluationItem> evaluationOf(long noticeId) {
        Optional<ZjcsPrincipal> me = guard.principal();
        Optional<Evaluation> e = repository.evaluationOfNotice(noticeId);
        if (me.isEmpty() || e.isEmpty() || !mayRead(me.get(), e.get())) {
            return Optional.empty();
        }
        return Optional.of(item(e.get(), clock.instant()));
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

    /**
     * Whether the rating form is shown to the caller: only to approval staff of a department that passed the notice's
     * deliverable and has a rating of its own still to give ({@link #pendingRating}).
     */
    public boolean ratingFormFor(long noticeId) {
        return pendingRating(noticeId).isPresent();
    }

    /**
     * The given ratings of the notice: all for its owner, its firm and regulators; their own department's for
     * approval staff; none for anyone else.
     */
    public List<ApprovalRating> ratingsOf(long noticeId) {
        Optional<ZjcsPrincipal> me = guard.principal();
        if (me.isEmpty()) {
            return List.of();
        }
        List<ApprovalRating> given = repository.ratingsOfNotice(noticeId).stream().filter(ApprovalRating::isRated).toList();
        Optional<Evaluation> e = repository.evaluationOfNotice(noticeId);
        if (e.isPresent() && mayRead(me.get(), e.get())) {
            return given;
        }
        if (guard.hasRole(Role.APPROVER)) {
            return given.stream().filter(r -> r.getDepartmentId() == me.get().organisationId()).toList();
        }
        return List.of();
    }

    private boolean mayRead(ZjcsPrincipal me, Evaluation e) {
        return guard.hasRole(Role.OWNER) && me.organisationId() == e.getOwnerId()
                || guard.hasRole(Role.FIRM) && me.organisationId() == e.getFirmId()
                || guard.hasRole(Role.REGULATOR);
    }

    // ---- the firm and its appeals ----

    /** The given evaluations of the caller's firm, newest first, with the comments (the firm's own) and appeals. */
    public List<EvaluationItem> firmEvaluations() {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Instant now = clock.instant();
        List<EvaluationItem> out = new ArrayList<>();
        for (Evaluation e : repository.givenOfFirm(me.organisationId())) {
            out.add(item(e, now));
        }
        return out;
    }

    /**
     * The firm appeals an evaluation of it with reasons, within {@value #APPEAL_DAYS} working days of the evaluation,
     * once; the evaluation stands until a regulator decides.
     */
    public Appeal appeal(long evaluationId, String reasons) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Evaluation e = repository.lockEvaluation(evaluationId)
                .filter(x -> x.getFirmId() == me.organisationId()) // another firm's evaluation looks absent
                .orElseThrow(() -> new DomainException("evaluation.error.notFound"));
        Instant now = clock.instant();
        Appeal a = Appeal.file(e, me.organisationId(), repository.appealOf(evaluationId).isPresent(), reasons, now,
                appealDeadline(e), me.username());
        repository.add(a);
        audit.record("APPEAL_FILED", "Evaluation", String.valueOf(e.getId()),
                Map.of("appeal", String.valueOf(a.getId()), "level", a.getOriginalLevel().name()));
        return a;
    }

    /** The last moment an evaluation may be appealed: the appeal time limit in working days after it was given. */
    public Instant appealDeadline(Evaluation e) {
        return e.getEvaluatedAt() == null ? null
                : calendar.afterWorkingDays(e.getEvaluatedAt(), settings.intValue(APPEAL_DAYS, 5));
    }

    // ---- regulators ----

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
        credit.record(CreditFact.of(e.getFirmId(), level.creditCode(), CreditSource.APPEAL, a.getId(), e.getNoticeId(), now));
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
        notifications.notifyOrganisation(e.getFirmId(), key, args, FIRM_PAGE);
        notifications.notifyOrganisation(e.getOwnerId(), key, args, OWNER_PAGE);
    }

    // ---- supervision, reminders, the public ----

    /**
     * Every evaluation not given by its due time, soonest due first: for supervision and the reminders (no caller
     * check: the reading context decides who sees it).
     */
    public List<Evaluation> overdueEvaluations() {
        Instant now = clock.instant();
        return repository.open().stream().filter(e -> e.isOverdueAt(now)).toList();
    }

    /** Every evaluation not given yet (the reminders; no caller check). */
    public List<Evaluation> openEvaluations() {
        return repository.open();
    }

    /** The public summary of a firm's evaluations: counts per level, aspect averages, how many; no comment. */
    public EvaluationSummary summary(long firmId) {
        List<EvaluationSummary.LevelCount> levels = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : repository.levelCounts(firmId)) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        for (EvaluationLevel l : EvaluationLevel.values()) {
            levels.add(new EvaluationSummary.LevelCount(l.name(), counts.getOrDefault(l.name(), 0L)));
        }
        Object[] avg = repository.aspectAverages(firmId);
        return new EvaluationSummary(firmId, ((Number) avg[0]).longValue(), levels, dbl(avg[1]), dbl(avg[2]), dbl(avg[3]),
                dbl(avg[4]), dbl(avg[5]));
    }

    private static Double dbl(Object o) {
        return o == null ? null : Math.round(((Number) o).doubleValue() * 10) / 10.0;
    }

    private EvaluationItem item(Evaluation e, Instant now) {
        Optional<Appeal> appeal = repository.appealOf(e.getId());
        Instant deadline = appealDeadline(e);
        boolean open = e.isEvaluated() && appeal.isEmpty() && !now.isAfter(deadline);
        return new EvaluationItem(e, e.isOverdueAt(now), appeal.orElse(null), deadline, open);
    }

    public static final String FIRM_PAGE = "/firm/evaluations.xhtml";
    public static final String OWNER_PAGE = "/owner/evaluations.xhtml";
}
