package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zjcs.contract.domain.Award;
import org.zjcs.contract.domain.Contract;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractParty;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractRepository.OwnerLateCount;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.procurement.application.ApprovalCaseService;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;

/**
 * What the parties (and the reminders, the deliverables, the case timeline) read of a notice's contract: a party's
 * view with what it may do now, one version, its signed file, the filing due time and the effective service end.
 */
@ApplicationScoped
@Transactional
public class ContractQueries {

    @Inject
    Guard guard;

    @Inject
    ContractLookup lookup;

    @Inject
    ContractRepository contracts;

    @Inject
    ApprovalCaseService cases;

    @Inject
    FileStorageService files;

    /**
     * What the caller sees of a notice's contract: everything for a party; for anyone else only the public notice (party
     * null, no versions). Empty when the notice is unknown or a draft.
     */
    public Optional<View> view(long noticeId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<Notice> n = lookup.publicNotice(noticeId);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<Award> award = lookup.award(noticeId);
        Long winner = award.map(Award::winnerFirmId).orElse(null);
        ContractParty party = lookup.partyOf(me, n.get(), winner);
        if (party == null) {
            // not a party: the public notice only (the page offers no form; the API answers 404)
            return Optional.of(new View(n.get(), null, null, null, Optional.empty(), List.of(), List.of(), null,
                    ContractActions.NONE));
        }
        Contract contract = contracts.of(noticeId);
        List<ContractVersion> versions = contract.versionsOf(winner);
        List<ContractExtension> extensions = contract.extensions();
        return Optional.of(new View(n.get(), party, award.map(Award::amount).orElse(null), winner,
                lookup.dueAt(noticeId), versions, extensions, contract.serviceEnd().orElse(null),
                ContractActions.of(party, n.get().getStatus(), versions, extensions)));
    }

    /** A contract version, for one of its two parties only (empty for anyone else, as for an unknown id). */
    public Optional<ContractVersion> versionFor(long contractId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<ContractVersion> c = contracts.find(contractId);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Optional<Notice> n = lookup.notice(c.get().getNoticeId());
        return n.isPresent() && lookup.partyOf(me, n.get(), c.get().getWinnerFirmId()) != null ? c : Optional.empty();
    }

    /**
     * The stored file of a contract version, for one of its two parties, or for approval staff of a department that
     * one of the notice's cases belongs to (the case timeline links it).
     */
    public Optional<StoredFile> fileFor(long contractId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<ContractVersion> c = contracts.find(contractId);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Optional<Notice> n = lookup.notice(c.get().getNoticeId());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        boolean party = lookup.partyOf(me, n.get(), c.get().getWinnerFirmId()) != null;
        boolean staff = guard.hasRole(Role.APPROVER)
                && cases.concernsDepartment(n.get().getCaseIds(), me.organisationId());
        return party || staff ? files.find(c.get().getFileId()) : Optional.empty();
    }

    /** The filing deadline of the notice's contract ({@link ContractLookup#dueAt}); empty before the award. */
    public Optional<Instant> dueAt(long noticeId) {
        return lookup.dueAt(noticeId);
    }

    /**
     * The latest APPROVED extension's end date of the notice's service period, if any (no access check: for the
     * deliverable's time limit).
     */
    public Optional<LocalDate> approvedServiceEnd(long noticeId) {
        return contracts.of(noticeId).approvedServiceEnd();
    }

    /** The effective service end: the latest approved extension's, else the confirmed contract's; empty before. */
    public Optional<LocalDate> effectiveServiceEnd(long noticeId) {
        return contracts.of(noticeId).serviceEnd();
    }

    /**
     * For the supervision board (regulators and operators): per owner unit, how many contract filings confirmed from
     * {@code from} to {@code to} (Beijing dates, both included; at most {@value #MAX_PERIOD_DAYS} days) it was late in —
     * its answer after the answer limit, or its own upload after the filing limit. The firm gets no credit event then.
     */
    public List<OwnerLateCount> ownerLateCounts(LocalDate from, LocalDate to) {
        guard.requireAnyRole(Role.REGULATOR, Role.OPERATOR);
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new DomainException("contract.blame.error.period", String.valueOf(MAX_PERIOD_DAYS));
        }
        return contracts.ownerLateCounts(from.atStartOfDay(BusinessTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    /** The longest period {@link #ownerLateCounts} counts over (about five years). */
    public static final int MAX_PERIOD_DAYS = 1830;

    /**
     * A party's view of a notice's contract: the versions of the current winner (all of them while no award stands),
     * and what the caller may do now ({@link ContractActions}).
     */
    public record View(Notice notice, ContractParty party, BigDecimal awardAmount, Long winnerFirmId,
                       Optional<Instant> dueAt, List<ContractVersion> versions, List<ContractExtension> extensions,
                       LocalDate serviceEnd, ContractActions actions) {

        /** The caller is the awarded firm and the notice still AWARDED: it may decline the award. */
        public boolean declinable() {
            return actions.canDecline();
        }
    }
}
