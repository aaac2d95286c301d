package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.MembershipService;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * The owner's access to notices: a unit admin acts on all of its unit's notices, a member on its own. Another owner's
 * notice and an unknown id are refused alike ({@code notice.error.notFound}).
 */
@ApplicationScoped
public class MyNotices {

    @Inject
    Guard guard;

    @Inject
    NoticeRepository notices;

    @Inject
    MembershipService membership;

    /** The caller's notice, locked for update when it is about to change. */
    public Notice mine(long noticeId, boolean forUpdate) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Optional<Notice> found = forUpdate ? notices.lock(noticeId) : notices.find(noticeId);
        Notice n = found.filter(x -> x.getOwnerId() == me.organisationId()).orElseThrow(
                () -> new DomainException("notice.error.notFound"));
        if (n.getCreatedByUser() != me.userId() && !membership.isUnitAdmin()) {
            throw new DomainException("notice.error.notFound");
        }
        return n;
    }

    /** The caller's notices: all of the unit's for its unit admin, the member's own otherwise; newest first. */
    public List<Notice> all() {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        return membership.isUnitAdmin() ? notices.ofOwner(me.organisationId()) : notices.ofCreator(me.organisationId(), me.userId());
    }
}
