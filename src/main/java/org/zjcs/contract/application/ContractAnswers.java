package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.contract.domain.Contract;
import org.zjcs.contract.domain.ContractParty;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.event.ContractConfirmed;
import org.zjcs.procurement.domain.event.NoticeEvent;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;

/**
 * The other party answers a filed contract version: it confirms it — the filing is complete, procurement is told
 * {@link ContractConfirmed} (the notice becomes CONTRACTED) and who missed a limit is settled by the {@code Contract}
 * aggregate: a late firm is audited {@code CONTRACT_FILED_LATE} and gets the credit event of the same name; a late owner
 * unit is audited {@code CONTRACT_OWNER_LATE} and flagged (counted by {@link ContractQueries#ownerLateCounts}), with no
 * event against the firm — or it returns it with a reason, after which the uploader may file a corrected version
 * ({@link ContractFiling}).
 */
@ApplicationScoped
@Transactional
public class ContractAnswers {

    @Inject
    Guard guard;

    @Inject
    ContractLookup lookup;

    @Inject
    ContractRepository contracts;

    @Inject
    ContractJournal journal;

    @Inject
    Event<NoticeEvent> noticeEvents;

    @Inject
    Clock clock;

    /** The other party confirms the filed version: the notice becomes CONTRACTED; late when past the due time. */
    public ContractVersion confirm(long contractId) {
        ZjcsPrincipal me = guard.requireAnyRole(Role.OWNER, Role.FIRM);
        Answering a = answering(contractId, me);
        Instant now = clock.instant();
        ContractVersion c = a.contract().confirm(contractId, a.party(), now, me.username());
        long noticeId = a.notice().getId();
        noticeEvents.fire(new ContractConfirmed(NoticeId.of(noticeId), now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("contract", String.valueOf(contractId));
        details.put("revision", String.valueOf(c.getRevision()));
        details.put("amount", c.getAmount().toPlainString());
        details.put("dueAt", c.getDueAt().toString());
        details.put("late", String.valueOf(c.isLate()));
        details.put("firmLate", String.valueOf(c.isFirmLate()));
        details.put("ownerLate", String.valueOf(c.isOwnerLate()));
        journal.record("CONTRACT_CONFIRMED", noticeId, details);
        Map<String, Object> late = new LinkedHashMap<>();
        late.put("contract", String.valueOf(contractId));
        late.put("dueAt", c.getDueAt().toString());
        late.put("answerDueAt", String.valueOf(c.getAnswerDueAt()));
        late.put("confirmedAt", now.toString());
        late.put("winner", String.valueOf(c.getWinnerFirmId()));
        if (c.isFirmLate()) {
            journal.record("CONTRACT_FILED_LATE", noticeId, late);
            journal.credit(CreditFact.of(FirmId.of(c.getWinnerFirmId()), CreditCode.CONTRACT_FILED_LATE, CreditSource.CONTRACT,
                    contractId, NoticeId.of(noticeId), now));
        }
        if (c.isOwnerLate()) {
            Map<String, Object> owner = new LinkedHashMap<>(late);
            owner.put("owner", String.valueOf(a.notice().getOwnerId()));
            journal.record("CONTRACT_OWNER_LATE", noticeId, owner);
        }
        List<String> args = List.of(a.notice().getTitle());
        journal.notifyParty(a.notice().getOwnerId(), "contract.notify.confirmed", args, noticeId);
        journal.notifyParty(c.getWinnerFirmId(), "contract.notify.confirmed", args, noticeId);
        return c;
    }

    /** The other party returns the filed version with a reason; the uploader may then file a corrected one. */
    public ContractVersion returnContract(long contractId, String reason) {
        ZjcsPrincipal me = guard.requireAnyRole(Role.OWNER, Role.FIRM);
        Answering a = answering(contractId, me);
        ContractVersion c = a.contract().returnVersion(contractId, a.party(), reason, clock.instant(), me.username());
        long noticeId = a.notice().getId();
        journal.record("CONTRACT_RETURNED", noticeId,
                Map.of("contract", String.valueOf(contractId), "revision", String.valueOf(c.getRevision())));
        journal.notifyParty(c.getUploaderOrgId(), "contract.notify.returned", List.of(a.notice().getTitle()), noticeId);
        return c;
    }

    /** Locks the notice of the version, then its contract; an unknown version is "not found". */
    private Answering answering(long contractId, ZjcsPrincipal me) {
        long noticeId = contracts.find(contractId).map(ContractVersion::getNoticeId)
                .orElseThrow(() -> new DomainException("contract.error.notFound"));
        Notice n = lookup.lock(noticeId);
        Contract contract = contracts.lock(noticeId);
        ContractVersion version = contract.version(contractId)
                .orElseThrow(() -> new DomainException("contract.error.notFound"));
        return new Answering(n, contract, lookup.partyOf(me, n, version.getWinnerFirmId()));
    }

    /** The notice, its contract, and the caller's party of the answered version (null: not a party, it looks absent). */
    private record Answering(Notice notice, Contract contract, ContractParty party) {
    }
}
