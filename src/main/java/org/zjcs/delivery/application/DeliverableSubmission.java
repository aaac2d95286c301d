package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableHistory;
import org.zjcs.delivery.domain.DeliverableRepository;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.procurement.domain.event.ServiceStarted;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;
import org.zjcs.shared.storage.FileRef;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.Upload;

/**
 * The winning firm uploads a deliverable version: files (PDF, JPEG or PNG) and a note. The first version starts the
 * service (procurement is told {@link ServiceStarted}: CONTRACTED → IN_SERVICE); uploaded after its due time
 * ({@link DeliveryLookup#dueAt}) it is flagged late, audited {@code DELIVERABLE_LATE} and told to credit. A new version
 * follows only a returned one ({@link DeliverableHistory}).
 */
@ApplicationScoped
@Transactional
public class DeliverableSubmission {

    static final String PURPOSE = "DELIVERABLE";

    @Inject
    Guard guard;

    @Inject
    DeliveryLookup lookup;

    @Inject
    DeliverableRepository deliverables;

    @Inject
    FileStorageService files;

    @Inject
    DeliveryJournal journal;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /** The winning firm uploads a version of the notice's deliverable: at least one file and a note. */
    public Deliverable submit(long noticeId, String note, List<Upload> uploads) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM); // role first: anyone else 403
        Notice n = lookup.lockPublic(noticeId);
        ContractVersion contract = lookup.confirmedContract(noticeId)
                .orElseThrow(() -> new DomainException("deliverable.error.notContracted"));
        DeliverableHistory history = deliverables.lock(noticeId);
        NoticeStatus s = n.getStatus();
        history.checkSubmission(me.organisationId(), contract.getWinnerFirmId(), s, note);
        List<Upload> present = Upload.present(uploads);
        if (present.isEmpty()) {
            throw new DomainException("deliverable.error.fileRequired");
        }
        // a refused file (type, size) rolls the transaction back: no row and no file is kept
        List<FileRef> stored = files.storeAll(present, PURPOSE, me.organisationId());
        Instant now = clock.instant();
        Instant due = lookup.dueAt(contract, n);
        Deliverable d = history.submit(me.organisationId(), contract.getWinnerFirmId(), s, note, stored, now,
                me.username(), due);
        deliverables.add(d);
        if (DeliverableHistory.startsService(s)) {
            noticeEvents.fire(new ServiceStarted(NoticeId.of(noticeId), now));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("deliverable", String.valueOf(d.getId()));
        details.put("revision", String.valueOf(d.getRevision()));
        details.put("files", stored.stream().map(f -> f.getFileId() + ":" + f.getSha256()).toList().toString());
        journal.record("DELIVERABLE_SUBMITTED", noticeId, details);
        if (d.isLate()) {
            journal.record("DELIVERABLE_LATE", noticeId, Map.of("deliverable", String.valueOf(d.getId()),
                    "dueAt", due.toString(), "submittedAt", now.toString()));
            journal.credit(CreditFact.of(FirmId.of(d.getWinnerFirmId()), CreditCode.DELIVERABLE_LATE, CreditSource.DELIVERABLE,
                    d.getId(), NoticeId.of(noticeId), now));
        }
        journal.notifyParty(n.getOwnerId(), "deliverable.notify.submitted", List.of(n.getTitle()), noticeId);
        return d;
    }
}
