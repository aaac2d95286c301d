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
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.event.AwardDeclined;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.procurement.domain.event.SelectionFailed;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.RunnerUpChooser;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;

/**
 * Declining an award (放弃中选) on the selection side (docs/domain-rules.md): the winner's result is marked DECLINED and
 * announced, audited as {@code AWARD_DECLINED} and told to credit (the credit event {@code AWARD_DECLINED}); the notice
 * moves by {@link AwardDeclined}: for the price and scored methods to DECLINED, where the owner takes the runner-up or
 * ends the notice ({@link RunnerUpService}), unless nobody of the ranking is left ({@link SelectionFailed}); a random
 * draw or direct pick fails at once. The winning firm declines through the contract context (AwardDeclining), which
 * withdraws its open contract versions first.
 */
@ApplicationScoped
@Transactional
public class AwardDeclineService {

    public static final int REASON_LENGTH = 500;
    /** The audit action of a decline; the same fact is the credit event {@code CreditCode.AWARD_DECLINED}. */
    public static final String CREDIT_EVENT = "AWARD_DECLINED";

    @Inject
    Guard guard;

    @Inject
    NoticeAccess notices;

    @Inject
    SelectionLookup lookup;

    @Inject
    AccountService accounts;

    @Inject
    SelectionJournal journal;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /** The reason of a decline: required, trimmed, at most {@value #REASON_LENGTH} characters. */
    public static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("decline.error.reasonRequired");
        }
        if (reason.trim().length() > REASON_LENGTH) {
            throw new DomainException("decline.error.reasonTooLong", String.valueOf(REASON_LENGTH));
        }
        return reason.trim();
    }

    /**
     * The awarded firm {@code firmId} declines: its result becomes DECLINED, the notice DECLINED (price and scored
     * methods, FAILED when no firm of the ranking is left) or FAILED (random draw, direct pick); announced in public,
     * audited as the credit event, the owner notified. The caller (the contract context) has checked who is asking.
     *
     * @return the notice's status afterwards
     */
    public NoticeStatus declineAward(long noticeId, long firmId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        String why = checkReason(reason);
        Notice n = notices.lockPublic(noticeId);
        if (n.getStatus() != NoticeStatus.AWARDED) {
            throw new DomainException("decline.error.notAwarded");
        }
        SelectionResult current = lookup.currentSelected(noticeId)
                .orElseThrow(() -> new DomainException("decline.error.notAwarded"));
        if (current.getWinnerFirmId() == null || current.getWinnerFirmId() != firmId || me.organisationId() != firmId) {
            throw new DomainException("decline.error.notWinner");
        }
        Instant now = clock.instant();
        current.decline(why, now);
        noticeEvents.fire(new AwardDeclined(NoticeId.of(noticeId), now));
        String next = "REPOST";
        if (n.getStatus() == NoticeStatus.DECLINED) {
            if (RunnerUpChooser.anyLeft(Proof.parse(current.getProof()), lookup.outOf(noticeId))) {
                next = "RUNNER_UP";
            } else {
                // nobody of the ranking is left: the owner may only post it again
                noticeEvents.fire(new SelectionFailed(NoticeId.of(noticeId), now));
            }
        }
        String firmName = accounts.organisation(firmId).getName();
        notices.announce(n, AnnouncementKind.DECLINED, me.username(), why,
                Json.createObjectBuilder().add("round", current.getRound()).add("firm", firmId).add("firmName", firmName)
                        .add("next", next).add("status", n.getStatus().name()).build(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firm", String.valueOf(firmId));
        details.put("round", String.valueOf(current.getRound()));
        details.put("reason", why);
        details.put("amount", current.getAmount() == null ? "" : current.getAmount().toPlainString());
        details.put("next", next);
        journal.record(CREDIT_EVENT, noticeId, details);
        journal.credit(CreditFact.of(FirmId.of(firmId), CreditCode.AWARD_DECLINED, CreditSource.SELECTION_RESULT, current.getId(),
                NoticeId.of(noticeId), now));
        journal.notifyOwner(n.getOwnerId(), "decline.notify.owner", List.of(n.getTitle(), firmName), noticeId);
        return n.getStatus();
    }
}
