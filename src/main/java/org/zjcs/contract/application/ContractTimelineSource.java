package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractStatus;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.contract.domain.ExtensionStatus;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.timeline.TimelineSource;

/**
 * The contract filing's steps of a notice for the approval-case timeline: each version submitted (with its file), and
 * its confirmation or return by the other party; each service-period extension requested, approved or refused.
 */
@ApplicationScoped
@Transactional
public class ContractTimelineSource implements TimelineSource {

    @Inject
    ContractRepository contracts;

    @Override
    public List<TimelineEntry> stepsOf(long noticeId) {
        List<TimelineEntry> steps = new ArrayList<>();
        for (ContractVersion v : contracts.ofNotice(noticeId)) {
            String revision = String.valueOf(v.getRevision());
            List<TimelineEntry.Link> file = List.of(
                    new TimelineEntry.Link("timeline.link.contract", "/account/contract-files/" + v.getId()));
            steps.add(new TimelineEntry(v.getSubmittedAt(), noticeId, "CONTRACT_SUBMITTED", "timeline.contract.submitted",
                    List.of(revision, v.getAmount().toPlainString()), v.getSubmittedBy(), file));
            if (v.getWithdrawnAt() != null) {
                steps.add(new TimelineEntry(v.getWithdrawnAt(), noticeId, "CONTRACT_WITHDRAWN", "timeline.contract.withdrawn",
                        List.of(revision), v.getWithdrawnBy(), file));
            }
            if (v.getAnsweredAt() == null) {
                continue;
            }
            if (v.getStatus() == ContractStatus.CONFIRMED) {
                steps.add(new TimelineEntry(v.getAnsweredAt(), noticeId, "CONTRACT_CONFIRMED",
                        v.isLate() ? "timeline.contract.confirmedLate" : "timeline.contract.confirmed", List.of(revision),
                        v.getAnsweredBy(), file));
            } else if (v.getReturnReason() != null) { // returned (and possibly withdrawn since)
                steps.add(new TimelineEntry(v.getAnsweredAt(), noticeId, "CONTRACT_RETURNED", "timeline.contract.returned",
                        List.of(revision, v.getReturnReason() == null ? "" : v.getReturnReason()), v.getAnsweredBy(), file));
            }
        }
        for (ContractExtension e : contracts.extensionsOf(noticeId)) {
            String seq = String.valueOf(e.getSequenceNo());
            String end = e.getRequestedEnd().toString();
            steps.add(new TimelineEntry(e.getRequestedAt(), noticeId, "CONTRACT_EXTENSION_REQUESTED",
                    "timeline.extension.requested", List.of(seq, end, e.getReason()), e.getRequestedBy(), List.of()));
            if (e.getStatus() == ExtensionStatus.APPROVED) {
                steps.add(new TimelineEntry(e.getAnsweredAt(), noticeId, "CONTRACT_EXTENSION_APPROVED",
                        "timeline.extension.approved", List.of(seq, end), e.getAnsweredBy(), List.of()));
            } else if (e.getStatus() == ExtensionStatus.REFUSED) {
                steps.add(new TimelineEntry(e.getAnsweredAt(), noticeId, "CONTRACT_EXTENSION_REFUSED",
                        "timeline.extension.refused", List.of(seq, e.getAnswerReason() == null ? "" : e.getAnswerReason()),
                        e.getAnsweredBy(), List.of()));
            }
        }
        return steps;
    }
}
