package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.OpenedEntry;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.FailureReason;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * The owner's direct pick (直接选取) on a closed direct-pick notice: one of the enrolled firms that passes the re-check
 * that day, once; the result is announced at once as after a draw (the page and {@code POST /api/notices/{id}/direct-pick}
 * call the same {@link #directPick}).
 */
@ApplicationScoped
@Transactional
public class DirectPicks {

    @Inject
    Guard guard;

    @Inject
    NoticeAccess notices;

    @Inject
    OpenedEntries openings;

    @Inject
    EntryCheck check;

    @Inject
    SelectionRun selection;

    @Inject
    Clock clock;

    /** The owner of a closed direct-pick notice names the firm; it must be one of the eligible enrolled firms. */
    public SelectionResult directPick(long noticeId, long firmId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = notices.lockMine(noticeId);
        if (n.getMethod() != SelectionMethod.DIRECT_PICK) {
            throw new DomainException("selection.error.notDirectPick");
        }
        if (n.getStatus() != NoticeStatus.CLOSED) {
            throw new DomainException("selection.error.notClosed");
        }
        List<OpenedEntry> opened = openings.of(noticeId);
        if (opened.stream().noneMatch(o -> o.firmId() == firmId)) {
            throw new DomainException("selection.error.directPickNotEnrolled");
        }
        SelectionResult r = selection.run(n, opened, firmId, Set.of(), 1, me.username(), clock.instant());
        if (r.getStatus() == SelectionStatus.FAILED && FailureReason.NOT_ENROLLED.name().equals(r.getFailureReason())) {
            throw new DomainException("selection.error.directPickNotEligible");
        }
        return r;
    }

    /** The firms of a closed direct-pick notice the owner may name: the enrolled ones still eligible today. */
    public List<Entry> choices(long noticeId) {
        guard.requireRole(Role.OWNER);
        Notice n = notices.myNotice(noticeId);
        if (n.getStatus() != NoticeStatus.CLOSED || n.getMethod() != SelectionMethod.DIRECT_PICK) {
            return List.of();
        }
        return check.eligible(n, openings.of(noticeId), BusinessTime.dateOf(clock.instant()));
    }
}
