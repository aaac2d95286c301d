package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.timeline.TimelineSource;

/**
 * The notice's public announcements as steps of the approval-case timeline: publication, corrections, cancellation and
 * the selection's result, failure, voiding and award announcements, each with who published it and a link to the
 * notice. A draft has no announcement and so no step.
 */
@ApplicationScoped
@Transactional
public class NoticeTimelineSource implements TimelineSource {

    @Inject
    NoticeRepository notices;

    @Override
    public List<TimelineEntry> stepsOf(long noticeId) {
        String title = notices.find(noticeId).map(n -> n.getTitle()).orElse("");
        List<TimelineEntry> steps = new ArrayList<>();
        for (Announcement a : notices.announcements(noticeId)) {
            List<String> args = new ArrayList<>();
            args.add(title);
            args.add(a.getReason() == null ? "" : a.getReason());
            steps.add(new TimelineEntry(a.getPublishedAt(), noticeId, kind(a.getKind()),
                    "timeline.announcement." + a.getKind().name(), args, a.getPublishedBy(),
                    List.of(new TimelineEntry.Link("timeline.link.notice", "/notice.xhtml?id=" + noticeId))));
        }
        return steps;
    }

    static String kind(AnnouncementKind k) {
        return switch (k) {
            case PUBLICATION -> "NOTICE_PUBLISHED";
            case CORRECTION -> "NOTICE_CORRECTED";
            case CANCELLATION -> "NOTICE_CANCELLED";
            case RESULT -> "RESULT_ANNOUNCED";
            case FAILURE -> "FAILURE_ANNOUNCED";
            case VOIDED -> "RESULT_VOIDED";
            case AWARD -> "AWARD_ANNOUNCED";
            case DECLINED -> "DECLINE_ANNOUNCED";
        };
    }
}
