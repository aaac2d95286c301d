package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.worklist.WorkActor;
import org.zjcs.shared.worklist.WorkList;
import org.zjcs.shared.worklist.WorkListService;
import org.zjcs.shared.worklist.WorkRole;

/**
 * The logged-in account's work list (工作台): the caller must hold the role, and the list is always that of the
 * caller's own organisation (no organisation is ever taken from a request).
 */
@ApplicationScoped
public class WorkLists {

    @Inject
    Guard guard;

    @Inject
    WorkListService lists;

    @Inject
    MembershipService membership;

    @Inject
    Clock clock;

    public WorkList mine(WorkRole role, Locale locale) {
        ZjcsPrincipal me = guard.requireRole(switch (role) {
            case FIRM -> Role.FIRM;
            case OWNER -> Role.OWNER;
            case APPROVER -> Role.APPROVER;
        });
        // an owner unit's member (not its admin) acts only on the notices it drafted (MyNotices)
        long draftedBy = role == WorkRole.OWNER && !membership.isUnitAdmin() ? me.userId() : 0;
        return lists.of(new WorkActor(me.organisationId(), role, clock.instant(), locale, draftedBy));
    }
}
