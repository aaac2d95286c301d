package org.zjcs.security.application;

import org.zjcs.shared.change.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.AccountRepository;
import org.zjcs.security.domain.CreditCode;
import org.zjcs.security.domain.OrganisationRepository;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.PasswordPolicy;
import org.zjcs.security.domain.Passwords;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.shared.error.DomainException;

/**
 * Organisations and their accounts: self-registration (the organisation waits for the operator's review,
 * its first account can log in to follow it), approval, suspension.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z][A-Za-z0-9._-]{3,31}$");

    /** The ids of a newly registered organisation and its first account. */
    public record Registered(long organisationId, long userId) {
    }

    @Inject
    ChangeLog changeLog;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Refuses a name, user name, password or credit code that cannot be registered; stores nothing. */
    private void checkRegistration(String name, CreditCode creditCode, String username, String password) {
        if (name == null || name.isBlank()) {
            throw new DomainException("account.error.nameRequired");
        }
        if (name.trim().length() > 200) {
            throw new DomainException("account.error.nameTooLong");
        }
        checkCreditCodeFree(creditCode);
        checkNewAccount(username, password);
    }

    /** Refuses a credit code another organisation registered already. */
    public void checkCreditCodeFree(CreditCode creditCode) {
        if (creditCode != null && organisations.creditCodeTaken(creditCode.value())) {
            throw new DomainException("account.error.creditCodeTaken", creditCode.value());
        }
    }

    /** Refuses a user name that is malformed or taken, or a password the policy refuses. */
    public void checkNewAccount(String username, String password) {
        if (username == null || !USERNAME.matcher(username.trim()).matches()) {
            throw new DomainException("account.error.username");
        }
        if (accounts.findByUsername(username.trim()).isPresent()) {
            throw new DomainException("account.error.usernameTaken", username.trim());
        }
        checkPassword(password);
    }

    /** The password policy ({@link PasswordPolicy}): at least 12 characters, not a common password. */
    static void checkPassword(String password) {
        PasswordPolicy.check(password);
    }

    /** Registers an organisation (PENDING until the operator approves it) with its first account. */
    @Transactional
    public Registered registerOrganisation(OrganisationKind kind, String name, CreditCode creditCode, String username,
                                           String password, String displayName, Role role) {
        checkRegistration(name, creditCode, username, password);
        Instant now = clock.instant();
        Organisation org = new Organisation(name.trim(), kind, creditCode == null ? null : creditCode.value(),
                OrganisationStatus.PENDING, now);
        organisations.add(org);
        String shown = displayName == null || displayName.isBlank() ? name.trim() : displayName.trim();
        UserAccount account = new UserAccount(username.trim(), Passwords.hash(password),
                shown.length() > 100 ? shown.substring(0, 100) : shown, org, EnumSet.of(role), now);
        account.makeUnitAdmin();
        accounts.add(account);
        audit.recordAs(username.trim(), "ORGANISATION_REGISTERED", "Organisation", String.valueOf(org.getId()),
                Map.of("name", org.getName(), "kind", kind.name(), "username", username.trim()));
        return new Registered(org.getId(), account.getId());
    }

    /**
     * A firm's standing or name is part of the public firm directory (and the search index): its change is written to
     * the change log in the same transaction.
     */
    private Organisation recordFirm(Organisation org) {
        if (org.getKind() == OrganisationKind.FIRM) {
            changeLog.record(ChangeLog.FIRM, org.getId());
        }
        return org;
    }

    /** Joins the caller's transaction (the review that approves the organisation audits it). */
    @Transactional
    public void activateOrganisation(long organisationId) {
        recordFirm(organisation(organisationId)).activate();
    }

    @Transactional
    public void suspendOrganisation(long organisationId) {
        recordFirm(organisation(organisationId)).suspend();
    }

    /**
     * An approved change of an organisation's licence data (a firm's, reviewed in the firm context): its new name and
     * credit code; a code another organisation holds is refused. Returns the organisation.
     */
    @Transactional
    public Organisation changeIdentity(long organisationId, String name, CreditCode creditCode) {
        Organisation org = recordFirm(organisation(organisationId));
        if (!creditCode.value().equals(org.getCreditCode())) {
            checkCreditCodeFree(creditCode);
            org.changeCreditCode(creditCode.value());
        }
        org.rename(name.trim());
        return org;
    }

    /** The active organisations of one kind, by name (e.g. the approval departments an owner chooses from). */
    public java.util.List<Organisation> activeOrganisations(OrganisationKind kind) {
        return organisations.ofKind(kind, OrganisationStatus.ACTIVE);
    }

    /** Several organisations at once (one query), by id; unknown ids are missing from the map. */
    public java.util.Map<Long, Organisation> organisations(java.util.Collection<Long> ids) {
        java.util.Map<Long, Organisation> out = new java.util.HashMap<>();
        organisations.findAll(ids).forEach(o -> out.put(o.getId(), o));
        return out;
    }

    public Organisation organisation(long organisationId) {
        return organisations.find(organisationId).orElseThrow(() -> new DomainException("account.error.noOrganisation"));
    }
}
