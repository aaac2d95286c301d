package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.contract.domain.Award;
import org.zjcs.contract.domain.Contract;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * Service-period extensions (服务期延期) after the confirmation: the winning firm asks to extend the service period, the
 * owner unit approves or refuses each request; every request stays visible to both parties. The rules (one pending
 * request, while the service runs, the dates) are the {@link Contract} aggregate's.
 */
@ApplicationScoped
@Transactional
public class ServiceExtensions {

    @Inject
    Guard guard;

    @Inject
    ContractLookup lookup;

    @Inject
    ContractRepository contracts;

    @Inject
    ContractJournal journal;

    @Inject
    Clock clock;

    /**
     * The winning firm asks to extend the service period of the confirmed contract to {@code end}, with a reason; only
     * while the notice is CONTRACTED or IN_SERVICE and no other request awaits the owner's answer.
     */
    public ContractExtension request(long noticeId, LocalDate end, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Notice n = lookup.lockPublic(noticeId);
        Contract contract = contracts.lock(noticeId);
        boolean winner = lookup.award(noticeId).map(Award::winnerFirmId).filter(w -> w == me.organisationId()).isPresent()
                || contract.confirmed().filter(c -> c.getWinnerFirmId() == me.organisationId()).isPresent();
        if (!winner) {
            throw new DomainException("notice.error.notFound"); // another firm's notice looks absent
        }
        ContractExtension e = contract.requestExtension(me.organisationId(), n.getStatus(), end, reason, clock.instant(),
                me.username());
        contracts.add(e);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("extension", String.valueOf(e.getId()));
        details.put("sequence", String.valueOf(e.getSequenceNo()));
        details.put("contract", String.valueOf(e.getContractId()));
        details.put("requestedEnd", end.toString());
        journal.record("CONTRACT_EXTENSION_REQUESTED", noticeId, details);
        journal.notifyParty(n.getOwnerId(), "extension.notify.requested", List.of(n.getTitle(), end.toString()), noticeId);
        return e;
    }

    /**
     * The owner unit approves the extension request {@code extensionId}: refused unless it is the notice's pending one
     * and the service runs. The service period now ends on its date.
     */
    public ContractExtension approve(long extensionId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Answering a = answering(extensionId, me);
        ContractExtension e = a.contract().approveExtension(extensionId, a.notice().getStatus(), clock.instant(),
                me.username());
        long noticeId = a.notice().getId();
        journal.record("CONTRACT_EXTENSION_APPROVED", noticeId, Map.of("extension", String.valueOf(e.getId()), "sequence",
                String.valueOf(e.getSequenceNo()), "serviceEnd", e.getRequestedEnd().toString()));
        journal.notifyParty(a.contract().contractOf(e).getWinnerFirmId(), "extension.notify.approved",
                List.of(a.notice().getTitle(), e.getRequestedEnd().toString()), noticeId);
        return e;
    }

    /** The owner unit refuses the extension request {@code extensionId}, the notice's pending one, with a reason. */
    public ContractExtension refuse(long extensionId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Answering a = answering(extensionId, me);
        ContractExtension e = a.contract().refuseExtension(extensionId, reason, clock.instant(), me.username());
        long noticeId = a.notice().getId();
        journal.record("CONTRACT_EXTENSION_REFUSED", noticeId,
                Map.of("extension", String.valueOf(e.getId()), "sequence", String.valueOf(e.getSequenceNo())));
        ContractVersion c = a.contract().contractOf(e);
        journal.notifyParty(c.getWinnerFirmId(), "extension.notify.refused", List.of(a.notice().getTitle(), e.getAnswerReason()),
                noticeId);
        return e;
    }

    /** Locks the request's notice (its owner unit only may answer) and the notice's contract. */
    private Answering answering(long extensionId, ZjcsPrincipal me) {
        long noticeId = contracts.findExtension(extensionId).map(ContractExtension::getNoticeId)
                .orElseThrow(() -> new DomainException("extension.error.notFound"));
        Notice n = lookup.lockPublic(noticeId);
        if (!guard.hasRole(Role.OWNER) || me.organisationId() != n.getOwnerId()) {
            throw new DomainException("extension.error.notOwner");
        }
        return new Answering(n, contracts.lock(noticeId));
    }

    private record Answering(Notice notice, Contract contract) {
    }
}
