package org.zjcs.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.money.Money;

/**
 * The contract of one notice (合同备案) and its whole history: the filed versions (of every winner the notice had; a
 * firm that declined the award no longer counts), their answers by the other party, and the service-period extension
 * requests after the confirmation. It holds the rules about that history — who may file or answer, the amount within
 * the award, one open version and one pending extension at a time, who was late (the firm or the owner unit), which dates an extension may take —
 * and refuses with the same message keys the pages and the API show. The caller's identity and party, the notice's
 * state and the award come from the application layer; the repository loads the aggregate from the
 * {@code contract_version} and {@code contract_extension} rows and persists what it adds.
 */
public final class Contract {

    private final long noticeId;
    private final List<ContractVersion> versions;
    private final List<ContractExtension> extensions;

    /** The notice's versions and extension requests, each oldest first. */
    public Contract(long noticeId, List<ContractVersion> versions, List<ContractExtension> extensions) {
        this.noticeId = noticeId;
        this.versions = new ArrayList<>(versions);
        this.extensions = new ArrayList<>(extensions);
    }

    public long noticeId() {
        return noticeId;
    }

    /** Every version ever filed, oldest first (also those of a firm that declined the award). */
    public List<ContractVersion> allVersions() {
        return List.copyOf(versions);
    }

    /** The versions that count for {@code winnerFirmId}: those filed while it was the winner; all when null. */
    public List<ContractVersion> versionsOf(Long winnerFirmId) {
        return winnerFirmId == null ? allVersions()
                : versions.stream().filter(c -> c.getWinnerFirmId() == winnerFirmId).toList();
    }

    /** One version of this notice by id. */
    public Optional<ContractVersion> version(long versionId) {
        return versions.stream().filter(c -> c.getId() != null && c.getId() == versionId).findFirst();
    }

    /** The confirmed version, if any (at most one: a confirmed contract is final). */
    public Optional<ContractVersion> confirmed() {
        return versions.stream().filter(c -> c.getStatus() == ContractStatus.CONFIRMED).findFirst();
    }

    public List<ContractExtension> extensions() {
        return List.copyOf(extensions);
    }

    /** The extension request awaiting the owner's answer, if any (at most one). */
    public Optional<ContractExtension> pendingExtension() {
        return extensions.stream().filter(e -> e.getStatus() == ExtensionStatus.REQUESTED).findFirst();
    }

    /** The latest approved extension's end date, if any. */
    public Optional<LocalDate> approvedServiceEnd() {
        return extensions.stream().filter(e -> e.getStatus() == ExtensionStatus.APPROVED).reduce((a, b) -> b)
                .map(ContractExtension::getRequestedEnd);
    }

    /** The effective service end: the latest approved extension's, else the confirmed contract's; empty before. */
    public Optional<LocalDate> serviceEnd() {
        return confirmed().map(c -> approvedServiceEnd().orElse(c.getServiceEnd()));
    }

    // ---- filing -------------------------------------------------------------------------------------------------

    /**
     * The rules of filing a version, checked before anything is stored: the notice is AWARDED with an award standing;
     * after a version of the current winner only the uploader of a returned one files again (a pending version or a
     * confirmed contract refuses); the amount is money, at most the award; the service terms are complete.
     *
     * @return the amount in yuan as it is filed
     */
    public BigDecimal checkFiling(NoticeStatus status, Award award, ContractParty party, BigDecimal amount,
                                  String serviceContent, LocalDate start, LocalDate end) {
        if (status != NoticeStatus.AWARDED || award == null) {
            throw new DomainException("contract.error.notAwarded");
        }
        List<ContractVersion> before = versionsOf(award.winnerFirmId());
        if (!before.isEmpty()) {
            ContractVersion last = before.get(before.size() - 1);
            last.getStatus().resubmit();
            if (last.getUploaderParty() != party) {
                throw new DomainException("contract.error.notUploader");
            }
        }
        BigDecimal yuan = Money.yuan(amount, "contract.field.amount");
        if (yuan.compareTo(award.amount()) > 0) {
            throw new DomainException("contract.error.aboveAward", award.amount().toPlainString());
        }
        ContractVersion.checkTerms(serviceContent, start, end);
        return yuan;
    }

