package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.ContactChecks;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;

/**
 * Firms joining the marketplace: registration (public) with materials and a first qualification, and the firm's
 * correction and resubmission of a returned registration. The operator's review is the one all registrations share
 * ({@code security.application.RegistrationQueue}, with {@link FirmRegistrationKind}). Each change is audited; a
 * refused registration stores nothing (one transaction, files included).
 */
@ApplicationScoped
public class FirmRegistration {

    static final String OBJECT_TYPE = "Firm";

    @Inject
    Guard guard;

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
    QualificationService qualificationService;

    @Inject
    AuditService audit;

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
        Firm firm = new Firm(reg.organisationId(), form.contacts(), form.serviceItemIds(), stored, form.username().trim(), now,
                form.commitmentLocale(), Sha256.hex(form.commitmentText() + "\n" + code.value() + "\n" + now));
        firms.add(firm);
        firms.flush(); // the firm row (and its first review step) first: its qualification refers to it
        qualificationService.submitWithRegistration(reg.organisationId(), type, q, scan.getId(), form.username().trim(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", form.name().trim());
        details.put("creditCode", code.value());
        details.put("serviceItems", form.serviceItemIds().toString());
        details.put("commitmentHash", firm.getCommitmentHash());
        audit.recordAs(form.username().trim(), "FIRM_REGISTERED", OBJECT_TYPE, String.valueOf(reg.organisationId()), details);
        return reg.organisationId();
    }

    /** The firm corrects its returned registration (its own only) and submits it again. */
    @Transactional
    public void resubmit(Firm.Contacts contacts, Map<MaterialKind, RegistrationForm.Upload> replaced) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Firm firm = firms.find(me.organisationId()).orElseThrow(() -> new DomainException("firm.error.notFound"));
        checkContacts(contacts);
        Map<MaterialKind, Long> stored = new EnumMap<>(MaterialKind.class);
        for (Map.Entry<MaterialKind, RegistrationForm.Upload> e : replaced.entrySet()) {
            if (e.getValue() != null && e.getValue().content() != null) {
                stored.put(e.getKey(), files.store(e.getValue().content(), e.getValue().fileName(), e.getKey().name(),
                        me.organisationId()).getId());
            }
        }
        Instant now = clock.instant();
        firm.resubmit(contacts, stored, me.username(), now);
        audit.record("FIRM_RESUBMITTED", OBJECT_TYPE, String.valueOf(me.organisationId()),
                Map.of("replacedMaterials", stored.keySet().toString()));
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
