package org.zjcs.firm.application;

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
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.QualificationEvent;
import org.zjcs.firm.domain.QualificationStatus;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.QualificationLevels;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.storage.FileStorageService;

/**
 * A firm's qualifications after registration: an approved firm adds one, renews one of its approved ones, or
 * corrects one the operator returned; the operator approves each (approving a renewal supersedes the qualification
 * it renews) or returns it with a reason. The qualification given with a registration is reviewed with the
 * registration ({@link FirmService}). Each step is kept in the qualification's history, audited, and the firm is
 * told of the operator's decisions; a refused request stores nothing (one transaction, the scan included).
 */
@ApplicationScoped
public class QualificationService {

    @Inject
    Guard guard;

    static final String OBJECT_TYPE = "Qualification";
    static final String SCAN_PURPOSE = "QUALIFICATION_SCAN";
    private static final String FIRM_PAGE = "/firm/qualifications.xhtml";

    @Inject
    FirmRepository firms;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    FileStorageService files;

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    // --- the firm -------------------------------------------------------------------------------------------------

    /** The logged-in firm (approved) adds a qualification; it waits for the operator's review. Returns its id. */
    @Transactional
    public long addQualification(RegistrationForm.QualificationForm form) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        requireApprovedFirm(me.organisationId());
        QualificationType type = check(form, true);
        refuseHeldCertificate(me.organisationId(), type, form, List.of());
        return submit(me, type, form, null);
    }

    /**
     * The logged-in firm (approved) renews one of its own approved qualifications with a new certificate of the same
     * type; once the operator approves the renewal, the old one is superseded. Returns the renewal's id.
     */
    @Transactional
    public long renewQualification(long oldId, RegistrationForm.QualificationForm form) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        requireApprovedFirm(me.organisationId());
        Qualification old = own(firms.lockQualification(oldId).orElse(null), me);
        old.getStatus().requireRenewable();
        if (firms.hasOpenRenewal(oldId)) {
            throw new DomainException("qualification.error.renewalOpen");
        }
        QualificationType type = check(form, true);
        requireSameType(old, type);
        refuseHeldCertificate(me.organisationId(), type, form, List.of(oldId));
        return submit(me, type, form, oldId);
    }

    /** The logged-in firm corrects one of its returned qualifications and submits it again; a new scan is optional. */
    @Transactional
    public void resubmitQualification(long id, RegistrationForm.QualificationForm form) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        requireApprovedFirm(me.organisationId());
        Qualification q = own(firms.lockQualification(id).orElse(null), me);
        q.getStatus().resubmit();  // refuses anything but a returned qualification before a file is stored
        QualificationType type = check(form, false);
        if (q.isRenewal()) {
            requireSameType(firms.findQualification(q.getReplacesId()).orElseThrow(), type);
        }
        refuseHeldCertificate(me.organisationId(), type, form,
                q.isRenewal() ? List.of(id, q.getReplacesId()) : List.of(id));
        long scan = form.scan() == null || form.scan().content() == null ? q.getScanFileId()
                : files.store(form.scan().content(), form.scan().fileName(), SCAN_PURPOSE, me.organisationId()).getId();
        Instant now = clock.instant();
        q.resubmit(type.getCode(), form.level(), form.certificateNo(), form.issuer(), form.validFrom(), form.validTo(),
                scan, now);
        firms.add(new QualificationEvent(id, QualificationEvent.Action.RESUBMITTED, null, me.username(), now));
        audit.record("QUALIFICATION_RESUBMITTED", OBJECT_TYPE, String.valueOf(id), describe(q));
    }

    /** All of the logged-in firm's qualifications, whatever their review status. */
    public List<Qualification> myQualifications() {
        return firms.qualifications(guard.requireRole(Role.FIRM).organisationId());
    }

    /** The review steps of the logged-in firm's qualifications, in order. */
    public List<QualificationEvent> myQualificationHistory() {
        return firms.qualificationHistory(guard.requireRole(Role.FIRM).organisationId());
    }

    /** One of the logged-in firm's own qualifications (another firm's is "not found"). */
    public Qualification myQualification(long id) {
        return own(firms.findQualification(id).orElse(null), guard.requireRole(Role.FIRM));
    }

    // --- the operator ---------------------------------------------------------------------------------------------

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
        audit.record("QUALIFICATION_APPROVED", OBJECT_TYPE, String.valueOf(id), describe(q));
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
        String r = org.zjcs.security.application.RegistrationReviews.requireReason(reason);
        Qualification q = forDecision(id);
        Instant now = clock.instant();
        q.returnForCorrection(now);
        firms.add(new QualificationEvent(id, QualificationEvent.Action.RETURNED, r, operator.username(), now));
        audit.record("QUALIFICATION_RETURNED", OBJECT_TYPE, String.valueOf(id), Map.of("reason", r));
        notifications.notifyOrganisation(q.getFirmId(), "notification.qualification.returned",
                List.of(q.getCertificateNo(), r), FIRM_PAGE);
    }

    // --- everyone -------------------------------------------------------------------------------------------------

    /** A firm's approved qualifications (valid or expired), as its public profile shows them. */
    public List<Qualification> approvedQualifications(long firmId) {
        return firms.qualifications(firmId, QualificationStatus.APPROVED);
    }

    // --- with the registration (FirmService) ----------------------------------------------------------------------

    /**
     * Checks a qualification as a form gives it, before anything is stored: a known type, a level of that type
     * where it has levels, the details the {@link Qualification} itself checks, and a scan where one is needed.
     */
    QualificationType check(RegistrationForm.QualificationForm q, boolean scanRequired) {
        if (q == null || blank(q.typeCode())) {
            throw new DomainException("firm.error.qualificationRequired");
        }
        QualificationType type = catalog.qualificationTypes().get(q.typeCode());
        if (type == null) {
            throw new DomainException("catalog.error.unknownType", q.typeCode());
        }
        if (!type.levelList().isEmpty() && (q.level() == null || !type.hasLevel(q.level()))) {
            throw new DomainException("catalog.error.unknownLevel", QualificationLevels.arg(String.valueOf(q.level())), type.label());
        }
        // Checked again by the Qualification itself; here so that nothing is stored before the check.
        new Qualification(0, type.getCode(), q.level(), q.certificateNo(), q.issuer(), q.validFrom(), q.validTo(), 0);
        if (scanRequired && (q.scan() == null || q.scan().content() == null)) {
            throw new DomainException("firm.error.scanRequired");
        }
        return type;
    }

    /** The qualification given with a registration: pending until the registration is approved. */
    void submitWithRegistration(long firmId, QualificationType type, RegistrationForm.QualificationForm form,
                                long scanFileId, String actor, Instant now) {
        Qualification q = new Qualification(firmId, type.getCode(), form.level(), form.certificateNo(), form.issuer(),
                form.validFrom(), form.validTo(), scanFileId, null, now);
        firms.add(q);
        firms.flush();
        firms.add(new QualificationEvent(q.getId(), QualificationEvent.Action.SUBMITTED, null, actor, now));
        Map<String, Object> details = describe(q);
        details.put("withRegistration", true);
        audit.recordAs(actor, "QUALIFICATION_ADDED", OBJECT_TYPE, String.valueOf(q.getId()), details);
    }

    /** The registration is approved: so are the qualifications given with it. */
    void approveWithRegistration(long firmId, String operator, Instant now) {
        for (Qualification q : firms.qualifications(firmId, QualificationStatus.PENDING)) {
            q.approve(now);
            firms.add(new QualificationEvent(q.getId(), QualificationEvent.Action.APPROVED, null, operator, now));
            audit.record("QUALIFICATION_APPROVED", OBJECT_TYPE, String.valueOf(q.getId()), Map.of("withRegistration", true));
        }
    }

    // --- rules ----------------------------------------------------------------------------------------------------

    private long submit(ZjcsPrincipal me, QualificationType type, RegistrationForm.QualificationForm form, Long renews) {
        long scan = files.store(form.scan().content(), form.scan().fileName(), SCAN_PURPOSE, me.organisationId()).getId();
        Instant now = clock.instant();
        Qualification q = new Qualification(me.organisationId(), type.getCode(), form.level(), form.certificateNo(),
                form.issuer(), form.validFrom(), form.validTo(), scan, renews, now);
        firms.add(q);
        firms.flush();
        firms.add(new QualificationEvent(q.getId(), QualificationEvent.Action.SUBMITTED, null, me.username(), now));
        Map<String, Object> details = describe(q);
        if (renews != null) {
            details.put("renews", renews);
        }
        audit.record(renews == null ? "QUALIFICATION_ADDED" : "QUALIFICATION_RENEWAL_SUBMITTED", OBJECT_TYPE,
                String.valueOf(q.getId()), details);
        return q.getId();
    }

    /** Qualifications are added and renewed by firms that have joined; until then they come with the registration. */
    private void requireApprovedFirm(long firmId) {
        if (firms.find(firmId).map(Firm::getStatus).orElse(null) != RegistrationStatus.APPROVED) {
            throw new DomainException("qualification.error.firmNotApproved");
        }
    }

    /** The qualification if it is the caller's firm's; another firm's is "not found", like one that does not exist. */
    private static Qualification own(Qualification q, ZjcsPrincipal me) {
        if (q == null || q.getFirmId() != me.organisationId()) {
            throw new DomainException("qualification.error.notFound");
        }
        return q;
    }

    /** A qualification the operator decides on: locked, and not one that is reviewed with its registration. */
    private Qualification forDecision(long id) {
        Qualification q = firms.lockQualification(id).orElseThrow(() -> new DomainException("qualification.error.notFound"));
        if (firms.find(q.getFirmId()).map(Firm::getStatus).orElse(null) != RegistrationStatus.APPROVED) {
            throw new DomainException("qualification.error.withRegistration");
        }
        return q;
    }

    private static void requireSameType(Qualification old, QualificationType type) {
        if (!old.getTypeCode().equals(type.getCode())) {
            throw new DomainException("qualification.error.renewalSameType");
        }
    }

    private void refuseHeldCertificate(long firmId, QualificationType type, RegistrationForm.QualificationForm form,
                                       List<Long> except) {
        if (firms.holdsCertificate(firmId, type.getCode(), form.certificateNo(), except)) {
            throw new DomainException("qualification.error.certificateHeld", form.certificateNo().trim());
        }
    }

    private static Map<String, Object> describe(Qualification q) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firm", q.getFirmId());
        details.put("type", q.getTypeCode());
        details.put("level", q.getLevel() == null ? "" : q.getLevel());
        details.put("certificate", q.getCertificateNo());
        details.put("validFrom", q.getValidFrom().toString());
        details.put("validTo", q.getValidTo().toString());
        details.put("scan", q.getScanFileId());
        return details;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
