package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.procurement.domain.event.BiddingClosed;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.selection.domain.OpenedEntry;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.id.NoticeId;

/**
 * At the deadline the notice closes by itself ({@link BiddingClosed}), its sealed enrolments are opened and the
 * selection runs ({@link SelectionRun}); a direct-pick notice with entries waits for its owner ({@link DirectPicks}).
 * The audit chain records the number of submissions and the SHA-256 of the closed ledger. Exactly once: the notice row
 * is locked and its status decides, so two servers, or a retry, find the work done.
 */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class DeadlineClosing {

    /** What {@link #closeAndSelect} answers when the notice is not due (or is done already). */
    public static final String NOT_DUE = "not due";
    /** What {@link #closeAndSelect} answers for a direct pick that now waits for its owner. */
    public static final String WAITING_FOR_PICK = "closed, waiting for the owner's direct pick";

    @Inject
    NoticeAccess notices;

    @Inject
    OpenedEntries openings;

    @Inject
    SelectionRun selection;

    @Inject
    SelectionJournal journal;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /**
     * Closes the notice when its deadline has passed and runs the selection (a direct pick waits for the owner). Does
     * nothing when it is not due or already done. Returns what happened, for the scheduler's log.
     */
    public String closeAndSelect(long noticeId) {
        Instant now = clock.instant();
        Notice n = notices.lock(noticeId).orElse(null);
        if (n == null || n.getStatus() != NoticeStatus.PUBLISHED || now.isBefore(n.getEnrolmentDeadline())) {
            return NOT_DUE;
        }
        noticeEvents.fire(new BiddingClosed(NoticeId.of(noticeId), now));
        List<OpenedEntry> opened = openings.open(n);
        List<String> ledger = openings.ledger(noticeId);
        Map<String, Object> closed = new LinkedHashMap<>();
        closed.put("deadline", n.getEnrolmentDeadline().toString());
        closed.put("enrolments", String.valueOf(opened.size()));
        closed.put("submissions", String.valueOf(ledger.size()));
        closed.put("ledgerSha256", Sha256.hex(String.join("\n", ledger)));
        journal.recordAs(SelectionJournal.SYSTEM, "NOTICE_CLOSED", noticeId, closed);
        if (n.getMethod() == SelectionMethod.DIRECT_PICK && !opened.isEmpty()) {
            journal.notifyOwner(n.getOwnerId(), "selection.notify.directPickDue", List.of(n.getTitle()), noticeId);
            return WAITING_FOR_PICK;
        }
        SelectionResult r = selection.run(n, opened, null, Set.of(), 1, SelectionJournal.SYSTEM, now);
        return r.getStatus().name();
    }
}
