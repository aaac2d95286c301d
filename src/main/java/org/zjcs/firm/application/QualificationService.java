package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.QualificationLevels;
import org.zjcs.shared.storage.FileStorageService;

/**
 * A firm's qualifications after registration, as the firm handles them: an approved firm adds one, renews one of its
 * approved ones, or corrects one the operator returned (the operator's side is {@link QualificationReviews}). The
 * qualification given with a registration is checked and submitted here ({@link FirmRegistration}) and approved
 * with the registration. Each step is kept in the qualification's history and audited; a refused request stores
 * nothing (one transaction, the scan included).
 */
@ApplicationScoped
public class QualificationService {

    @Inject
    Guard guard;

    static final String OBJECT_TYPE = "Qualification";
    static final String SCAN_PURPOSE = "QUALIFICATION_SCAN";

    @Inject
    FirmRepository firms;

    @Inject
    CatalogService catalog;

    @Inject
    FileStorageService files;

    @Inject
    AuditService audit;

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
        audit.record("QUALIFICATION_RESUBMITTED", OBJECT_TYPE, String.valueOf(id), q.auditDetails());
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

    // --- everyone -------------------------------------------------------------------------------------------------

    /** A firm's approved qualifications (valid or expired), as its public profile shows them. */
    public List<Qualification> approvedQualifications(long firmId) {
        return firms.qualifications(firmId, QualificationStatus.APPROVED);
    }

    // --- with the registration (FirmRegistration) -----------------------------------------------------------------

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
        Map<String, Object> details = q.auditDetails();
        details.put("withRegistration", true);
        audit.recordAs(actor, "QUALIFICATION_ADDED", OBJECT_TYPE, String.valueOf(q.getId()), details);
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
        Map<String, Object> details = q.auditDetails();
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
