package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.credit.application.QualityRatingService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableHistory;
import org.zjcs.delivery.domain.DeliverableRepository;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.event.DeliverablePassed;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;

/**
 * The staff of each department linked to the notice's approval cases check the accepted version: a pass asks for the
 * department's rating of the deliverable, and when every linked department passed it procurement is told
 * {@link DeliverablePassed} (the notice is COMPLETED); a return (with reasons) is a credit event of the winning firm
 * and sends it back for a new version.
 */
@ApplicationScoped
@Transactional
public class DepartmentChecks {

    @Inject
    Guard guard;

    @Inject
    DeliveryLookup lookup;

    @Inject
    DeliverableRepository deliverables;

    @Inject
    DeliveryJournal journal;

    @Inject
    QualityRatingService ratings;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /** The caller's department passes the version {@code deliverableId}, the notice's latest, accepted. */
    public Deliverable pass(long deliverableId) {
        ZjcsPrincipal me = guard.requireRole(Role.APPROVER);
        Checking c = checking(deliverableId, me);
        Instant now = clock.instant();
        Notice n = c.notice();
        long department = me.organisationId();
        boolean all = c.history().passCheck(deliverableId, department, c.departments(), now, me.username());
        Deliverable d = c.history().latest().orElseThrow();
        journal.record("DELIVERABLE_CHECK_PASSED", n.getId(), Map.of("deliverable", String.valueOf(d.getId()),
                "department", String.valueOf(department), "completed", String.valueOf(all)));
        // credit: the department's staff rate the deliverable's quality (once per check)
        ratings.expectRating(n.getId(), n.getTitle(), d.getId(), department, d.getWinnerFirmId(), now);
        if (all) {
            noticeEvents.fire(new DeliverablePassed(NoticeId.of(n.getId()), now));
            List<String> args = List.of(n.getTitle());
            journal.notifyParty(n.getOwnerId(), "deliverable.notify.completed", args, n.getId());
            journal.notifyParty(d.getWinnerFirmId(), "deliverable.notify.completed", args, n.getId());
        }
        return d;
    }

    /** The caller's department returns the version {@code deliverableId}, the notice's latest, accepted, with reasons. */
    public Deliverable returnCheck(long deliverableId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.APPROVER);
        Checking c = checking(deliverableId, me);
        Instant now = clock.instant();
        Notice n = c.notice();
        long department = me.organisationId();
        Deliverable d = c.history().returnCheck(deliverableId, department, reason, now, me.username());
        journal.record("DELIVERABLE_CHECK_RETURNED", n.getId(),
                Map.of("deliverable", String.valueOf(d.getId()), "department", String.valueOf(department)));
        journal.credit(new CreditFact(FirmId.of(d.getWinnerFirmId()), CreditCode.DELIVERABLE_RETURNED_BY_APPROVAL,
                CreditSource.DELIVERABLE_CHECK, DeliveryJournal.checkId(d.getId(), department), NoticeId.of(n.getId()), now));
        List<String> args = List.of(n.getTitle());
        journal.notifyParty(d.getWinnerFirmId(), "deliverable.notify.checkReturned", args, n.getId());
        journal.notifyParty(n.getOwnerId(), "deliverable.notify.checkReturned", args, n.getId());
        return d;
    }

    /** The version's notice, locked, and its deliverable; a department not linked to the notice finds it absent. */
    private Checking checking(long deliverableId, ZjcsPrincipal me) {
        long noticeId = lookup.noticeOfVersion(deliverableId);
        Notice n = lookup.lockPublic(noticeId);
        Set<Long> departments = lookup.departments(n);
        if (!departments.contains(me.organisationId())) {
            throw new DomainException("notice.error.notFound"); // a department not linked to the notice: looks absent
        }
        return new Checking(n, departments, deliverables.lock(noticeId));
    }

    private record Checking(Notice notice, Set<Long> departments, DeliverableHistory history) {
    }
}
