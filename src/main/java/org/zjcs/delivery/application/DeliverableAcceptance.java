package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zjcs.credit.application.EvaluationService;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableHistory;
import org.zjcs.delivery.domain.DeliverableRepository;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.event.DeliverableAccepted;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.NoticeId;

/**
 * The owner unit answers the latest deliverable version: it accepts it — procurement is told
 * {@link DeliverableAccepted} (IN_SERVICE → DELIVERED), the owner's evaluation of the firm becomes due and the linked
 * departments are asked to check it — or returns it with a reason, after which the firm uploads a new version.
 */
@ApplicationScoped
@Transactional
public class DeliverableAcceptance {

    @Inject
    Guard guard;

    @Inject
    DeliveryLookup lookup;

    @Inject
    DeliverableRepository deliverables;

    @Inject
    DeliveryJournal journal;

    @Inject
    EvaluationService evaluations;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /** The owner accepts the version {@code deliverableId}, the notice's latest, awaiting its answer. */
    public Deliverable accept(long deliverableId) {
        ZjcsPrincipal me = guard.requireLogin();
        Owned o = owned(deliverableId, me);
        Instant now = clock.instant();
        Deliverable d = o.history().accept(deliverableId, now, me.username());
        Notice n = o.notice();
        if (DeliverableHistory.delivers(n.getStatus())) {
            noticeEvents.fire(new DeliverableAccepted(NoticeId.of(n.getId()), now));
        }
        journal.record("DELIVERABLE_ACCEPTED", n.getId(),
                Map.of("deliverable", String.valueOf(d.getId()), "revision", String.valueOf(d.getRevision())));
        // credit: the owner's evaluation of the firm becomes due (once per notice)
        evaluations.expect(n.getId(), n.getTitle(), d.getId(), n.getOwnerId(), d.getWinnerFirmId(), now);
        List<String> args = List.of(n.getTitle());
        journal.notifyParty(d.getWinnerFirmId(), "deliverable.notify.accepted", args, n.getId());
        for (long department : lookup.departments(n)) {
            journal.notifyParty(department, "deliverable.notify.toCheck", args, n.getId());
        }
        return d;
    }

    /** The owner returns the version {@code deliverableId}, the notice's latest, awaiting its answer, with a reason. */
    public Deliverable returnVersion(long deliverableId, String reason) {
        ZjcsPrincipal me = guard.requireLogin();
        Owned o = owned(deliverableId, me);
        Deliverable d = o.history().returnByOwner(deliverableId, reason, clock.instant(), me.username());
        Notice n = o.notice();
        journal.record("DELIVERABLE_RETURNED", n.getId(),
                Map.of("deliverable", String.valueOf(d.getId()), "revision", String.valueOf(d.getRevision())));
        journal.notifyParty(d.getWinnerFirmId(), "deliverable.notify.returned", List.of(n.getTitle()), n.getId());
        return d;
    }

    /**
     * The version's notice and deliverable, locked: an unknown version first, then the role (a firm, the uploader too,
     * or any other role gets 403), then ownership (another owner unit: "not found", before anything about the
     * versions is told).
     */
    private Owned owned(long deliverableId, ZjcsPrincipal me) {
        long noticeId = lookup.noticeOfVersion(deliverableId);
        guard.requireRole(Role.OWNER);
        Notice n = lookup.lockPublic(noticeId);
        if (me.organisationId() != n.getOwnerId()) {
            throw new DomainException("notice.error.notFound");
        }
        return new Owned(n, deliverables.lock(noticeId));
    }

    private record Owned(Notice notice, DeliverableHistory history) {
    }
}
