package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.credit.domain.ListKind;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;
import org.zjcs.shared.storage.Upload;
import org.zjcs.supervision.domain.Complaint;
import org.zjcs.supervision.domain.ComplaintRepository;
import org.zjcs.supervision.domain.Consequence;
import org.zjcs.supervision.domain.Finding;

/**
 * A regulator the item was routed to takes it up and answers it with a finding (upheld, partly upheld, not upheld) and
 * its reasons. An upheld or partly upheld finding against a firm (the firm a report names, or the firm selected in the
 * result a complaint's objection was raised against) may have a consequence, through the credit context's own services
 * in the same transaction: the credit event {@code COMPLAINT_UPHELD} ({@link CreditService#record}) or a black-list
 * entry ({@link CreditListService#list}, with its legal basis, end date and evidence). The reporter is told.
 */
@ApplicationScoped
@Transactional
public class ComplaintAnswers {

    @Inject
    Guard guard;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintJournal journal;

    @Inject
    CreditService credit;

    @Inject
    CreditListService lists;

    @Inject
    Clock clock;

    /** The regulator takes the item up (SUBMITTED → UNDER_REVIEW). */
    public Complaint review(long id) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Complaint c = routed(id, me);
        c.review(clock.instant(), me.username());
        complaints.flush();
        journal.record("COMPLAINT_UNDER_REVIEW", c, Map.of());
        return c;
    }

    /** The answer with a finding and no black-list entry (a credit event at most). */
    public Complaint answer(long id, String finding, String text, String consequence) {
        return answer(id, finding, text, consequence, null, null, List.of());
    }

    /**
     * The answer with a finding; {@code BLACK_LIST} lists the accused firm from today to {@code blackListEnd} with the
     * answer as the reason, {@code legalBasis} and 1 to 5 evidence files (the list's own rules refuse bad input).
     */
    public Complaint answer(long id, String finding, String text, String consequence, String legalBasis,
                            LocalDate blackListEnd, List<Upload> evidence) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Complaint c = routed(id, me);
        Instant now = clock.instant();
        Consequence applied = Consequence.parse(consequence);
        c.answer(Finding.parse(finding), text, applied, now, me.username());
        complaints.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("finding", c.getFinding().name());
        details.put("answer", c.getAnswer());
        details.put("consequence", applied.name());
        if (applied == Consequence.CREDIT_EVENT) {
            credit.record(CreditFact.of(FirmId.of(c.getAccusedFirmId()), CreditCode.COMPLAINT_UPHELD, CreditSource.COMPLAINT,
                    c.getId(), c.getNoticeId() == null ? null : NoticeId.of(c.getNoticeId()), now));
            details.put("firm", String.valueOf(c.getAccusedFirmId()));
        } else if (applied == Consequence.BLACK_LIST) {
            if (blackListEnd == null) {
                throw new DomainException("complaint.error.blackListEnd");
            }
            CreditListEntry e = lists.list(c.getAccusedFirmId(), ListKind.BLACK, c.getAnswer(), legalBasis, lists.today(),
                    blackListEnd, evidence);
            details.put("firm", String.valueOf(c.getAccusedFirmId()));
            details.put("listEntry", String.valueOf(e.getId()));
        }
        journal.record("COMPLAINT_ANSWERED", c, details);
        journal.notifyAnswered(c);
        return c;
    }

    private Complaint routed(long id, ZjcsPrincipal me) {
        return complaints.lock(id).filter(c -> c.routedTo(me.organisationId()))
                .orElseThrow(() -> new DomainException("complaint.error.notFound"));
    }
}
