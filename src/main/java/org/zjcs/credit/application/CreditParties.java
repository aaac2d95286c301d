package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.zjcs.credit.domain.CreditListRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;

/**
 * Who the credit records concern and who may see them: the firms a regulator may list, whether an id is a firm, the
 * regulators to tell, and the rule that a firm's evidence, repairs and findings are for regulators and the firm itself.
 */
@ApplicationScoped
@Transactional
public class CreditParties {

    @Inject
    Guard guard;

    @Inject
    AccountService accounts;

    @Inject
    CreditListRepository repository;

    /** Every firm organisation by name (the list form's choice; regulators). */
    public List<Organisation> firms() {
        guard.requireRole(Role.REGULATOR);
        return repository.firms();
    }

    /** Whether the organisation exists and is a firm. */
    public boolean isFirm(long id) {
        try {
            return accounts.organisation(id).getKind() == OrganisationKind.FIRM;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The firm; refused with {@code credit.list.error.notFirm} when the id is no firm. */
    public Organisation requireFirm(long firmId) {
        if (!isFirm(firmId)) {
            throw new DomainException("credit.list.error.notFirm");
        }
        return accounts.organisation(firmId);
    }

    /** The organisation's name (e.g. the firm named in a message to regulators). */
    public String nameOf(long organisationId) {
        return accounts.organisation(organisationId).getName();
    }

    /** The active regulator organisations (told of a repair application). */
    public List<Organisation> regulators() {
        return accounts.activeOrganisations(OrganisationKind.REGULATOR);
    }

    /** Whether the caller may see the firm's evidence, repairs and findings: a regulator, or the firm itself. */
    public boolean maySeeFile(long firmId) {
        return guard.hasRole(Role.REGULATOR) || guard.hasRole(Role.FIRM)
                && guard.principal().map(p -> p.organisationId() == firmId).orElse(false);
    }

    /** Refuses a caller who may not see the firm's evidence, repairs and findings ({@link #maySeeFile}). */
    public void requireRegulatorOrFirm(long firmId) {
        guard.requireLogin();
        if (!maySeeFile(firmId)) {
            throw new DomainException("security.error.forbidden");
        }
    }
}
