package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.ApprovalRating;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.credit.domain.Evaluation;
import org.zjcs.credit.domain.EvaluationRepository;
import org.zjcs.credit.domain.QualityRating;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;

/**
 * Approval staff's quality ratings of a deliverable. Delivery tells this service when a department passed its check
 * ({@link #expectRating}); a staff member of that department rates once, which records its credit event.
 */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class QualityRatingService {

    @Inject
    Guard guard;

    @Inject
    EvaluationRepository repository;

    @Inject
    CreditService credit;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    EvaluationDeadlines deadlines;

    /** Told by delivery: a department passed its check of a deliverable version; its staff's rating becomes expected (once). */
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
        credit.record(CreditFact.of(FirmId.of(r.getFirmId()), rating.creditCode(), CreditSource.APPROVAL_RATING, r.getId(),
                NoticeId.of(noticeId), now));
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

    /**
     * Whether the rating form is shown to the caller: only to approval staff of a department that passed the notice's
     * deliverable and has a rating of its own still to give ({@link #pendingRating}).
     */
    public boolean ratingFormFor(long noticeId) {
        return pendingRating(noticeId).isPresent();
    }

    /** The time limit of a rating still to give ({@link EvaluationDeadlines#ratingDue}); null for none or a given one. */
    public Instant ratingDue(ApprovalRating r) {
        return r == null || r.isRated() ? null : deadlines.ratingDue(r.getPassedAt());
    }

    /** Whether a rating still to give is past its time limit now (only marked: no credit consequence). */
    public boolean ratingOverdue(ApprovalRating r) {
        Instant due = ratingDue(r);
        return due != null && clock.instant().isAfter(due);
    }

    /**
     * The given ratings of the notice: all for its owner, its firm and regulators (those who may read its evaluation);
     * their own department's for approval staff; none for anyone else.
     */
    public List<ApprovalRating> ratingsOf(long noticeId) {
        Optional<ZjcsPrincipal> me = guard.principal();
        if (me.isEmpty()) {
            return List.of();
        }
        List<ApprovalRating> given = repository.ratingsOfNotice(noticeId).stream().filter(ApprovalRating::isRated).toList();
        Optional<Evaluation> e = repository.evaluationOfNotice(noticeId);
        if (e.isPresent() && e.get().readableBy(me.get().organisationId(), guard::hasRole)) {
            return given;
        }
        if (guard.hasRole(Role.APPROVER)) {
            return given.stream().filter(r -> r.getDepartmentId() == me.get().organisationId()).toList();
        }
        return List.of();
    }
}
