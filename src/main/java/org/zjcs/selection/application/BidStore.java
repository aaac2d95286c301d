package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.selection.application.BidWriter.LedgerRow;
import org.zjcs.selection.application.BidWriter.NoticeTerms;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentRepository;
import org.zjcs.selection.domain.EnrolmentSubmission;

/**
 * The bid batch's view of the database, inside the writer's transaction ({@link BidWriter.Store}), and its re-check
 * of a firm's eligibility ({@link BidWriter.Eligibility}).
 */
@ApplicationScoped
public class BidStore implements BidWriter.Store, BidWriter.Eligibility {

    @Inject
    EnrolmentRepository repository;

    @Inject
    NoticeAccess notices;

    @Inject
    EligibilityService eligibility;

    @Override
    public Map<Long, NoticeTerms> lockNotices(SortedSet<Long> ids) {
        Map<Long, NoticeTerms> out = new LinkedHashMap<>();
        for (long id : ids) {
            if (!repository.shareLockNotice(id)) {
                continue;
            }
            notices.publicNotice(id).filter(n -> n.getStatus() != NoticeStatus.DRAFT)
                    .ifPresent(n -> out.put(id, terms(n)));
        }
        return out;
    }

    @Override
    public Map<String, Enrolment> lockEnrolments(long noticeId, Collection<String> tags) {
        return repository.lockByTags(noticeId, tags);
    }

    @Override
    public void store(List<Enrolment> created, List<LedgerRow> ledger) {
        repository.persistAll(created);
        repository.persistAll(ledger.stream()
                .map(l -> new EnrolmentSubmission(l.enrolment().getId(), l.kind(), l.at(), l.receiptHash())).toList());
    }

    @Override
    public List<Failure> check(long noticeId, long firmId, LocalDate day) {
        return eligibility.check(notices.publicNotice(noticeId).orElseThrow(), firmId, day, false);
    }

    static NoticeTerms terms(Notice n) {
        return new NoticeTerms(n.getId(), n.getStatus(), n.getEnrolmentDeadline(), n.getMethod(), n.getPriceFloor(),
                n.getPriceCeiling(), n.getVersion());
    }
}
