package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableCheck;
import org.zjcs.delivery.domain.DeliverableRepository;
import org.zjcs.delivery.domain.DeliverableStatus;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.timeline.TimelineSource;

/**
 * The deliverable steps of a notice for the approval-case timeline: each version's upload (with links to its files),
 * the owner's acceptance or return, and each department's check.
 */
@ApplicationScoped
@Transactional
public class DeliveryTimeline implements TimelineSource {

    /** Where a deliverable file is downloaded, followed by the stored file's id. */
    public static final String FILE_PATH = "/account/deliverable-files/";

    @Inject
    DeliverableRepository deliverables;

    /** For tests without a container. */
    public void setRepository(DeliverableRepository repository) {
        this.deliverables = repository;
    }

    @Override
    public List<TimelineEntry> stepsOf(long noticeId) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Deliverable d : deliverables.ofNotice(noticeId)) {
            String revision = String.valueOf(d.getRevision());
            List<TimelineEntry.Link> links = d.getFiles().stream()
                    .map(f -> new TimelineEntry.Link("timeline.deliverable.file", FILE_PATH + f.getFileId())).toList();
            out.add(new TimelineEntry(d.getSubmittedAt(), noticeId, "DELIVERABLE_SUBMITTED",
                    d.isLate() ? "timeline.deliverable.submittedLate" : "timeline.deliverable.submitted",
                    List.of(revision), d.getSubmittedBy(), links));
            if (d.getAnsweredAt() != null) {
                boolean returned = d.getStatus() == DeliverableStatus.RETURNED_BY_OWNER;
                out.add(new TimelineEntry(d.getAnsweredAt(), noticeId,
                        returned ? "DELIVERABLE_RETURNED" : "DELIVERABLE_ACCEPTED",
                        returned ? "timeline.deliverable.returned" : "timeline.deliverable.accepted",
                        returned ? List.of(revision, d.getReturnReason()) : List.of(revision), d.getAnsweredBy(), List.of()));
            }
            for (DeliverableCheck c : d.getChecks()) {
                out.add(new TimelineEntry(c.getCheckedAt(), noticeId,
                        c.isPassed() ? "DELIVERABLE_CHECK_PASSED" : "DELIVERABLE_CHECK_RETURNED",
                        c.isPassed() ? "timeline.deliverable.checkPassed" : "timeline.deliverable.checkReturned",
                        c.isPassed() ? List.of(revision) : List.of(revision, c.getReason()), c.getCheckedBy(), List.of()));
            }
        }
        return out;
    }
}
