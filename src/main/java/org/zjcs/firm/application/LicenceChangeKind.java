package org.zjcs.firm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.FirmRepository;
import org.zjcs.firm.domain.LicenceChange;
import org.zjcs.firm.domain.LicenceChangeRepository;
import org.zjcs.firm.domain.LicenceData;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.RegistrationKind;
import org.zjcs.security.application.ReviewFileSource;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Registration;
import org.zjcs.shared.error.DomainException;

/**
 * Firms' licence changes in the one registration review ({@code security.application.RegistrationQueue}, key
 * {@value #KEY}, page operator/licence-changes.xhtml): the queue of waiting changes, and on approval the new data
 * replaces the old (the organisation's name and credit code, the firm's legal representative, registered address and
 * licence file), audited with both. Approval does not change the firm's standing. Also lets operators open the new
 * licence file of a change.
 */
@ApplicationScoped
public class LicenceChangeKind implements RegistrationKind, ReviewFileSource {

    public static final String KEY = "FIRM_LICENCE";

    @Inject
    LicenceChangeRepository changes;

    @Inject
    FirmRepository firms;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.FIRM;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean activatesOrganisation() {
        return false;
    }

    @Override
    public Optional<LicenceChange> find(long organisationId) {
        return changes.open(organisationId);
    }

    @Override
    public List<LicenceChange> awaitingReview() {
        return changes.awaitingReview();
    }

    @Override
    public String auditPrefix() {
        return "FIRM_LICENCE_CHANGE";
    }

    @Override
    public String objectType() {
        return "Firm";
    }

    @Override
    public String notificationPrefix() {
        return "firm.upkeep.notification";
    }

    @Override
    public String workspace() {
        return "/firm/profile.xhtml";
    }

    @Override
    public String notFoundKey() {
        return "firm.upkeep.error.noOpenChange";
    }

    @Override
    public void approved(Registration registration, String operator, Instant now) {
        LicenceChange change = (LicenceChange) registration;
        long firmId = change.getOrganisationId();
        Firm firm = firms.find(firmId).orElseThrow(() -> new DomainException("firm.error.notFound"));
        LicenceData after = change.after();
        accounts.changeIdentity(firmId, after.name(), CreditCode.parse(after.creditCode()));
        firm.applyLicence(after);
        Map<String, Object> details = new LinkedHashMap<>(change.differences());
        details.put("change", String.valueOf(change.getId()));
        audit.record("FIRM_LICENCE_CHANGED", FirmRegistration.OBJECT_TYPE, String.valueOf(firmId), details);
    }

    @Override
    public Optional<Review> reviewOf(long fileId) {
        return changes.changeOfFile(fileId).map(id -> new Review("FIRM_LICENCE_CHANGE", String.valueOf(id)));
    }
}
