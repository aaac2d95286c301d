package org.zjcs.supervision.application;

import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * Whose 好差评 figures and ledger lines a caller may read, decided from the Guard: regulators and operators all of
 * them ({@code partyType} null); approval staff those of their department (evaluations of notices serving a case of
 * it, and its own due steps); a firm its own. Owner units (and anyone else) are refused.
 */
public record StatsScope(String partyType, Long id) {

    public static final StatsScope ALL = new StatsScope(null, null);

    public static StatsScope of(Guard guard) {
        ZjcsPrincipal me = guard.requireLogin();
        if (guard.hasRole(Role.REGULATOR) || guard.hasRole(Role.OPERATOR)) {
            return ALL;
        }
        if (guard.hasRole(Role.APPROVER)) {
            return new StatsScope("DEPARTMENT", me.organisationId());
        }
        if (guard.hasRole(Role.FIRM)) {
            return new StatsScope("FIRM", me.organisationId());
        }
        throw new DomainException("security.error.forbidden");
    }

    public boolean all() {
        return partyType == null;
    }

    public boolean firm() {
        return "FIRM".equals(partyType);
    }

    public boolean department() {
        return "DEPARTMENT".equals(partyType);
    }
}
