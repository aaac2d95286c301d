package org.zjcs.procurement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.Notice;

/** Backing bean of owner/notices.xhtml: the owner's notices (all of the unit's for its admin), drafts included. */
@Named
@RequestScoped
public class OwnerNoticesBean {

    @Inject
    NoticeQueries noticeService;

    private List<Notice> notices;

    public List<Notice> getNotices() {
        if (notices == null) {
            notices = noticeService.myNotices();
        }
        return notices;
    }
}
