package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.contract.domain.ContractParty;
import org.zjcs.contract.domain.ContractStatus;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.contract.domain.ExtensionStatus;
import org.zjcs.contract.infrastructure.ContractRepository;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.application.ApprovalCaseService;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.infrastructure.NoticeRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.application.AwardDeclineService;
import org.zjcs.selection.application.SelectionService;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.selection.infrastructure.SelectionRepository;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.money.Money;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.StoredFileType;
import org.zjcs.shared.storage.Upload;

/**
 * Contract filing (合同备案) after the award: the owner unit of the notice or the winning firm uploads the signed contract
 * (a PDF) with its amount (never above the award), service content and service dates; the other party confirms it
 * (the notice becomes CONTRACTED) or returns it with a reason, after which the uploader may file a corrected version.
 * Filing is due {@value #FILING_DAYS_DEFAULT} working days (setting {@value #FILING_DAYS}) after the AWARD
 * announcement's publication; a filing confirmed later is flagged late, audited as {@code CONTRACT_FILED_LATE} and told
 * to credit as the winning firm's credit event of the same name.
 * After the confirmation the winning firm may ask to extend the service period (服务期延期); the owner unit approves or
 * refuses each request, and every request stays visible to both parties.
 * Until the contract is confirmed the winning firm may decline the award (放弃中选): its open versions are WITHDRAWN and
 * the selection context records the decline; the versions of a firm that declined stay on file but no longer count.
 */
@ApplicationScoped
@Transactional
public class ContractService {

    @Inject
    Guard guard;

    public static final String FILING_DAYS = "contract.filing.working-days";
    public static final int FILING_DAYS_DEFAULT = 5;
    static final String PURPOSE = "CONTRACT";

    @Inject
    NoticeRepository notices;

    @Inject
    SelectionRepository selections;

    @Inject
    ApprovalCaseService cases;

    @Inject
    SelectionService selection;

    @Inject
    AwardDeclineService declines;

    @Inject
    ContractRepository contracts;

    @Inject
    CreditService credit;

    @Inject
    SettingsService settings;

    @Inject
    FileStorageService files;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /**
     * What the caller sees of a notice's contract: everything for a party; for anyone else only the public notice (party
     * null, no versions). Empty when the notice is unknown or a draft.
     */
    public Optional<View> view(long noticeId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<Notice> n = notices.find(noticeId).filter(x -> x.getStatus().isPublic());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<SelectionResult> award = award(noticeId);
        ContractParty party = partyOf(me, n.get(), award.map(SelectionResult::getWinnerFirmId).orElse(null));
        if (party == null) {
            // not a party: the public notice only (the page offers no form; the API answers 404)
            return Optional.of(new View(n.get(), null, null, null, Optional.empty(), List.of(), List.of(), null,
                    ContractActions.NONE));
        }
        Long winner = award.map(SelectionResult::getWinnerFirmId).orElse(null);
        List<ContractVersion> all = contracts.ofNotice(noticeId);
        List<ContractVersion> versions = winner == null ? all : ofWinner(all, winner);
        List<ContractExtension> extensions = contracts.extensionsOf(noticeId);
        return Optional.of(new View(n.get(), party, award.map(SelectionResult::getAmount).orElse(null), winner,
                dueAt(noticeId), versions, extensions, effectiveServiceEnd(noticeId).orElse(null),
                ContractActions.of(party, n.get().getStatus(), versions, extensions)));
    }

