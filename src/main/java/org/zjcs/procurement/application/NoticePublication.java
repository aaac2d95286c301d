package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeAttachment;
import org.zjcs.procurement.domain.NoticeRules;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.NoticeTerms;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * The owner publishes a draft (its text fixed as an announcement, the draw committed), cancels a published notice
 * (终止公告) and posts a failed one again (流标后重新发布). Every transition is audited.
 */
@ApplicationScoped
@Transactional
public class NoticePublication {

    private static final String OBJECT_TYPE = NoticeDrafting.OBJECT_TYPE;

    @Inject
    Guard guard;

    @Inject
    NoticeDrafting drafting;

    @Inject
    MyNotices mine;

    @Inject
    NoticeChecks checks;

    @Inject
    NoticeCalendar calendar;

    @Inject
    DrawSeeds seeds;

    @Inject
    NoticeAnnouncer announcer;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Saves the draft and publishes it in one transaction: when publication is refused, the changes are not kept either. */
    public long saveAndPublish(Long id, NoticeTerms terms) {
        long saved = drafting.saveDraft(id, terms);
        publishNotice(saved);
        return saved;
    }

    /** Publishes a draft: the deadline must leave the minimum enrolment window; the text is fixed as an announcement. */
    public void publishNotice(long noticeId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = mine.mine(noticeId, true);
        if (n.getStatus() != NoticeStatus.DRAFT) {
            throw new DomainException("notice.error.notDraft");
        }
        checks.publishable(n);
        Instant now = clock.instant();
        Instant deadline = calendar.publicationDeadline(now, n.getPlannedDeadline());
        // the independent witness commits to its own secret too: the draw needs both (docs/draw.md, "Version 2")
        n.publish(deadline, seeds.draw(noticeId), now);
        Announcement a = announcer.announce(n, AnnouncementKind.PUBLICATION, me.username(), null, null, now);
        announcer.timeSet(noticeId, deadline);
        audit.record("NOTICE_PUBLISHED", OBJECT_TYPE, String.valueOf(noticeId),
                Map.of("deadline", deadline.toString(), "announcement", String.valueOf(a.getId()), "hash", a.getContentHash()));
    }

    /**
     * Posts a failed notice (流标) again: a new draft with the same terms, cases and attachments, linked to the failed one;
     * the owner sets a new deadline and publishes it.
     */
    public long repostNotice(long failedNoticeId) {
        Notice failed = mine.mine(failedNoticeId, false);
        if (failed.getStatus() != NoticeStatus.FAILED) {
            throw new DomainException("notice.error.notFailed");
        }
        long id = drafting.saveDraft(null, failed.terms());
        Notice draft = mine.mine(id, true);
        draft.repostOf(failedNoticeId);
        Instant now = clock.instant();
        failed.getAttachments().forEach(a -> draft.addAttachment(new NoticeAttachment(a.getStoredFileId(), a.getDisplayName(),
                a.getSha256()), now));
        audit.record("NOTICE_REPOSTED", OBJECT_TYPE, String.valueOf(id), Map.of("failedNotice", String.valueOf(failedNoticeId)));
        return id;
    }

    /** Terminates a published notice (终止公告) with its reason. */
    public void cancelNotice(long noticeId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = mine.mine(noticeId, true);
        String r = NoticeRules.required(reason, "notice.error.cancelReason", 1000);
        Instant now = clock.instant();
        n.cancel(now);
        Announcement a = announcer.announce(n, AnnouncementKind.CANCELLATION, me.username(), r, null, now);
        audit.record("NOTICE_CANCELLED", OBJECT_TYPE, String.valueOf(noticeId),
                Map.of("reason", r, "announcement", String.valueOf(a.getId())));
    }
}
