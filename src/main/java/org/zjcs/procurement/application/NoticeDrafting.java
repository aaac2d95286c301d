package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Announcements;
import org.zjcs.procurement.domain.Contacts;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeAttachment;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.procurement.domain.NoticeRules;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.NoticeTerms;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.time.BusinessTime;

/**
 * The owner writes a notice: drafts (its own unit's, linked to its own approval cases) with their attachments, and
 * corrections of a published notice before its deadline (更正公告). Every change is audited.
 */
@ApplicationScoped
@Transactional
public class NoticeDrafting {

    static final String OBJECT_TYPE = "Notice";
    static final String ATTACHMENT = "NOTICE_ATTACHMENT";

    @Inject
    Guard guard;

    @Inject
    MyNotices mine;

    @Inject
    NoticeChecks checks;

    @Inject
    NoticeRepository notices;

    @Inject
    FileStorageService files;

    @Inject
    NoticeCalendar calendar;

    @Inject
    NoticeAnnouncer announcer;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Saves a new draft ({@code id} null) or changes one of the caller's drafts; returns its id. */
    public long saveDraft(Long id, NoticeTerms terms) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        NoticeChecks.CheckedDraft d = checks.draft(terms);
        Instant now = clock.instant();
        Notice n;
        if (id == null) {
            n = new Notice(me.organisationId(), me.userId(), d.terms(), d.item().getRequirementMode(), d.requirements(), now);
            notices.add(n);
            audit.record("NOTICE_DRAFTED", OBJECT_TYPE, String.valueOf(n.getId()), Map.of("title", n.getTitle()));
        } else {
            n = mine.mine(id, true);
            n.revise(d.terms(), d.item().getRequirementMode(), d.requirements(), now);
            audit.record("NOTICE_DRAFT_CHANGED", OBJECT_TYPE, String.valueOf(id), Map.of("title", n.getTitle()));
        }
        return n.getId();
    }

    public void addAttachment(long noticeId, Upload upload) {
        Notice n = mine.mine(noticeId, true);
        if (upload == null || !upload.isPresent()) {
            throw new DomainException("notice.error.attachmentMissing");
        }
        StoredFile f = files.store(upload.content(), upload.fileName(), ATTACHMENT, n.getOwnerId());
        n.addAttachment(new NoticeAttachment(f.getId(), f.getDisplayName(), f.getSha256()), clock.instant());
        audit.record("NOTICE_ATTACHMENT_ADDED", OBJECT_TYPE, String.valueOf(noticeId),
                Map.of("file", String.valueOf(f.getId()), "sha256", f.getSha256()));
    }

    public void removeAttachment(long noticeId, long storedFileId) {
        Notice n = mine.mine(noticeId, true);
        n.removeAttachment(storedFileId, clock.instant());
        audit.record("NOTICE_ATTACHMENT_REMOVED", OBJECT_TYPE, String.valueOf(noticeId),
                Map.of("file", String.valueOf(storedFileId)));
    }

    /**
     * A correction before the deadline, with its reason: what changed is announced; when the requirements or the deadline
     * change, the deadline is moved so that at least the minimum window remains from now.
     */
    public void correctNotice(long noticeId, CorrectionForm form) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Notice n = mine.mine(noticeId, true);
        if (n.getStatus() != NoticeStatus.PUBLISHED) {
            throw new DomainException("notice.error.notPublished");
        }
        Instant now = clock.instant();
        if (!n.isOpenAt(now)) {
            throw new DomainException("notice.error.correctionAfterDeadline");
        }
        String reason = NoticeRules.required(form.reason(), "notice.error.correctionReason", 1000);
        String content = NoticeRules.required(form.serviceContent(), "notice.error.serviceContent", 4000);
        String scale = NoticeRules.required(form.projectScale(), "notice.error.projectScale", 1000);
        Contacts contacts = n.getContacts().withPhones(form.contactPhone(), form.complaintPhone());
        RequirementMode mode = form.requirementMode() == null ? n.getRequirementMode() : form.requirementMode();
        LocalDateTime requested = form.deadline() == null ? n.getPlannedDeadline() : form.deadline();
        LocalDateTime planned = n.getPlannedDeadline();
        Instant deadline = n.getEnrolmentDeadline();
        boolean extended = false;
        if (!requested.equals(n.getPlannedDeadline()) || mode != n.getRequirementMode()) {
            LocalDateTime moved = calendar.correctedDeadline(now, requested);
            extended = !moved.equals(requested);
            planned = moved;
            deadline = moved.atZone(BusinessTime.ZONE).toInstant();
        }
        Announcements.Changes changes = new Announcements.Changes()
                .compare("serviceContent", n.getServiceContent(), content)
                .compare("projectScale", n.getProjectScale(), scale)
                .compare("contactPhone", n.getContactPhone(), contacts.getPhone())
                .compare("complaintPhone", n.getComplaintPhone(), contacts.getComplaintPhone())
                .compare("requirementMode", n.getRequirementMode().name(), mode.name())
                .compare("enrolmentDeadline", n.getEnrolmentDeadline().toString(), deadline.toString());
        if (changes.isEmpty()) {
            throw new DomainException("notice.error.nothingChanged");
        }
        n.correct(content, scale, contacts, mode, deadline, planned, now);
        Announcement a = announcer.announce(n, AnnouncementKind.CORRECTION, me.username(), reason, changes.json(extended), now);
        announcer.timeSet(noticeId, deadline);
        audit.record("NOTICE_CORRECTED", OBJECT_TYPE, String.valueOf(noticeId), Map.of("reason", reason,
                "changed", String.join(",", changes.fields()), "announcement", String.valueOf(a.getId())));
    }
}
