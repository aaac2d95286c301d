package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeAttachment;
import org.zjcs.procurement.domain.NoticeRepository;

/** Reading notices: the owner's own (any state), the public's (published or later), their announcements and files. */
@ApplicationScoped
@Transactional
public class NoticeQueries {

    @Inject
    NoticeRepository notices;

    @Inject
    MyNotices mine;

    @Inject
    ApprovalCaseService cases;

    /** The caller's notices: all of the unit's for its unit admin, the member's own otherwise; newest first. */
    public List<Notice> myNotices() {
        return mine.all();
    }

    /** One of the caller's notices, in any state. */
    public Notice myNotice(long noticeId) {
        return mine.mine(noticeId, false);
    }

    /** A notice the public may read (published or later); empty for a draft or an unknown id. */
    public Optional<Notice> publicNotice(long noticeId) {
        return notices.find(noticeId).filter(n -> n.getStatus().isPublic());
    }

    public List<Announcement> announcements(long noticeId) {
        return notices.announcements(noticeId);
    }

    /** One announcement of a notice the public may read (its PDF); empty for a draft's, another notice's or none. */
    public Optional<Announcement> publicAnnouncement(long noticeId, long announcementId) {
        return publicNotice(noticeId).flatMap(n -> announcements(noticeId).stream()
                .filter(a -> a.getId() == announcementId).findFirst());
    }

    /**
     * A page of the public list by keyset (see {@link NoticeRepository#publicRows}): rows after the cursor, or before it
     * when {@code backwards}; {@code limit} is one more than the page size, so that the caller knows whether more follow.
     */
    public List<NoticeRepository.PublicRow> publicRows(NoticeRepository.PublicFilter filter, Instant cursorAt, Long cursorId,
                                                       boolean backwards, int limit) {
        return notices.publicRows(filter, cursorAt, cursorId, backwards, limit);
    }

    /** The approval cases of a notice the caller may see, in the owner's order (public: number, project, department). */
    public List<ApprovalCase> casesOf(Notice n) {
        List<ApprovalCase> list = new ArrayList<>();
        for (Long id : n.getCaseIds()) {
            cases.find(id).ifPresent(list::add);
        }
        return list;
    }

    /** An attachment of a published notice, for anyone; empty for drafts and for files not attached to it. */
    public Optional<NoticeAttachment> publicAttachment(long noticeId, long storedFileId) {
        return publicNotice(noticeId).flatMap(n -> n.getAttachments().stream()
                .filter(a -> a.getStoredFileId() == storedFileId).findFirst());
    }
}
