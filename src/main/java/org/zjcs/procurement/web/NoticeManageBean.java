package org.zjcs.procurement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.procurement.application.CorrectionForm;
import org.zjcs.procurement.application.NoticeDrafting;
import org.zjcs.procurement.application.NoticePublication;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.time.BusinessTime;

/** Backing bean of owner/notice-manage.xhtml: one of the owner's notices after publication; correct or cancel it. */
@Named
@ViewScoped
public class NoticeManageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeQueries queries;

    @Inject
    NoticeDrafting drafting;

    @Inject
    NoticePublication publication;

    private Long id;
    private boolean published;
    private boolean loaded;
    private String reason;
    private String serviceContent;
    private String projectScale;
    private String contactPhone;
    private String complaintPhone;
    private RequirementMode requirementMode;
    private LocalDate deadlineDate;
    private LocalTime deadlineTime;
    private String cancelReason;

    /** f:viewAction: fills the correction form with the notice's current values. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            fill(queries.myNotice(id));
            if (published) {
                Messages.info("notice.published");
            }
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            id = null;
        }
    }

    private void fill(Notice n) {
        serviceContent = n.getServiceContent();
        projectScale = n.getProjectScale();
        contactPhone = n.getContactPhone();
        complaintPhone = n.getComplaintPhone();
        requirementMode = n.getRequirementMode();
        if (n.getEnrolmentDeadline() != null) {
            LocalDateTime d = LocalDateTime.ofInstant(n.getEnrolmentDeadline(), BusinessTime.ZONE);
            deadlineDate = d.toLocalDate();
            deadlineTime = d.toLocalTime();
        }
        reason = null;
    }

    public void correct() {
        try {
            LocalDateTime deadline = deadlineDate == null || deadlineTime == null ? null : LocalDateTime.of(deadlineDate, deadlineTime);
            drafting.correctNotice(id, new CorrectionForm(reason, serviceContent, projectScale, contactPhone, complaintPhone,
                    requirementMode, deadline));
            fill(queries.myNotice(id));
            Messages.info("notice.corrected");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    /** Posts the failed notice again as a new draft and opens it. */
    public String repost() {
        try {
            long draft = publication.repostNotice(id);
            return "/owner/notice-edit.xhtml?faces-redirect=true&id=" + draft;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            return null;
        }
    }

    public void cancel() {
        try {
            publication.cancelNotice(id, cancelReason);
            cancelReason = null;
            Messages.info("notice.cancelled");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public Notice getNotice() {
        return id == null ? null : queries.myNotice(id);
    }

    public boolean isCorrectable() {
        Notice n = getNotice();
        return n != null && n.getStatus() == NoticeStatus.PUBLISHED;
    }

    public boolean isCancellable() {
        Notice n = getNotice();
        return n != null && n.getStatus().canMoveTo(NoticeStatus.CANCELLED);
    }

    public List<Announcement> getAnnouncements() {
        return id == null ? List.of() : queries.announcements(id);
    }

    public RequirementMode[] getModes() {
        return RequirementMode.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getServiceContent() {
        return serviceContent;
    }

    public void setServiceContent(String serviceContent) {
        this.serviceContent = serviceContent;
    }

    public String getProjectScale() {
        return projectScale;
    }

    public void setProjectScale(String projectScale) {
        this.projectScale = projectScale;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getComplaintPhone() {
        return complaintPhone;
    }

    public void setComplaintPhone(String complaintPhone) {
        this.complaintPhone = complaintPhone;
    }

    public RequirementMode getRequirementMode() {
        return requirementMode;
    }

    public void setRequirementMode(RequirementMode requirementMode) {
        this.requirementMode = requirementMode;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public LocalTime getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(LocalTime deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