    /** A party of an awarded notice files the signed contract, or a corrected version of the one it filed and got back. */
    public ContractVersion submit(long noticeId, BigDecimal amount, String serviceContent, LocalDate start, LocalDate end,
                                  Upload file) {
        // role, then ownership, then state: a caller of another role gets 403, one who is no party "not found"
        ZjcsPrincipal me = guard.requireAnyRole(Role.OWNER, Role.FIRM);
        Notice n = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        Optional<SelectionResult> selected = award(noticeId);
        ContractParty party = partyOf(me, n, selected.map(SelectionResult::getWinnerFirmId).orElse(null));
        if (party == null) {
            throw new DomainException("notice.error.notFound");
        }
        if (n.getStatus() != NoticeStatus.AWARDED) {
            throw new DomainException("contract.error.notAwarded");
        }
        SelectionResult award = selected.orElseThrow(() -> new DomainException("contract.error.notAwarded"));
        List<ContractVersion> all = contracts.ofNotice(noticeId);
        List<ContractVersion> before = ofWinner(all, award.getWinnerFirmId()); // a firm that declined no longer counts
        if (!before.isEmpty()) {
            ContractVersion last = before.get(before.size() - 1);
            last.getStatus().resubmit();
            if (last.getUploaderParty() != party) {
                throw new DomainException("contract.error.notUploader");
            }
        }
        BigDecimal yuan = Money.yuan(amount, "contract.field.amount");
        if (yuan.compareTo(award.getAmount()) > 0) {
            throw new DomainException("contract.error.aboveAward", award.getAmount().toPlainString());
        }
        ContractVersion.checkTerms(serviceContent, start, end);
        if (file == null || !file.isPresent()) {
            throw new DomainException("contract.error.fileRequired");
        }
        StoredFile stored = files.store(file.content(), file.fileName(), PURPOSE, me.organisationId());
        if (stored.getType() != StoredFileType.PDF) {
            // the transaction rolls back: neither the row nor the file is kept
            throw new DomainException("contract.error.pdfOnly");
        }
        Instant now = clock.instant();
        ContractVersion c = new ContractVersion(noticeId, all.size() + 1, party, me.organisationId(),
                award.getWinnerFirmId(), stored.getId(), yuan, serviceContent, start, end, now, me.username(),
                dueAt(noticeId).orElseThrow(() -> new IllegalStateException("An awarded notice without its AWARD announcement: "
                        + noticeId)));
        contracts.add(c);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("contract", String.valueOf(c.getId()));
        details.put("revision", String.valueOf(c.getRevision()));
        details.put("party", party.name());
        details.put("amount", yuan.toPlainString());
        details.put("file", String.valueOf(stored.getId()));
        details.put("sha256", stored.getSha256());
        audit.record("CONTRACT_SUBMITTED", "Notice", String.valueOf(noticeId), details);
        notifications.notifyOrganisation(orgOf(party.other(), n, award.getWinnerFirmId()), "contract.notify.submitted",
                List.of(n.getTitle()), link(noticeId));
        return c;
    }

