package org.zjcs.procurement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.procurement.application.NoticeService;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.Notice;

/**
 * Backing bean of notice.xhtml: one published notice with its announcements, for everyone. View-scoped, so that the
 * forms on the page (enrolment) are decoded on postback, when the URL no longer carries the id; the notice itself is
 * read again on every request.
 */
@Named
@ViewScoped
public class PublicNoticeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoticeService noticeService;

    private Long id;
    private transient Notice notice;
    private transient FacesContext readIn;

    public Notice getNotice() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (id != null && (notice == null || readIn != now)) {
            notice = noticeService.publicNotice(id).orElse(null);
            readIn = now;
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
