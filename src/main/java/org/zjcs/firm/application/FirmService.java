package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.ReviewEvent;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.ContactChecks;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.RegistrationReviews;
import org.zjcs.security.application.ReviewQueueEntry;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.security.domain.ReviewAction;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.region.RegionService;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;

/**
 * Firms joining the marketplace: registration (public), the operator's review (approve, or return with a
 * reason), the firm's correction and resubmission, and the public directory. Each change is audited; a
 * refused registration stores nothing (one transaction, files included).
 */
@ApplicationScoped
public class FirmService {

    @Inject
    Guard guard;

    static final String OBJECT_TYPE = "Firm";

    @Inject
    FirmRepository firms;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    FileStorageService files;

    @Inject
    ContactChecks contactChecks;

    @Inject
    RegistrationReviews reviews;

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    QualificationService qualificationService;

    @Inject
    Clock clock;

    /** Registers a firm with its account, materials and first qualification; it then waits for the operator. */
    @Transactional
    public long register(RegistrationForm form) {
        CreditCode code = CreditCode.parse(form.creditCode());
        checkContacts(form.contacts());
        if (form.serviceItemIds() == null || form.serviceItemIds().isEmpty()) {
            throw new DomainException("firm.error.serviceItemsRequired");
        }
        for (Long id : form.serviceItemIds()) {
            ServiceItem item = catalog.item(id);
            if (!item.isInForce()) {
                throw new DomainException("firm.error.itemRetired", item.label());
            }
        }
        if (!form.commitmentConfirmed()) {
            throw new DomainException("firm.error.commitmentRequired");
        }
        for (MaterialKind kind : MaterialKind.values()) {
            RegistrationForm.Upload u = form.materials() == null ? null : form.materials().get(kind);
            if (u == null || u.content() == null) {
                throw new DomainException("firm.error.materialMissing", kind.name());
            }
        }
        RegistrationForm.QualificationForm q = form.qualification();
        QualificationType type = qualificationService.check(q, true);

        AccountService.Registered reg = accounts.registerOrganisation(OrganisationKind.FIRM, form.name(), code,
                form.username(), form.password(), form.contacts().contactName(), Role.FIRM);
        Map<MaterialKind, Long> stored = new EnumMap<>(MaterialKind.class);
        for (MaterialKind kind : MaterialKind.values()) {
            RegistrationForm.Upload u = form.materials().get(kind);
            stored.put(kind, files.store(u.content(), u.fileName(), kind.name(), reg.organisationId()).getId());
        }
        StoredFile scan = files.store(q.scan().content(), q.scan().fileName(), QualificationService.SCAN_PURPOSE,
                reg.organisationId());
        Instant now = clock.instant();
        Firm firm = new Firm(reg.organisationId(), form.contacts(), form.serviceItemIds(), stored, now,
                form.commitmentLocale(), Sha256.hex(form.commitmentText() + "\n" + code.value() + "\n" + now));
        firms.add(firm);
        firms.flush(); // the firm row first: its review steps and qualification refer to it
        firms.add(new ReviewEvent(reg.organisationId(), ReviewAction.SUBMITTED, null, form.username().trim(), now));
        firms.flush();
        qualificationService.submitWithRegistration(reg.organisationId(), type, q, scan.getId(), form.username().trim(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", form.name().trim());
        details.put("creditCode", code.value());
        details.put("serviceItems", form.serviceItemIds().toString());
        details.put("commitmentHash", firm.getCommitmentHash());
        audit.recordAs(form.username().trim(), "FIRM_REGISTERED", OBJECT_TYPE, String.valueOf(reg.organisationId()), details);
        return reg.organisationId();
    }

    /** The registrations waiting for review, oldest first, each with its deadline and whether it is overdue. */
    public List<ReviewQueueEntry> reviewQueue() {
        guard.requireRole(Role.OPERATOR);
        List<ReviewQueueEntry> queue = new ArrayList<>();
        for (Firm f : firms.awaitingReview()) {
            queue.add(reviews.queueEntry(accounts.organisation(f.getOrganisationId()), f.getSubmittedAt()));
        }
        return queue;
    }

    @Transactional
    public void approve(long firmId) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        Firm firm = firm(firmId);
        Instant now = clock.instant();
        firm.approve(now);
        accounts.activateOrganisation(firmId);
        firms.add(new ReviewEvent(firmId, ReviewAction.APPROVED, null, operator.username(), now));
        audit.record("FIRM_APPROVED", OBJECT_TYPE, String.valueOf(firmId), Map.of());
        qualificationService.approveWithRegistration(firmId, operator.username(), now);
        notifications.notifyOrganisation(firmId, "notification.firm.approved", List.of(), "/firm/index.xhtml");
    }

    @Transactional
    public void returnForCorrection(long firmId, String reason) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        String r = RegistrationReviews.requireReason(reason);
        Firm firm = firm(firmId);
        firm.returnForCorrection();
        firms.add(new ReviewEvent(firmId, ReviewAction.RETURNED, r, operator.username(), clock.instant()));
        audit.record("FIRM_RETURNED", OBJECT_TYPE, String.valueOf(firmId), Map.of("reason", r));
        notifications.notifyOrganisation(firmId, "notification.firm.returned", List.of(r), "/firm/index.xhtml");
    }

