package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.procurement.domain.event.SelectionFailed;
import org.zjcs.procurement.domain.event.SelectionMade;
import org.zjcs.shared.id.NoticeId;

/**
 * Makes a selection's outcome public: a winner (after a run, a direct pick or a runner-up) starts the publicity period
 * ({@link SelectionMade}), is announced as a RESULT, scheduled for its award and told to the owner; a failure
 * ({@link SelectionFailed}) is announced as a FAILURE. Procurement moves the notice (NoticeLifecycle). Every enrolled
 * firm, the winner included, is told of each announcement by {@link ResultPush}.
 */
@ApplicationScoped
@Transactional
public class ResultAnnouncer {

    @Inject
    NoticeAccess notices;

    @Inject
    SelectionPeriods periods;

    @Inject
    SelectionJournal journal;

    @Inject
    Event<NoticeEvent> noticeEvents;

    /**
     * The winner is announced and the publicity period starts at {@code now}; its end is added to {@code summary}
     * (as {@code publicityEndsAt}, after what the caller put there) and returned.
     */
    public Instant announceWinner(Notice n, long winnerFirmId, String winnerName, JsonObjectBuilder summary, String actor,
                                  Instant now) {
        Instant publicityEnds = periods.publicityEnds(now);
        noticeEvents.fire(new SelectionMade(NoticeId.of(n.getId()), publicityEnds, now));
        summary.add("publicityEndsAt", publicityEnds.toString());
        notices.announce(n, AnnouncementKind.RESULT, actor, null, summary.build(), now);
        notices.timeSet(n.getId(), publicityEnds);
        journal.notifyOnNotice(n.getOwnerId(), "selection.notify.selected", List.of(n.getTitle(), winnerName), n.getId());
        return publicityEnds;
    }

    /** The notice fails (流标, or ended by its owner) and the failure is announced. */
    public void announceFailure(Notice n, JsonObject outcome, String actor, Instant now) {
        noticeEvents.fire(new SelectionFailed(NoticeId.of(n.getId()), now));
        notices.announce(n, AnnouncementKind.FAILURE, actor, null, outcome, now);
    }
}