    /**
     * Files a version (the first, or a corrected one after a return) with the stored signed file; the rules of
     * {@link #checkFiling} hold. Its revision follows every version of the notice. Its limits are fixed now
     * ({@link #uploadDue}): the uploader's and, from now, the other party's answer window.
     */
    public ContractVersion file(NoticeStatus status, Award award, ContractParty party, long uploaderOrgId, long fileId,
                                BigDecimal amount, String serviceContent, LocalDate start, LocalDate end, Instant now,
                                String by, FilingLimits limits) {
        BigDecimal yuan = checkFiling(status, award, party, amount, serviceContent, start, end);
        Objects.requireNonNull(limits, "limits");
        ContractVersion c = new ContractVersion(noticeId, versions.size() + 1, party, uploaderOrgId, award.winnerFirmId(),
                fileId, yuan, serviceContent, start, end, now, by, uploadDue(versionsOf(award.winnerFirmId()), limits),
                limits.answerDue(now));
        versions.add(c);
        return c;
    }

    /**
     * The uploader's limit for the next version of a winner whose versions so far are {@code before}: the filing limit
     * for the first upload (only the first upload has to meet it); after a return, the later of the filing limit and
     * the answer window opened by the return (the uploader gets for its correction the time the other party gets to
     * answer, and a quick return never shortens the filing limit).
     */
    static Instant uploadDue(List<ContractVersion> before, FilingLimits limits) {
        if (before.isEmpty()) {
            return limits.filingDue();
        }
        Instant returned = before.get(before.size() - 1).getAnsweredAt();
        Instant window = returned == null ? limits.filingDue() : limits.answerDue(returned);
        return window.isAfter(limits.filingDue()) ? window : limits.filingDue();
    }

    /**
     * Who was late over a winner's filing history {@code history} (oldest first), judged at the confirmation: the
     * uploader of a version filed after its limit, and the other party of a version answered (confirmed or returned)
     * after its answer limit. A version filed before the rule (no answer limit, before V41) is judged by the old rule:
     * confirmed after the filing limit, the firm was late.
     */
    public static Blame blame(List<ContractVersion> history) {
        Blame b = Blame.NONE;
        for (ContractVersion v : history) {
            if (!v.isFairlyJudged()) {
                if (v.getStatus() == ContractStatus.CONFIRMED && v.getAnsweredAt().isAfter(v.getDueAt())) {
                    b = b.and(ContractParty.FIRM);
                }
                continue;
            }
            if (v.isUploadedLate()) {
                b = b.and(v.getUploaderParty());
            }
            if (v.isAnsweredLate()) {
                b = b.and(v.getUploaderParty().other());
            }
        }
        return b;
    }

    /**
     * The other party confirms the submitted version {@code versionId}; the filing is settled: who was late over the
     * winner's versions ({@link #blame}) is fixed on the confirmed version. Refused for the uploader's own party and for
     * a version not awaiting an answer.
     */
    public ContractVersion confirm(long versionId, ContractParty party, Instant now, String by) {
        ContractVersion c = answerable(versionId, party);
        c.confirm(now, by);
        c.settle(blame(versionsOf(c.getWinnerFirmId())));
        return c;
    }

    /** The other party returns the submitted version {@code versionId} with a reason (required). */
    public ContractVersion returnVersion(long versionId, ContractParty party, String reason, Instant now, String by) {
        ContractVersion c = answerable(versionId, party);
        c.returnWith(reason, now, by);
        return c;
    }