    /** The other party confirms the filed version: the notice becomes CONTRACTED; late when past the due time. */
    public ContractVersion confirm(long contractId) {
        ZjcsPrincipal me = guard.requireAnyRole(Role.OWNER, Role.FIRM);
        Answer a = answering(contractId, me);
        Instant now = clock.instant();
        a.contract().confirm(now, me.username());
        a.notice().contracted(now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("contract", String.valueOf(contractId));
        details.put("revision", String.valueOf(a.contract().getRevision()));
        details.put("amount", a.contract().getAmount().toPlainString());
        details.put("dueAt", a.contract().getDueAt().toString());
        details.put("late", String.valueOf(a.contract().isLate()));
        String noticeId = String.valueOf(a.notice().getId());
        audit.record("CONTRACT_CONFIRMED", "Notice", noticeId, details);
        if (a.contract().isLate()) {
            audit.record("CONTRACT_FILED_LATE", "Notice", noticeId,
                    Map.of("contract", String.valueOf(contractId), "dueAt", a.contract().getDueAt().toString(),
                            "confirmedAt", now.toString(), "winner", String.valueOf(a.contract().getWinnerFirmId())));
            credit.record(CreditFact.of(a.contract().getWinnerFirmId(), CreditCode.CONTRACT_FILED_LATE, CreditSource.CONTRACT,
                    contractId, a.notice().getId(), now));
        }
        List<String> args = List.of(a.notice().getTitle());
        notifications.notifyOrganisation(a.notice().getOwnerId(), "contract.notify.confirmed", args, link(a.notice().getId()));
        notifications.notifyOrganisation(a.contract().getWinnerFirmId(), "contract.notify.confirmed", args,
                link(a.notice().getId()));
        return a.contract();
    }

    /** The other party returns the filed version with a reason; the uploader may then file a corrected one. */
    public ContractVersion returnContract(long contractId, String reason) {
        ZjcsPrincipal me = guard.requireAnyRole(Role.OWNER, Role.FIRM);
        Answer a = answering(contractId, me);
        a.contract().returnWith(reason, clock.instant(), me.username());
        audit.record("CONTRACT_RETURNED", "Notice", String.valueOf(a.notice().getId()),
                Map.of("contract", String.valueOf(contractId), "revision", String.valueOf(a.contract().getRevision())));
        notifications.notifyOrganisation(a.contract().getUploaderOrgId(), "contract.notify.returned",
                List.of(a.notice().getTitle()), link(a.notice().getId()));
        return a.contract();
    }

    /**
     * The winning firm of an awarded notice declines the award (放弃中选) with a reason, before the contract is filed:
     * its open contract versions (SUBMITTED or RETURNED) are WITHDRAWN, then the selection context marks the result
     * DECLINED, announces it and records the credit event. Refused for anyone but the awarded firm, without a reason,
     * and once the contract is confirmed.
     *
     * @return the notice's status afterwards (DECLINED, or FAILED for a random draw, a direct pick, or no one left)
     */
    public NoticeStatus declineAward(long noticeId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Notice n = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        Optional<SelectionResult> award = award(noticeId);
        if (award.isEmpty() || award.get().getWinnerFirmId() == null || award.get().getWinnerFirmId() != me.organisationId()) {
            // a firm that never won the notice learns nothing; the firm that won (and declined already) is told why
            boolean formerWinner = selections.latest(noticeId).map(SelectionResult::getWinnerFirmId)
                    .filter(w -> w == me.organisationId()).isPresent();
            throw new DomainException(formerWinner ? "decline.error.notWinner" : "notice.error.notFound");
        }
        switch (n.getStatus()) {
            case AWARDED -> { }
            case CONTRACTED, IN_SERVICE, DELIVERED, COMPLETED -> throw new DomainException("decline.error.contractFiled");
            default -> throw new DomainException("decline.error.notAwarded");
        }
        AwardDeclineService.checkReason(reason);
        Instant now = clock.instant();
        for (ContractVersion c : contracts.ofNotice(noticeId)) {
            if (c.getWinnerFirmId() == me.organisationId() && c.getStatus().isOpen()) {
                contracts.lock(c.getId()).orElseThrow().withdraw(now, me.username());
                audit.record("CONTRACT_WITHDRAWN", "Notice", String.valueOf(noticeId),
                        Map.of("contract", String.valueOf(c.getId()), "revision", String.valueOf(c.getRevision())));
                if (c.getUploaderParty() == ContractParty.OWNER) {
                    notifications.notifyOrganisation(n.getOwnerId(), "contract.notify.withdrawn", List.of(n.getTitle()),
                            link(noticeId));
                }
            }
        }
        return declines.declineAward(noticeId, me.organisationId(), reason);
    }

    /** A contract version, for one of its two parties only (empty for anyone else, as for an unknown id). */
    public Optional<ContractVersion> versionFor(long contractId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<ContractVersion> c = contracts.find(contractId);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Optional<Notice> n = notices.find(c.get().getNoticeId());
        return n.isPresent() && partyOf(me, n.get(), c.get().getWinnerFirmId()) != null ? c : Optional.empty();
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
        Optional<Notice> n = notices.find(c.get().getNoticeId());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        boolean party = partyOf(me, n.get(), c.get().getWinnerFirmId()) != null;
        boolean staff = guard.hasRole(Role.APPROVER)
                && cases.concernsDepartment(n.get().getCaseIds(), me.organisationId());
        return party || staff ? files.find(c.get().getFileId()) : Optional.empty();
    }

    /**
     * The filing deadline: {@value #FILING_DAYS} working days after the publication of the notice's AWARD announcement
     * (the award itself); empty before the award.
     */
    public Optional<Instant> dueAt(long noticeId) {
        return notices.announcements(noticeId).stream().filter(x -> x.getKind() == AnnouncementKind.AWARD)
                .map(Announcement::getPublishedAt).max(Instant::compareTo)
                .map(at -> selection.afterWorkingDays(at, settings.intValue(FILING_DAYS, FILING_DAYS_DEFAULT)));
    }

    /**
     * The winning firm asks to extend the service period of the confirmed contract to {@code end}, with a reason; only
     * while the notice is CONTRACTED or IN_SERVICE and no other request awaits the owner's answer.
     */
    public ContractExtension requestExtension(long noticeId, LocalDate end, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Notice n = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        ContractVersion c = confirmed(noticeId).orElse(null);
        boolean winner = award(noticeId).map(SelectionResult::getWinnerFirmId).filter(w -> w == me.organisationId()).isPresent()
                || (c != null && c.getWinnerFirmId() == me.organisationId());
        if (!winner) {
            throw new DomainException("notice.error.notFound"); // another firm's notice looks absent
        }
        if (c == null || !guard.hasRole(Role.FIRM) || me.organisationId() != c.getWinnerFirmId()) {
            throw new DomainException("extension.error.notWinner");
        }
        if (!extensible(n.getStatus())) {
            throw new DomainException("extension.error.notInService");
        }
        List<ContractExtension> before = contracts.extensionsOf(noticeId);
        if (before.stream().anyMatch(e -> e.getStatus() == ExtensionStatus.REQUESTED)) {
            throw new DomainException("extension.error.pending");
        }
        ContractExtension e = new ContractExtension(noticeId, c.getId(), before.size() + 1, c.getServiceStart(),
                serviceEnd(c, before), end, reason, clock.instant(), me.username());
        contracts.add(e);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("extension", String.valueOf(e.getId()));
        details.put("sequence", String.valueOf(e.getSequenceNo()));
        details.put("contract", String.valueOf(c.getId()));
        details.put("requestedEnd", end.toString());
        audit.record("CONTRACT_EXTENSION_REQUESTED", "Notice", String.valueOf(noticeId), details);
        notifications.notifyOrganisation(n.getOwnerId(), "extension.notify.requested",
                List.of(n.getTitle(), end.toString()), link(noticeId));
        return e;
    }

    /** The owner unit approves the notice's pending extension request: the service period now ends on its date. */
    public ContractExtension approveExtension(long noticeId) {
        return approve(noticeId, null);
    }

    /**
     * The owner unit approves the extension request {@code extensionId} (the API names it): refused unless it is the
     * notice's pending one.
     */
    public ContractExtension approveRequest(long extensionId) {
        guard.requireRole(Role.OWNER);
        return approve(noticeOfExtension(extensionId), extensionId);
    }

    /** The owner unit refuses the extension request {@code extensionId} with a reason, as {@link #refuseExtension}. */
    public ContractExtension refuseRequest(long extensionId, String reason) {
        guard.requireRole(Role.OWNER);
        return refuse(noticeOfExtension(extensionId), extensionId, reason);
    }

    private long noticeOfExtension(long extensionId) {
        return contracts.findExtension(extensionId).map(ContractExtension::getNoticeId)
                .orElseThrow(() -> new DomainException("extension.error.notFound"));
    }

    private ContractExtension approve(long noticeId, Long extensionId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Pending p = pendingExtension(noticeId, extensionId, me);
        if (!extensible(p.notice().getStatus())) {
            throw new DomainException("extension.error.notInService");
        }
        p.extension().approve(clock.instant(), me.username());
        audit.record("CONTRACT_EXTENSION_APPROVED", "Notice", String.valueOf(noticeId),
                Map.of("extension", String.valueOf(p.extension().getId()), "sequence",
                        String.valueOf(p.extension().getSequenceNo()), "serviceEnd", p.extension().getRequestedEnd().toString()));
        notifications.notifyOrganisation(p.contract().getWinnerFirmId(), "extension.notify.approved",
                List.of(p.notice().getTitle(), p.extension().getRequestedEnd().toString()), link(noticeId));
        return p.extension();
    }

    /** The owner unit refuses the notice's pending extension request, with a reason (required). */
    public ContractExtension refuseExtension(long noticeId, String reason) {
        return refuse(noticeId, null, reason);
    }

    private ContractExtension refuse(long noticeId, Long extensionId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Pending p = pendingExtension(noticeId, extensionId, me);
        p.extension().refuse(reason, clock.instant(), me.username());
        audit.record("CONTRACT_EXTENSION_REFUSED", "Notice", String.valueOf(noticeId),
                Map.of("extension", String.valueOf(p.extension().getId()), "sequence",
                        String.valueOf(p.extension().getSequenceNo())));
        notifications.notifyOrganisation(p.contract().getWinnerFirmId(), "extension.notify.refused",
                List.of(p.notice().getTitle(), p.extension().getAnswerReason()), link(noticeId));
        return p.extension();
    }

    /**
     * The latest APPROVED extension's end date of the notice's service period, if any (no access check: for the
     * deliverable's time limit).
     */
    public Optional<LocalDate> approvedServiceEnd(long noticeId) {
        return contracts.extensionsOf(noticeId).stream().filter(e -> e.getStatus() == ExtensionStatus.APPROVED)
                .reduce((a, b) -> b).map(ContractExtension::getRequestedEnd);
    }

    /** The effective service end: the latest approved extension's, else the confirmed contract's; empty before. */
    public Optional<LocalDate> effectiveServiceEnd(long noticeId) {
        return confirmed(noticeId).map(c -> serviceEnd(c, contracts.extensionsOf(noticeId)));
    }

    /** The ids of the notices awaiting their contract filing (AWARDED), for the reminders. */
    public List<Long> awaitingFiling() {
        return contracts.noticesIn(NoticeStatus.AWARDED);
    }

    /** The winning firm of a notice's current award, if any (no access check: for the reminders). */
    public Optional<Long> winnerOf(long noticeId) {
        return award(noticeId).map(SelectionResult::getWinnerFirmId);
    }

    private static LocalDate serviceEnd(ContractVersion confirmed, List<ContractExtension> extensions) {
        return extensions.stream().filter(e -> e.getStatus() == ExtensionStatus.APPROVED).reduce((a, b) -> b)
                .map(ContractExtension::getRequestedEnd).orElse(confirmed.getServiceEnd());
    }

    /** Extensions are asked for and approved while the service runs: after the confirmation, before the acceptance. */
    private static boolean extensible(NoticeStatus s) {
        return s == NoticeStatus.CONTRACTED || s == NoticeStatus.IN_SERVICE;
    }

    private Optional<ContractVersion> confirmed(long noticeId) {
        return contracts.ofNotice(noticeId).stream().filter(c -> c.getStatus() == ContractStatus.CONFIRMED).findFirst();
    }

    /**
     * Locks the notice and its pending extension request, for its owner unit only; when {@code extensionId} is given,
     * it must be that pending request.
     */
    private Pending pendingExtension(long noticeId, Long extensionId, ZjcsPrincipal me) {
        Notice n = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        if (!guard.hasRole(Role.OWNER) || me.organisationId() != n.getOwnerId()) {
            throw new DomainException("extension.error.notOwner");
        }
        ContractExtension peek = contracts.extensionsOf(noticeId).stream()
                .filter(e -> e.getStatus() == ExtensionStatus.REQUESTED).findFirst()
                .orElseThrow(() -> new DomainException("extension.error.notRequested"));
        if (extensionId != null && extensionId != peek.getId().longValue()) {
            throw new DomainException("extension.error.notRequested");
        }
        ContractExtension e = contracts.lockExtension(peek.getId())
                .orElseThrow(() -> new DomainException("extension.error.notRequested"));
        ContractVersion c = contracts.find(e.getContractId())
                .orElseThrow(() -> new IllegalStateException("An extension without its contract: " + e.getId()));
        return new Pending(n, c, e);
    }

    private record Pending(Notice notice, ContractVersion contract, ContractExtension extension) {
    }

    private Answer answering(long contractId, ZjcsPrincipal me) {
        ContractVersion peek = contracts.find(contractId).orElseThrow(() -> new DomainException("contract.error.notFound"));
        Notice n = notices.lock(peek.getNoticeId()).orElseThrow(() -> new DomainException("notice.error.notFound"));
        ContractVersion c = contracts.lock(contractId).orElseThrow(() -> new DomainException("contract.error.notFound"));
        ContractParty party = partyOf(me, n, c.getWinnerFirmId());
        if (party == null) {
            throw new DomainException("contract.error.notFound"); // looks absent to anyone but a party
        }
        if (party == c.getUploaderParty()) {
            throw new DomainException("contract.error.ownUpload");
        }
        if (c.getStatus() != ContractStatus.SUBMITTED) {
            throw new DomainException("contract.error.notSubmitted");
        }
        return new Answer(n, c);
    }

    private record Answer(Notice notice, ContractVersion contract) {
    }

    /** The notice's current award: the latest selection result, when it is SELECTED. */
    private Optional<SelectionResult> award(long noticeId) {
        return selections.latest(noticeId).filter(r -> r.getStatus() == SelectionStatus.SELECTED);
    }

    private static List<ContractVersion> ofWinner(List<ContractVersion> versions, long winnerFirmId) {
        return versions.stream().filter(c -> c.getWinnerFirmId() == winnerFirmId).toList();
    }

    private ContractParty partyOf(ZjcsPrincipal me, Notice n, Long winnerFirmId) {
        if (guard.hasRole(Role.OWNER) && me.organisationId() == n.getOwnerId()) {
            return ContractParty.OWNER;
        }
        if (winnerFirmId != null && guard.hasRole(Role.FIRM)
                && me.organisationId() == winnerFirmId) {
            return ContractParty.FIRM;
        }
        return null;
    }

    private static long orgOf(ContractParty party, Notice n, long winnerFirmId) {
        return party == ContractParty.OWNER ? n.getOwnerId() : winnerFirmId;
    }

    private static String link(long noticeId) {
        return "/account/contract.xhtml?id=" + noticeId;
    }

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
