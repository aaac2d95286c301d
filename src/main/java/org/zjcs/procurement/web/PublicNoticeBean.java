package org.zjcs.procurement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.Notice;

/**
 * Backing bean of notice.xhtml: one published notice with its announcements, for everyone. Request-scoped (no session
 * for visitors); on a logged-in firm's postback (enrolment, objection) the id comes with the form's hidden field.
 */
@Named
@RequestScoped
public class PublicNoticeBean {

    @Inject
    NoticeQueries noticeService;

    private Long id;
    private Notice notice;
    private FacesContext readIn;

    public Notice getNotice() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (id() != null && (notice == null || readIn != now)) {
            notice = noticeService.publicNotice(id()).orElse(null);
            readIn = now;
        }
        return notice;
    }

    public List<Announcement> getAnnouncements() {
        return getNotice() == null ? List.of() : noticeService.announcements(id());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /**
     * The notice's id: from the view parameter, or (on a postback, whose phases run before the view parameter reaches
     * this request-scoped bean) from the form's hidden {@code id} field.
     */
    private Long id() {
        if (id == null) {
            String p = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            if (p != null && p.matches("\\d{1,18}")) {
                id = Long.valueOf(p);
            }
        }
        return id;
    }
}