    private ContractVersion answerable(long versionId, ContractParty party) {
        ContractVersion c = version(versionId).orElseThrow(() -> new DomainException("contract.error.notFound"));
        if (party == null) {
            throw new DomainException("contract.error.notFound"); // looks absent to anyone but a party
        }
        if (party == c.getUploaderParty()) {
            throw new DomainException("contract.error.ownUpload");
        }
        if (c.getStatus() != ContractStatus.SUBMITTED) {
            throw new DomainException("contract.error.notSubmitted");
        }
        return c;
    }

    // ---- declining the award ------------------------------------------------------------------------------------

    /** The award may be declined while the notice is AWARDED; once the contract is filed (confirmed) no more. */
    public static void checkDeclinable(NoticeStatus status) {
        switch (status) {
            case AWARDED -> { }
            case CONTRACTED, IN_SERVICE, DELIVERED, COMPLETED -> throw new DomainException("decline.error.contractFiled");
            default -> throw new DomainException("decline.error.notAwarded");
        }
    }

    /** The firm declined the award: its open versions (SUBMITTED or RETURNED) are withdrawn; returns them. */
    public List<ContractVersion> withdrawOpenVersionsOf(long firmId, Instant now, String by) {
        List<ContractVersion> out = new ArrayList<>();
        for (ContractVersion c : versions) {
            if (c.getWinnerFirmId() == firmId && c.getStatus().isOpen()) {
                c.withdraw(now, by);
                out.add(c);
            }
        }
        return out;
    }

    // ---- service-period extensions ------------------------------------------------------------------------------

    /** Extensions are asked for and answered while the service runs: after the confirmation, before the acceptance. */
    public static boolean extensible(NoticeStatus s) {
        return s == NoticeStatus.CONTRACTED || s == NoticeStatus.IN_SERVICE;
    }

    /**
     * The winning firm of the confirmed contract asks to extend the service period to {@code end}: only while the
     * service runs and no other request awaits the owner's answer; the dates and reason as
     * {@link ContractExtension#checkRequest} (after the current effective end).
     */
    public ContractExtension requestExtension(long firmId, NoticeStatus status, LocalDate end, String reason, Instant now,
                                              String by) {
        ContractVersion c = confirmed().filter(x -> x.getWinnerFirmId() == firmId)
                .orElseThrow(() -> new DomainException("extension.error.notWinner"));
        if (!extensible(status)) {
            throw new DomainException("extension.error.notInService");
        }
        if (pendingExtension().isPresent()) {
            throw new DomainException("extension.error.pending");
        }
        ContractExtension e = new ContractExtension(noticeId, c.getId(), extensions.size() + 1, c.getServiceStart(),
                serviceEnd().orElseThrow(), end, reason, now, by);
        extensions.add(e);
        return e;
    }

    /** The owner unit approves the pending request {@code extensionId}, while the service runs. */
    public ContractExtension approveExtension(long extensionId, NoticeStatus status, Instant now, String by) {
        ContractExtension e = pending(extensionId);
        if (!extensible(status)) {
            throw new DomainException("extension.error.notInService");
        }
        e.approve(now, by);
        return e;
    }

    /** The owner unit refuses the pending request {@code extensionId} with a reason (required). */
    public ContractExtension refuseExtension(long extensionId, String reason, Instant now, String by) {
        ContractExtension e = pending(extensionId);
        e.refuse(reason, now, by);
        return e;
    }

    /** The request {@code extensionId} if it is the pending one; any other (or none pending) is refused. */
    private ContractExtension pending(long extensionId) {
        ContractExtension e = pendingExtension().orElseThrow(() -> new DomainException("extension.error.notRequested"));
        if (e.getId() == null || e.getId() != extensionId) {
            throw new DomainException("extension.error.notRequested");
        }
        return e;
    }

    /** The confirmed version an extension request belongs to (the winner to notify). */
    public ContractVersion contractOf(ContractExtension e) {
        return version(e.getContractId())
                .orElseThrow(() -> new IllegalStateException("An extension without its contract: " + e.getId()));
    }
}
