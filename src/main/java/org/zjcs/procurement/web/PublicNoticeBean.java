package org.zjcs.procurement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.procurement.application.NoticeService;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.Notice;

/** Backing bean of notice.xhtml: one published notice with its announcements, for everyone. */
@Named
@RequestScoped
public class PublicNoticeBean {

    @Inject
    NoticeService noticeService;

    private Long id;
    private Notice notice;

    public Notice getNotice() {
        if (notice == null && id != null) {
            notice = noticeService.publicNotice(id).orElse(null);
        }
        return notice;
    }

    public List<Announcement> getAnnouncements() {
        return getNotice() == null ? List.of() : noticeService.announcements(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
