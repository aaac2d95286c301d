package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.contract.domain.Award;
import org.zjcs.contract.domain.Contract;
import org.zjcs.contract.domain.ContractParty;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.application.AwardDeclineService;
import org.zjcs.shared.error.DomainException;

/**
 * The winning firm declines the award (放弃中选) until the contract is confirmed: its open contract versions are
 * WITHDRAWN (the {@link Contract} aggregate), then the selection context records the decline
 * ({@link AwardDeclineService}: the result DECLINED, the announcement, the credit event). The versions of a firm that
 * declined stay on file but no longer count.
 */
@ApplicationScoped
@Transactional
public class AwardDeclining {

    @Inject
    Guard guard;

    @Inject
    ContractLookup lookup;

    @Inject
    ContractRepository contracts;

    @Inject
    AwardDeclineService declines;

    @Inject
    ContractJournal journal;

    @Inject
    Clock clock;

    /**
     * The winning firm of an awarded notice declines the award with a reason, before the contract is filed. Refused
     * for anyone but the awarded firm, without a reason, and once the contract is confirmed.
     *
     * @return the notice's status afterwards (DECLINED, or FAILED for a random draw, a direct pick, or no one left)
     */
    public NoticeStatus declineAward(long noticeId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Notice n = lookup.lockPublic(noticeId);
        Optional<Award> award = lookup.award(noticeId);
        if (award.isEmpty() || award.get().winnerFirmId() != me.organisationId()) {
            // a firm that never won the notice learns nothing; the firm that won (and declined already) is told why
            boolean formerWinner = lookup.latestWinner(noticeId).filter(w -> w == me.organisationId()).isPresent();
            throw new DomainException(formerWinner ? "decline.error.notWinner" : "notice.error.notFound");
        }
        Contract.checkDeclinable(n.getStatus());
        AwardDeclineService.checkReason(reason);
        List<ContractVersion> withdrawn = contracts.lock(noticeId)
                .withdrawOpenVersionsOf(me.organisationId(), clock.instant(), me.username());
        for (ContractVersion c : withdrawn) {
            journal.record("CONTRACT_WITHDRAWN", noticeId,
                    Map.of("contract", String.valueOf(c.getId()), "revision", String.valueOf(c.getRevision())));
            if (c.getUploaderParty() == ContractParty.OWNER) {
                journal.notifyParty(n.getOwnerId(), "contract.notify.withdrawn", List.of(n.getTitle()), noticeId);
            }
        }
        return declines.declineAward(noticeId, me.organisationId(), reason);
    }
}