    /**
     * Suspends an approved firm (it leaves the directory and, later, cannot enrol) or reinstates a suspended one;
     * both need a reason, are audited and are told to the firm.
     */
    @Transactional
    public void suspend(long firmId, String reason) {
        changeStanding(firmId, reason, true);
    }

    @Transactional
    public void reinstate(long firmId, String reason) {
        changeStanding(firmId, reason, false);
    }

    private void changeStanding(long firmId, String reason, boolean suspend) {
        ZjcsPrincipal operator = guard.requireRole(Role.OPERATOR);
        String r = RegistrationReviews.requireReason(reason);
        Firm firm = firm(firmId);
        if (firm.getStatus() != RegistrationStatus.APPROVED) {
            throw new DomainException("firm.error.notApproved");
        }
        OrganisationStatus standing = accounts.organisation(firmId).getStatus();
        if (suspend && standing != OrganisationStatus.ACTIVE) {
            throw new DomainException("firm.error.alreadySuspended");
        }
        if (!suspend && standing != OrganisationStatus.SUSPENDED) {
            throw new DomainException("firm.error.notSuspended");
        }
        if (suspend) {
            accounts.suspendOrganisation(firmId);
        } else {
            accounts.activateOrganisation(firmId);
        }
        ReviewAction action = suspend ? ReviewAction.SUSPENDED : ReviewAction.REINSTATED;
        firms.add(new ReviewEvent(firmId, action, r, operator.username(), clock.instant()));
        audit.record(suspend ? "FIRM_SUSPENDED" : "FIRM_REINSTATED", OBJECT_TYPE, String.valueOf(firmId), Map.of("reason", r));
        notifications.notifyOrganisation(firmId, suspend ? "notification.firm.suspended" : "notification.firm.reinstated",
                List.of(r), "/firm/index.xhtml");
    }

    /** Approved firms with their standing, for the operator. */
    public List<Firm> approvedFirms() {
        guard.requireRole(Role.OPERATOR);
        return firms.approved();
    }

    /** The firm corrects its returned registration (its own only) and submits it again. */
    @Transactional
    public void resubmit(Firm.Contacts contacts, Map<MaterialKind, RegistrationForm.Upload> replaced) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Firm firm = firm(me.organisationId());
        checkContacts(contacts);
        Map<MaterialKind, Long> stored = new EnumMap<>(MaterialKind.class);
        for (Map.Entry<MaterialKind, RegistrationForm.Upload> e : replaced.entrySet()) {
            if (e.getValue() != null && e.getValue().content() != null) {
                stored.put(e.getKey(), files.store(e.getValue().content(), e.getValue().fileName(), e.getKey().name(),
                        me.organisationId()).getId());
            }
        }
        Instant now = clock.instant();
        firm.resubmit(contacts, stored, now);
        firms.add(new ReviewEvent(me.organisationId(), ReviewAction.RESUBMITTED, null, me.username(), now));
        audit.record("FIRM_RESUBMITTED", OBJECT_TYPE, String.valueOf(me.organisationId()),
                Map.of("replacedMaterials", stored.keySet().toString()));
    }

    /** The logged-in firm's own registration. */
    public Firm myFirm() {
        return firm(guard.requireRole(Role.FIRM).organisationId());
    }

    /** The logged-in firm's registration, or null when the account has none (e.g. a demo account). */
    public Firm myFirmIfAny() {
        return firms.find(guard.requireRole(Role.FIRM).organisationId()).orElse(null);
    }

    /** A firm's registration, for the operator reviewing it. */
    public Firm firmForReview(long firmId) {
        guard.requireRole(Role.OPERATOR);
        return firm(firmId);
    }

    public List<ReviewEvent> history(long firmId) {
        return firms.history(firmId);
    }

    /** All of a firm's qualifications, whatever their review status (the firm's own pages, the operator's review). */
    public List<Qualification> qualifications(long firmId) {
        return firms.qualifications(firmId);
    }

    /** Approved, active firms, optionally by name, service item and province (a province-level region code). */
    /** A page of the public directory by keyset (see {@link FirmRepository#directoryRows}). */
    public List<FirmRepository.DirectoryRow> directoryRows(String name, Long serviceItemId, String provinceCode,
                                                           String cursorName, Long cursorId, boolean backwards, int limit) {
        return firms.directoryRows(name, serviceItemId, RegionService.prefixOf(provinceCode), cursorName, cursorId, backwards,
                limit);
    }

    public List<Firm> directory(String name, Long serviceItemId, String provinceCode, int first, int size) {
        return firms.directory(name, serviceItemId, RegionService.prefixOf(provinceCode), first, size);
    }


    /** An approved, active firm for its public profile; empty for any other. */
    public java.util.Optional<Firm> publicFirm(long firmId) {
        return firms.find(firmId).filter(f -> f.getStatus() == RegistrationStatus.APPROVED
                && accounts.organisation(firmId).getStatus() == OrganisationStatus.ACTIVE);
    }

    private Firm firm(long firmId) {
        return firms.find(firmId).orElseThrow(() -> new DomainException("firm.error.notFound"));
    }

    private void checkContacts(Firm.Contacts c) {
        if (c == null || blank(c.legalRepresentative())) {
            throw new DomainException("firm.error.legalRepRequired");
        }
        if (c.legalRepresentative().trim().length() > 50) {
            throw new DomainException("registration.error.tooLong");
        }
        contactChecks.check(c.contactName(), c.contactPhone(), c.address(), c.regionCode());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
