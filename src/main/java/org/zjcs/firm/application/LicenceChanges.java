package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.LicenceChange;
import org.zjcs.firm.domain.LicenceChangeRepository;
import org.zjcs.firm.domain.LicenceData;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.ContactChecks;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileStorageService;

/**
 * A firm's change of its licence data, submitted by its unit admin with the new licence file and reviewed by the
 * operator ({@link LicenceChangeKind} in the one registration review). Until approval the firm keeps operating under
 * its old data. One change waits at a time; a credit code another organisation holds is refused. Audited.
 */
@ApplicationScoped
public class LicenceChanges {

    static final String OBJECT_TYPE = "FirmLicenceChange";

    @Inject
    Guard guard;

    @Inject
    FirmUpkeep upkeep;

    @Inject
    LicenceChangeRepository changes;

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

    /** The licence data in force of a firm: its organisation's name and code, the firm's own fields, the licence file. */
    LicenceData current(Firm firm, Organisation org) {
        return new LicenceData(org.getName(), org.getCreditCode(), firm.getLegalRepresentative(), firm.getAddress(),
                firm.getRegionCode(), firm.materialFiles().get(MaterialKind.BUSINESS_LICENCE));
    }

    /** Submits a change of the logged-in firm's licence data for review; its id. Stores nothing when refused. */
    @Transactional
    public long submit(LicenceChangeForm form) {
        Firm firm = upkeep.firmToChange();
        long firmId = firm.getOrganisationId();
        changes.lockFirm(firmId);
        if (changes.open(firmId).isPresent()) {
            throw new DomainException("firm.upkeep.error.changeOpen");
        }
        String name = required(form.name(), "account.error.nameRequired");
        if (name.length() > 200) {
            throw new DomainException("account.error.nameTooLong");
        }
        CreditCode code = CreditCode.parse(form.creditCode());
        String legalRep = required(form.legalRepresentative(), "firm.error.legalRepRequired");
        if (legalRep.length() > 50) {
            throw new DomainException("registration.error.tooLong");
        }
        contactChecks.check(firm.getContactName(), firm.getContactPhone(), form.address(), form.regionCode());
        Organisation org = accounts.organisation(firmId);
        if (!code.value().equals(org.getCreditCode())) {
            accounts.checkCreditCodeFree(code);
        }
        if (form.licence() == null || form.licence().content() == null) {
            throw new DomainException("firm.upkeep.error.licenceRequired");
        }
        long fileId = files.store(form.licence().content(), form.licence().fileName(), MaterialKind.BUSINESS_LICENCE.name(),
                firmId).getId();
        LicenceData after = new LicenceData(name, code.value(), legalRep, form.address().trim(), form.regionCode(), fileId);
        LicenceChange change = new LicenceChange(firmId, current(firm, org), after, guard.requireLogin().username(),
                clock.instant());
        changes.add(change);
        Map<String, Object> details = new LinkedHashMap<>(change.differences());
        details.put("firm", String.valueOf(firmId));
        audit.record("FIRM_LICENCE_CHANGE_SUBMITTED", OBJECT_TYPE, String.valueOf(change.getId()), details);
        return change.getId();
    }

    /** The logged-in firm's latest licence change (waiting, returned or approved), for its page. */
    public Optional<LicenceChange> myLatest() {
        return changes.latest(guard.requireRole(Role.FIRM).organisationId());
    }

    private static String required(String s, String key) {
        if (s == null || s.isBlank()) {
            throw new DomainException(key);
        }
        return s.trim();
    }
}
