package org.zjcs.owner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.owner.domain.OwnerRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.ContactChecks;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.Upload;

/**
 * Owner organisations joining the marketplace: registration (public) with the unit's certificate, and the owner's
 * correction and resubmission of a returned one. The operator's review is the one all registrations share
 * ({@code security.application.RegistrationQueue}, with {@link OwnerRegistrationKind}). Every change is audited and
 * a refused registration stores nothing.
 */
@ApplicationScoped
public class OwnerService {

    @Inject
    Guard guard;

    static final String OBJECT_TYPE = "OwnerUnit";
    static final String CERTIFICATE = "UNIT_CERTIFICATE";
    static final String WORKSPACE = "/owner/index.xhtml";

    @Inject
    OwnerRepository owners;

    @Inject
    AccountService accounts;

    @Inject
    ContactChecks contactChecks;

    @Inject
    FileStorageService files;

    @Inject
    AuditService audit;

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
        owners.add(new OwnerUnit(reg.organisationId(), form.details(), certificate, form.username().trim(), now));
        owners.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", form.name().trim());
        details.put("creditCode", code.value());
        details.put("unitType", form.details().unitType().name());
        audit.recordAs(form.username().trim(), "OWNER_REGISTERED", OBJECT_TYPE, String.valueOf(reg.organisationId()), details);
        return reg.organisationId();
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
        unit.resubmit(details, certificate, me.username(), now);
        audit.record("OWNER_RESUBMITTED", OBJECT_TYPE, String.valueOf(me.organisationId()),
                Map.of("newCertificate", String.valueOf(certificate != null)));
    }

    /** The logged-in owner's registration, or null when its organisation has none (an account made before owners registered). */
    public OwnerUnit myUnitIfAny() {
        return owners.find(guard.requireRole(Role.OWNER).organisationId()).orElse(null);
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
