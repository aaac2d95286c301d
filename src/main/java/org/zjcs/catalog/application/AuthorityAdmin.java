package org.zjcs.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.OrganisationAdmin;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationDraft;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;

/**
 * The operator creates or changes a department or regulator together with, for a regulator, the service items it
 * oversees: one transaction, so a refused item (unknown code) leaves nothing stored. The organisation's data belong
 * to security ({@link OrganisationAdmin}), the oversight to the catalogue ({@link Oversight}); both audit.
 */
@ApplicationScoped
@Transactional
public class AuthorityAdmin {

    @Inject
    Guard guard;

    @Inject
    OrganisationAdmin organisations;

    @Inject
    Oversight oversight;

    public Organisation create(AuthorityForm form) {
        guard.requireRole(Role.OPERATOR);
        OrganisationDraft draft = form.draft();
        List<String> overseenItemCodes = form.codes();
        if (draft.kind() == OrganisationKind.REGULATOR) {
            oversight.resolve(overseenItemCodes); // refuse an unknown item before anything is stored
        }
        Organisation org = organisations.create(draft);
        if (draft.kind() == OrganisationKind.REGULATOR) {
            oversight.assign(org.getId(), overseenItemCodes);
        }
        return org;
    }

    /**
     * Changes the data and (a regulator) the overseen items; refused when nothing changed, or when the organisation
     * changed since {@code expectedVersion} was read (null: the current version, for REST callers that did not read it).
     */
    public void change(long id, Long expectedVersion, AuthorityForm form) {
        guard.requireRole(Role.OPERATOR);
        long version = expectedVersion != null ? expectedVersion : organisations.authority(id).getVersion();
        OrganisationDraft draft = form.draft();
        List<String> overseenItemCodes = form.codes();
        if (draft.kind() == OrganisationKind.REGULATOR) {
            oversight.resolve(overseenItemCodes);
        }
        boolean changed = organisations.change(id, version, draft);
        if (draft.kind() == OrganisationKind.REGULATOR) {
            changed |= oversight.assign(id, overseenItemCodes);
        }
        if (!changed) {
            throw new DomainException("org.admin.error.nothingChanged");
        }
    }
}
