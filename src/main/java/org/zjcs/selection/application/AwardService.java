package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.event.AwardMade;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.shared.id.NoticeId;

/**
 * The award (中选) by itself: a publicity period that ends with no objection pending awards the winner
 * ({@link AwardMade}), announced as an AWARD and told to the firm and the owner (run by the DeadlineScheduler at the
 * period's end). Exactly once: the notice row is locked and its status decides.
 */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class AwardService {

    /** What {@link #awardIfDue} answers when no award is due (or it is done already). */
    public static final String NOT_DUE = "no award due";

    @Inject
    NoticeAccess notices;

    @Inject
    SelectionLookup lookup;

    @Inject
    SelectionJournal journal;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /** Awards the winner when the publicity period has ended with no objection pending; does nothing otherwise. */
    public String awardIfDue(long noticeId) {
        Instant now = clock.instant();
        Notice n = notices.lock(noticeId).orElse(null);
        if (n == null || n.getStatus() != NoticeStatus.ANNOUNCED || n.getPublicityEndsAt() == null
                || now.isBefore(n.getPublicityEndsAt())) {
            return NOT_DUE;
        }
        SelectionResult r = lookup.currentSelected(noticeId)
                .orElseThrow(() -> new IllegalStateException("An announced notice without a selected result: " + noticeId));
        noticeEvents.fire(new AwardMade(NoticeId.of(noticeId), now));
        notices.announce(n, AnnouncementKind.AWARD, SelectionJournal.SYSTEM, null,
                Json.createObjectBuilder().add("round", r.getRound()).add("winner", r.getWinnerFirmId())
                        .add("amount", r.getAmount().toPlainString()).build(), now);
        journal.recordAs(SelectionJournal.SYSTEM, "NOTICE_AWARDED", noticeId,
                Map.of("winner", String.valueOf(r.getWinnerFirmId()), "amount", r.getAmount().toPlainString()));
        journal.notifyOnNotice(r.getWinnerFirmId(), "selection.notify.awarded", List.of(n.getTitle()), noticeId);
        journal.notifyOnNotice(n.getOwnerId(), "selection.notify.awarded", List.of(n.getTitle()), noticeId);
        return "awarded";
    }
}
