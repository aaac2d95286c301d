package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableHistory;
import org.zjcs.delivery.domain.DeliverableRepository;
import org.zjcs.delivery.domain.DeliveryParty;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;

/**
 * What the parties see of a notice's deliverable (the page, the API, the download servlet). The winning firm, the owner unit and the linked departments' staff see everything; anyone else only
 * the public notice.
 */
@ApplicationScoped
@Transactional
public class DeliveryQueries {

    @Inject
    Guard guard;

    @Inject
    DeliveryLookup lookup;

    @Inject
    DeliverableRepository deliverables;

    @Inject
    ContractRepository contracts;

    @Inject
    FileStorageService files;

    @Inject
    CheckLimits checkLimits;

    @Inject
    Clock clock;

    /**
     * What the caller sees: everything for the firm, the owner and the linked departments' staff (party set); the
     * public notice only for anyone else. Empty when the notice is unknown or a draft.
     */
    public Optional<View> view(long noticeId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<Notice> n = lookup.publicNotice(noticeId);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<ContractVersion> contract = lookup.confirmedContract(noticeId);
        Long winner = contract.map(ContractVersion::getWinnerFirmId).orElse(null);
        Set<Long> departments = lookup.departments(n.get());
        DeliveryParty party = lookup.partyOf(me, n.get(), winner, departments);
        if (party == null) {
            return Optional.of(new View(n.get(), null, null, null, List.of(), List.of(), false, DeliveryActions.NONE,
                    null, false));
        }
        DeliverableHistory history = deliverables.of(noticeId);
        Instant due = contract.map(c -> lookup.dueAt(c, n.get())).orElse(null);
        Instant now = clock.instant();
        // a department's staff see their own check's time limit (from the owner's acceptance) and whether it was missed
        Instant checkDue = party == DeliveryParty.APPROVER
                ? checkLimits.due(history.checksOpenedAt().orElse(null)) : null;
        return Optional.of(new View(n.get(), party, winner, due, List.copyOf(departments), history.versions(),
                history.overdue(due, now), DeliveryActions.of(party, history, me.organisationId()), checkDue,
                history.checkOverdue(me.organisationId(), checkDue, now)));
    }

    /** A stored file of a deliverable version, for the firm, the owner and the linked departments' staff only. */
    public Optional<StoredFile> fileFor(long storedFileId) {
        ZjcsPrincipal me = guard.requireLogin();
        return deliverables.ofFile(storedFileId).filter(d -> isParty(me, d)).flatMap(d -> files.find(storedFileId));
    }

    /** A deliverable version, for the firm, the owner and the linked departments' staff only (empty for anyone else). */
    public Optional<Deliverable> versionFor(long deliverableId) {
        ZjcsPrincipal me = guard.requireLogin();
        return deliverables.find(deliverableId).filter(d -> isParty(me, d));
    }

    private boolean isParty(ZjcsPrincipal me, Deliverable d) {
        return lookup.anyNotice(d.getNoticeId()).map(n -> lookup.partyOf(me, n, d.getWinnerFirmId()) != null).orElse(false);
    }

    /**
     * A caller's view of a notice's deliverable; {@code checkDueAt} and {@code checkOverdue}: the time limit of the
     * caller's department's check of the accepted latest version (department staff only, else null and false).
     */
    public record View(Notice notice, DeliveryParty party, Long winnerFirmId, Instant dueAt, List<Long> departments,
                       List<Deliverable> versions, boolean overdue, DeliveryActions actions, Instant checkDueAt,
                       boolean checkOverdue) {
    }
}
