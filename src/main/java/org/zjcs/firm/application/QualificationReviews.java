package org.zjcs.firm.application;

import org.zjcs.shared.change.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.QualificationEvent;
import org.zjcs.firm.domain.QualificationStatus;
import org.zjcs.security.domain.RegistrationReview;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;

/**
 * The operator's review of the qualifications that approved firms add or renew: the queue, approve (a renewal
 * supersedes the qualification it renews) or return with a reason, each kept in the qualification's history,
 * audited and told to the firm. The qualifications given with a registration are approved with it
 * ({@link FirmRegistrationKind}).
 */
@ApplicationScoped
public class QualificationReviews {

    static final String OBJECT_TYPE = QualificationService.OBJECT_TYPE;
    private static final String FIRM_PAGE = "/firm/qualifications.xhtml";

    @Inject
    ChangeLog changeLog;

    @Inject
    Guard guard;

    @Inject
    FirmRepository firms;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    /** The added and renewed qualifications waiting for review, oldest submission first. */
    public List<QualificationQueueEntry> reviewQueue() {
        guard.requireRole(Role.OPERATOR);
        List<QualificationQueueEntry> queue = new ArrayList<>();
        for (Qualification q : firms.qualificationsAwaitingReview()) {
            queue.add(entry(q));
        }
        return queue;
    }

    /** A qualification, for the operator reviewing it. */
    public QualificationQueueEntry qualificationForReview(long id) {
        guard.requireRole(Role.OPERATOR);
        return entry(firms.findQualification(id).orElseThrow(() -> new DomainException("qualification.error.notFound")));
    }

    private QualificationQueueEntry entry(Qualification q) {
        return new QualificationQueueEntry(q, accounts.organisation(q.getFirmId()).getName(),
                q.isRenewal() ? firms.findQualification(q.getReplacesId()).orElse(null) : null);
    }

    /** The operator approves a pending qualification; a renewal supersedes the qualification it renews. */
    @Transactional
    public void approveQualification(long id) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        Qualification q = forDecision(id);
        Instant now = clock.instant();
        q.approve(now);
        firms.add(new QualificationEvent(id, QualificationEvent.Action.APPROVED, null, operator.username(), now));
        audit.record("QUALIFICATION_APPROVED", OBJECT_TYPE, String.valueOf(id), q.auditDetails());
        changeLog.record(ChangeLog.FIRM, q.getFirmId()); // the public profile lists approved qualifications
        if (!q.isRenewal()) {
            notifications.notifyOrganisation(q.getFirmId(), "notification.qualification.approved",
                    List.of(q.getCertificateNo()), FIRM_PAGE);
            return;
        }
        Qualification old = firms.lockQualification(q.getReplacesId()).orElseThrow();
        old.supersede();
        firms.add(new QualificationEvent(old.getId(), QualificationEvent.Action.SUPERSEDED, null, operator.username(), now));
        audit.record("QUALIFICATION_SUPERSEDED", OBJECT_TYPE, String.valueOf(old.getId()), Map.of("renewal", id));
        notifications.notifyOrganisation(q.getFirmId(), "notification.qualification.renewalApproved",
                List.of(q.getCertificateNo(), old.getCertificateNo()), FIRM_PAGE);
    }

    /** The operator returns a pending qualification to the firm; the reason is required and told to the firm. */
    @Transactional
    public void returnQualification(long id, String reason) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        String r = RegistrationReview.requireReason(reason);
        Qualification q = forDecision(id);
        Instant now = clock.instant();
        q.returnForCorrection(now);
        firms.add(new QualificationEvent(id, QualificationEvent.Action.RETURNED, r, operator.username(), now));
        audit.record("QUALIFICATION_RETURNED", OBJECT_TYPE, String.valueOf(id), Map.of("reason", r));
        notifications.notifyOrganisation(q.getFirmId(), "notification.qualification.returned",
                List.of(q.getCertificateNo(), r), FIRM_PAGE);
    }

    /** The registration is approved: so are the qualifications given with it. */
    void approveWithRegistration(long firmId, String operator, Instant now) {
        for (Qualification q : firms.qualifications(firmId, QualificationStatus.PENDING)) {
            q.approve(now);
            firms.add(new QualificationEvent(q.getId(), QualificationEvent.Action.APPROVED, null, operator, now));
            audit.record("QUALIFICATION_APPROVED", OBJECT_TYPE, String.valueOf(q.getId()), Map.of("withRegistration", true));
        }
    }

    /** A qualification the operator decides on: locked, and not one that is reviewed with its registration. */
    private Qualification forDecision(long id) {
        Qualification q = firms.lockQualification(id).orElseThrow(() -> new DomainException("qualification.error.notFound"));
        if (firms.find(q.getFirmId()).map(Firm::getStatus).orElse(null) != RegistrationStatus.APPROVED) {
            throw new DomainException("qualification.error.withRegistration");
        }
        return q;
    }

}
