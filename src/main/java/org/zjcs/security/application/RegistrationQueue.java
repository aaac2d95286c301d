package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Registration;
import org.zjcs.security.domain.RegistrationReview;
import org.zjcs.security.domain.ReviewStep;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.BusinessTime;

/**
 * The operator's review of registrations, one for every kind of organisation ({@link RegistrationKind}): the queue
 * with each registration's deadline (2 working days, setting {@value #REVIEW_DAYS}, from the latest submission),
 * approve, return with a reason, and the suspension and reinstatement of an approved organisation. The rules are
 * {@link RegistrationReview}'s; here each action is audited, told to the organisation and, for approve, suspend and
 * reinstate, applied to the organisation's standing.
 */
@ApplicationScoped
public class RegistrationQueue {

    public static final String REVIEW_DAYS = "review.registration.working-days";

    @Inject
    Instance<RegistrationKind> kinds;

    @Inject
    AccountService accounts;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Guard guard;

    @Inject
    Clock clock;

    /** The registrations of a kind waiting for review, oldest first, each with its deadline and whether it is overdue. */
    public List<ReviewQueueEntry> queue(OrganisationKind kind) {
        return queue(kind.name());
    }

    /** The queue of the kind with this {@link RegistrationKind#key() key} (e.g. {@code FIRM_LICENCE}). */
    public List<ReviewQueueEntry> queue(String kind) {
        guard.requireRole(Role.OPERATOR);
        int days = settings.intValue(REVIEW_DAYS, 2);
        LocalDate today = BusinessTime.dateOf(clock.instant());
        List<ReviewQueueEntry> queue = new ArrayList<>();
        for (Registration r : kind(kind).awaitingReview()) {
            Organisation o = accounts.organisation(r.getOrganisationId());
            LocalDate deadline = calendar.calendar().addWorkingDays(r.getSubmittedAt(), days);
            queue.add(new ReviewQueueEntry(o.getId(), o.getName(), o.getCreditCode(), r.getSubmittedAt(), deadline,
                    today.isAfter(deadline)));
        }
        return queue;
    }

    /** A registration, for the operator reviewing it. */
    public Registration forReview(OrganisationKind kind, long organisationId) {
        return forReview(kind.name(), organisationId);
    }

    public Registration forReview(String kind, long organisationId) {
        guard.requireRole(Role.OPERATOR);
        return registration(kind(kind), organisationId);
    }

    /** The review history: the operator's, or the organisation's own. */
    public List<ReviewStep> history(OrganisationKind kind, long organisationId) {
        return history(kind.name(), organisationId);
    }

    public List<ReviewStep> history(String kind, long organisationId) {
        ZjcsPrincipal p = guard.requireLogin();
        if (p.organisationId() != organisationId) {
            guard.requireRole(Role.OPERATOR);
        }
        return List.copyOf(registration(kind(kind), organisationId).review().history());
    }

    @Transactional
    public void approve(OrganisationKind kind, long organisationId) {
        approve(kind.name(), organisationId);
    }

    @Transactional
    public void approve(String kind, long organisationId) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        RegistrationKind k = kind(kind);
        Registration registration = registration(k, organisationId);
        Instant now = clock.instant();
        registration.review().approve(operator.username(), now);
        if (k.activatesOrganisation()) {
            accounts.activateOrganisation(organisationId);
        }
        audit.record(k.auditPrefix() + "_APPROVED", k.objectType(), String.valueOf(organisationId), Map.of());
        k.approved(registration, operator.username(), now);
        notifications.notifyOrganisation(organisationId, k.notificationPrefix() + ".approved", List.of(), k.workspace());
    }

    @Transactional
    public void returnForCorrection(OrganisationKind kind, long organisationId, String reason) {
        returnForCorrection(kind.name(), organisationId, reason);
    }

    @Transactional
    public void returnForCorrection(String kind, long organisationId, String reason) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        RegistrationReview.requireReason(reason);
        RegistrationKind k = kind(kind);
        String r = registration(k, organisationId).review().returnForCorrection(operator.username(), reason, clock.instant());
        audit.record(k.auditPrefix() + "_RETURNED", k.objectType(), String.valueOf(organisationId), Map.of("reason", r));
        notifications.notifyOrganisation(organisationId, k.notificationPrefix() + ".returned", List.of(r), k.workspace());
    }

    /**
     * Suspends an approved organisation (e.g. a firm leaves the directory and cannot enrol) or reinstates a suspended
     * one; both need a reason, are audited and are told to the organisation.
     */
    @Transactional
    public void suspend(OrganisationKind kind, long organisationId, String reason) {
        changeStanding(kind, organisationId, reason, true);
    }

    @Transactional
    public void reinstate(OrganisationKind kind, long organisationId, String reason) {
        changeStanding(kind, organisationId, reason, false);
    }

    private void changeStanding(OrganisationKind kind, long organisationId, String reason, boolean suspend) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        RegistrationReview.requireReason(reason);
        RegistrationKind k = kind(kind.name());
        RegistrationReview review = registration(k, organisationId).review();
        Organisation organisation = accounts.organisation(organisationId);
        Instant now = clock.instant();
        String r;
        if (suspend) {
            r = review.suspend(organisation.getStatus(), operator.username(), reason, now);
            accounts.suspendOrganisation(organisationId);
        } else {
            r = review.reinstate(organisation.getStatus(), operator.username(), reason, now);
            accounts.activateOrganisation(organisationId);
        }
        String action = suspend ? "SUSPENDED" : "REINSTATED";
        audit.record(k.auditPrefix() + "_" + action, k.objectType(), String.valueOf(organisationId), Map.of("reason", r));
        notifications.notifyOrganisation(organisationId, k.notificationPrefix() + "." + action.toLowerCase(java.util.Locale.ROOT),
                List.of(r), k.workspace());
    }

    private Registration registration(RegistrationKind kind, long organisationId) {
        return kind.find(organisationId).orElseThrow(() -> new DomainException(kind.notFoundKey()));
    }

    private RegistrationKind kind(String kind) {
        for (RegistrationKind k : kinds) {
            if (k.key().equals(kind)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no registration review for " + kind);
    }
}
