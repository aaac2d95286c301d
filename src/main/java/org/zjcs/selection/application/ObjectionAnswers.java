package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.procurement.domain.event.PublicityResumed;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionRepository;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;

/**
 * The owner answers an objection (质疑). Rejected: the publicity period resumes for the time it had left
 * ({@link PublicityResumed}). Upheld: the result is voided in public with the answer as the reason, the disqualified
 * firm gets the credit event {@code OBJECTION_UPHELD}, and the selection runs again without the disqualified entries
 * ({@link SelectionRun}), or the notice fails.
 */
@ApplicationScoped
@Transactional
public class ObjectionAnswers {

    @Inject
    Guard guard;

    @Inject
    NoticeAccess notices;

    @Inject
    ObjectionRepository objections;

    @Inject
    SelectionLookup lookup;

    @Inject
    SelectionRun selection;

    @Inject
    SelectionJournal journal;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /**
     * The owner answers an objection. Upheld, it disqualifies the current winner unless another enrolled firm is named
     * ({@code disqualifiedFirmId}).
     */
    public void answerObjection(long objectionId, boolean upheld, String answer, Long disqualifiedFirmId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Objection o = objections.lock(objectionId).orElseThrow(() -> new DomainException("objection.error.notFound"));
        Notice n = notices.lockMine(o.getNoticeId());
        Instant now = clock.instant();
        SelectionResult current = lookup.latest(n.getId()).orElseThrow(() -> new DomainException("objection.error.notFound"));
        Long disqualified = null;
        if (upheld) {
            disqualified = disqualifiedFirmId != null ? disqualifiedFirmId : current.getWinnerFirmId();
            if (disqualified == null || !lookup.isEnrolled(n.getId(), disqualified)) {
                throw new DomainException("objection.error.disqualifiedNotEnrolled");
            }
        }
        o.answer(upheld, answer, disqualified, now, me.username());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("objection", String.valueOf(objectionId));
        details.put("upheld", String.valueOf(upheld));
        details.put("disqualified", String.valueOf(disqualified));
        journal.record("OBJECTION_ANSWERED", n.getId(), details);
        journal.notifyOnNotice(o.getFirmId(), upheld ? "objection.notify.upheld" : "objection.notify.rejected",
                List.of(n.getTitle()), n.getId());
        if (!upheld) {
            Instant ends = o.resumedPublicityEnd(n.getPublicityEndsAt(), now);
            noticeEvents.fire(new PublicityResumed(NoticeId.of(n.getId()), ends, now));
            notices.timeSet(n.getId(), ends);
            return;
        }
        current.voidResult(answer.trim(), now);
        journal.credit(CreditFact.of(FirmId.of(disqualified), CreditCode.OBJECTION_UPHELD, CreditSource.OBJECTION, objectionId,
                NoticeId.of(n.getId()), now));
        notices.announce(n, AnnouncementKind.VOIDED, me.username(), answer.trim(),
                Json.createObjectBuilder().add("round", current.getRound()).add("voidedWinner", current.getWinnerFirmId())
                        .add("disqualified", disqualified).build(), now);
        selection.run(n, lookup.opened(n.getId()), null, lookup.disqualified(n.getId()), current.getRound() + 1,
                me.username(), now);
    }
}
