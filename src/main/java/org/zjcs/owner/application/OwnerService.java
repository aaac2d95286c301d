package org.zjcs.owner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.owner.domain.OwnerReviewEvent;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.owner.domain.OwnerRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.ContactChecks;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.RegistrationReviews;
import org.zjcs.security.application.ReviewQueueEntry;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.ReviewAction;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.Upload;

/**
 * Owner organisations joining the marketplace: registration (public) with the unit's certificate, the operator's
 * review (approve, or return with a reason), the owner's correction and resubmission. Like a firm's, every change is
 * audited, the owner is told in its inbox, and a refused registration stores nothing.
 */
@ApplicationScoped
public class OwnerService {

    @Inject
    Guard guard;

    static final String OBJECT_TYPE = "OwnerUnit";
    static final String CERTIFICATE = "UNIT_CERTIFICATE";
    private static final String WORKSPACE = "/owner/index.xhtml";

    @Inject
    OwnerRepository owners;

    @Inject
    AccountService accounts;

    @Inject
    ContactChecks contactChecks;

    @Inject
    RegistrationReviews reviews;

    @Inject
    FileStorageService files;

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    /** Registers an owner organisation with its unit admin account; it then waits for the operator. */
    @Transactional
    public long register(OwnerRegistration form) {
        CreditCode code = CreditCode.parse(form.creditCode());
        checkDetails(form.details());
        if (form.certificate() == null || !form.certificate().isPresent()) {
            throw new DomainException("owner.error.certificateRequired");
        }
        String contact = form.details().contactName().trim();
        AccountService.Registered reg = accounts.registerOrganisation(OrganisationKind.OWNER, form.name(), code,
                form.username(), form.password(), form.displayName() == null || form.displayName().isBlank() ? contact
                        : form.displayName(), Role.OWNER);
        long certificate = files.store(form.certificate().content(), form.certificate().fileName(), CERTIFICATE,
                reg.organisationId()).getId();
        Instant now = clock.instant();
        owners.add(new OwnerUnit(reg.organisationId(), form.details(), certificate, now));
        owners.flush();
        owners.add(new OwnerReviewEvent(reg.organisationId(), ReviewAction.SUBMITTED, null, form.username().trim(), now));
        owners.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", form.name().trim());
        details.put("creditCode", code.value());
        details.put("unitType", form.details().unitType().name());
        audit.recordAs(form.username().trim(), "OWNER_REGISTERED", OBJECT_TYPE, String.valueOf(reg.organisationId()), details);
        return reg.organisationId();
    }

    /** Owner registrations waiting for review, oldest first, each with its deadline and whether it is overdue. */
    public List<ReviewQueueEntry> reviewQueue() {
        guard.requireRole(Role.OPERATOR);
        List<ReviewQueueEntry> queue = new ArrayList<>();
        for (OwnerUnit o : owners.awaitingReview()) {
            queue.add(reviews.queueEntry(accounts.organisation(o.getOrganisationId()), o.getSubmittedAt()));
        }
        return queue;
    }

    @Transactional
    public void approve(long ownerId) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        OwnerUnit unit = unit(ownerId);
        Instant now = clock.instant();
        unit.approve(now);
        accounts.activateOrganisation(ownerId);
        owners.add(new OwnerReviewEvent(ownerId, ReviewAction.APPROVED, null, operator.username(), now));
        audit.record("OWNER_APPROVED", OBJECT_TYPE, String.valueOf(ownerId), Map.of());
        notifications.notifyOrganisation(ownerId, "notification.owner.approved", List.of(), WORKSPACE);
    }

    @Transactional
    public void returnForCorrection(long ownerId, String reason) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        String r = RegistrationReviews.requireReason(reason);
        OwnerUnit unit = unit(ownerId);
        unit.returnForCorrection();
        owners.add(new OwnerReviewEvent(ownerId, ReviewAction.RETURNED, r, operator.username(), clock.instant()));
        audit.record("OWNER_RETURNED", OBJECT_TYPE, String.valueOf(ownerId), Map.of("reason", r));
        notifications.notifyOrganisation(ownerId, "notification.owner.returned", List.of(r), WORKSPACE);
    }

    /** The owner corrects its returned registration (its own only) and submits it again; a new certificate is optional. */
    @Transactional
    public void resubmit(OwnerUnit.Details details, Upload newCertificate) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        OwnerUnit unit = unit(me.organisationId());
        checkDetails(details);
        Long certificate = newCertificate == null || !newCertificate.isPresent() ? null
                : files.store(newCertificate.content(), newCertificate.fileName(), CERTIFICATE, me.organisationId()).getId();
        Instant now = clock.instant();
        unit.resubmit(details, certificate, now);
        owners.add(new OwnerReviewEvent(me.organisationId(), ReviewAction.RESUBMITTED, null, me.username(), now));
        audit.record("OWNER_RESUBMITTED", OBJECT_TYPE, String.valueOf(me.organisationId()),
                Map.of("newCertificate", String.valueOf(certificate != null)));
    }

    /** The logged-in owner's registration, or null when its organisation has none (an account made before owners registered). */
    public OwnerUnit myUnitIfAny() {
        return owners.find(guard.requireRole(Role.OWNER).organisationId()).orElse(null);
    }

    /** An owner's registration, for the operator reviewing it. */
    public OwnerUnit unitForReview(long ownerId) {
        guard.requireRole(Role.OPERATOR);
        return unit(ownerId);
    }

    /** The review history: the operator's, or the owner's own. */
    public List<OwnerReviewEvent> history(long ownerId) {
        ZjcsPrincipal p = guard.requireLogin();
        if (p.organisationId() != ownerId) {
            guard.requireRole(Role.OPERATOR);
        }
        return owners.history(ownerId);
    }

    private OwnerUnit unit(long ownerId) {
        return owners.find(ownerId).orElseThrow(() -> new DomainException("owner.error.notFound"));
    }

    private void checkDetails(OwnerUnit.Details d) {
        if (d == null || d.unitType() == null) {
            throw new DomainException("owner.error.unitTypeRequired");
        }
        contactChecks.check(d.contactName(), d.contactPhone(), d.address(), d.regionCode());
    }
}
