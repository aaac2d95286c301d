package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.contract.domain.Award;
import org.zjcs.contract.domain.Contract;
import org.zjcs.contract.domain.ContractParty;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.contract.domain.FilingLimits;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.StoredFileType;
import org.zjcs.shared.storage.Upload;

/**
 * Contract filing (合同备案) after the award, by either party: the owner unit of the notice or the winning firm uploads
 * the signed contract (a PDF) with its amount (never above the award), service content and service dates; after a
 * return, the uploader files a corrected version. The rules are the {@link Contract} aggregate's; the other party
 * answers through {@link ContractAnswers}.
 */
@ApplicationScoped
@Transactional
public class ContractFiling {

    static final String PURPOSE = "CONTRACT";

    @Inject
    Guard guard;

    @Inject
    ContractLookup lookup;

    @Inject
    ContractRepository contracts;

    @Inject
    FileStorageService files;

    @Inject
    ContractJournal journal;

    @Inject
    Clock clock;

    /** A party of an awarded notice files the signed contract, or a corrected version of the one it filed and got back. */
    public ContractVersion submit(long noticeId, BigDecimal amount, String serviceContent, LocalDate start, LocalDate end,
                                  Upload file) {
        // role, then ownership, then state: a caller of another role gets 403, one who is no party "not found"
        ZjcsPrincipal me = guard.requireAnyRole(Role.OWNER, Role.FIRM);
        Notice n = lookup.lockPublic(noticeId);
        Optional<Award> award = lookup.award(noticeId);
        ContractParty party = lookup.partyOf(me, n, award.map(Award::winnerFirmId).orElse(null));
        if (party == null) {
            throw new DomainException("notice.error.notFound");
        }
        Contract contract = contracts.lock(noticeId);
        contract.checkFiling(n.getStatus(), award.orElse(null), party, amount, serviceContent, start, end);
        if (file == null || !file.isPresent()) {
            throw new DomainException("contract.error.fileRequired");
        }
        StoredFile stored = files.store(file.content(), file.fileName(), PURPOSE, me.organisationId());
        if (stored.getType() != StoredFileType.PDF) {
            // the transaction rolls back: neither the row nor the file is kept
            throw new DomainException("contract.error.pdfOnly");
        }
        FilingLimits limits = lookup.limits(noticeId).orElseThrow(
                () -> new IllegalStateException("An awarded notice without its AWARD announcement: " + noticeId));
        ContractVersion c = contract.file(n.getStatus(), award.get(), party, me.organisationId(), stored.getId(), amount,
                serviceContent, start, end, clock.instant(), me.username(), limits);
        contracts.add(c);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("contract", String.valueOf(c.getId()));
        details.put("revision", String.valueOf(c.getRevision()));
        details.put("party", party.name());
        details.put("amount", c.getAmount().toPlainString());
        details.put("file", String.valueOf(stored.getId()));
        details.put("sha256", stored.getSha256());
        details.put("dueAt", c.getDueAt().toString());
        details.put("answerDueAt", c.getAnswerDueAt().toString());
        journal.record("CONTRACT_SUBMITTED", noticeId, details);
        long other = party.other() == ContractParty.OWNER ? n.getOwnerId() : award.get().winnerFirmId();
        journal.notifyParty(other, "contract.notify.submitted", List.of(n.getTitle()), noticeId);
        return c;
    }
}
