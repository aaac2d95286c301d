package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.application.NoticeAnnouncer;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.ObjectionStatus;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SelectionStatus;
import org.zjcs.selection.infrastructure.ObjectionRepository;
import org.zjcs.selection.infrastructure.SelectionRepository;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.Upload;

/**
 * The publicity period (中选公示) after a result: an enrolled firm may object (质疑) with reasons and evidence until it
 * ends, which suspends the notice; the owner answers within the time limit. Rejected: the period resumes for the time it
 * had left. Upheld: the result is voided in public and the selection runs again without the disqualified entry, or the
 * notice fails. A period that ends with no objection pending awards the winner (by itself, DeadlineScheduler).
 */
@ApplicationScoped
@Transactional
public class PublicityService {

    @Inject
    Guard guard;

    @Inject
    NoticeRepository notices;

    @Inject
    NoticeQueries noticeQueries;

    @Inject
    NoticeAnnouncer announcer;

    @Inject
    SelectionRepository selections;

    @Inject
    SelectionService selection;

    @Inject
    ObjectionRepository objections;

    @Inject
    SettingsService settings;

    @Inject
    FileStorageService files;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    CreditService credit;

    @Inject
    Clock clock;

    /** An enrolled firm objects to the current result during the publicity period, with reasons and optional evidence. */
    public Objection raiseObjection(long noticeId, String reason, Upload evidence) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        Notice n = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        Instant now = clock.instant();
        if (n.getStatus() == NoticeStatus.SUSPENDED) {
            throw new DomainException("objection.error.pending");
        }
        if (n.getStatus() != NoticeStatus.ANNOUNCED || !now.isBefore(n.getPublicityEndsAt())) {
            throw new DomainException("objection.error.period");
        }
        boolean enrolled = selection.openedEntries(noticeId).stream().anyMatch(o -> o.firmId() == me.organisationId());
        if (!enrolled) {
            throw new DomainException("objection.error.notEnrolled");
        }
        SelectionResult current = selections.latest(noticeId).filter(r -> r.getStatus() == SelectionStatus.SELECTED)
                .orElseThrow(() -> new DomainException("objection.error.period"));
        Long fileId = null;
        if (evidence != null && evidence.isPresent()) {
            StoredFile f = files.store(evidence.content(), evidence.fileName(), "OBJECTION_EVIDENCE", me.organisationId());
            fileId = f.getId();
        }
        Instant due = selection.afterWorkingDays(now, settings.intValue(SelectionService.ANSWER_DAYS, 3));
        Objection o = new Objection(noticeId, current.getId(), me.organisationId(), reason, fileId, now, me.username(), due);
        objections.add(o);
        n.suspend(now);
        audit.record("OBJECTION_RAISED", "Notice", String.valueOf(noticeId),
                Map.of("objection", String.valueOf(o.getId()), "round", String.valueOf(current.getRound()),
                        "answerDue", due.toString()));
        notifications.notifyOrganisation(n.getOwnerId(), "objection.notify.raised", List.of(n.getTitle()),
                "/owner/selection.xhtml?id=" + noticeId);
        return o;
    }

    /**
     * The owner answers an objection. Rejected: the publicity period resumes with the time it had left. Upheld: the
     * result is voided with the answer as the public reason, and the selection runs again without the disqualified
     * entry (the current winner unless another enrolled firm is named), or the notice fails.
     */
    public void answerObjection(long objectionId, boolean upheld, String answer, Long disqualifiedFirmId) {
        ZjcsPrincipal me = guard.requireRole(Role.OWNER);
        Objection o = objections.lock(objectionId).orElseThrow(() -> new DomainException("objection.error.notFound"));
        Notice mine = noticeQueries.myNotice(o.getNoticeId());
        Notice n = notices.lock(mine.getId()).orElseThrow(() -> new DomainException("notice.error.notFound"));
        Instant now = clock.instant();
        SelectionResult current = selections.latest(n.getId()).orElseThrow(() -> new DomainException("objection.error.notFound"));
        Long disqualified = null;
        if (upheld) {
            disqualified = disqualifiedFirmId != null ? disqualifiedFirmId : current.getWinnerFirmId();
            long d = disqualified;
            if (selection.openedEntries(n.getId()).stream().noneMatch(e -> e.firmId() == d)) {
                throw new DomainException("objection.error.disqualifiedNotEnrolled");
            }
        }
        o.answer(upheld, answer, disqualified, now, me.username());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("objection", String.valueOf(objectionId));
        details.put("upheld", String.valueOf(upheld));
        details.put("disqualified", String.valueOf(disqualified));
        audit.record("OBJECTION_ANSWERED", "Notice", String.valueOf(n.getId()), details);
        notifications.notifyOrganisation(o.getFirmId(), upheld ? "objection.notify.upheld" : "objection.notify.rejected",
                List.of(n.getTitle()), "/notice.xhtml?id=" + n.getId());
        if (!upheld) {
            Duration left = Duration.between(o.getRaisedAt(), n.getPublicityEndsAt());
            Instant ends = now.plus(left.isNegative() ? Duration.ZERO : left);
            n.resumePublicity(ends, now);
            announcer.timeSet(n.getId(), ends);
            return;
        }
        current.voidResult(answer.trim(), now);
        credit.record(CreditFact.of(disqualified, CreditCode.OBJECTION_UPHELD, CreditSource.OBJECTION, objectionId, n.getId(),
                now));
        announcer.announceOutcome(n, AnnouncementKind.VOIDED, me.username(), answer.trim(),
                Json.createObjectBuilder().add("round", current.getRound()).add("voidedWinner", current.getWinnerFirmId())
                        .add("disqualified", disqualified).build(), now);
        Set<Long> out = new HashSet<>();
        objections.ofNotice(n.getId()).stream().filter(x -> x.getStatus() == ObjectionStatus.UPHELD && x.getDisqualifiedFirmId() != null)
                .forEach(x -> out.add(x.getDisqualifiedFirmId()));
        selection.run(n, selection.openedEntries(n.getId()), null, out, current.getRound() + 1, me.username(), now);
    }

    /** Awards the winner when the publicity period has ended with no objection pending; does nothing otherwise. */
    public String awardIfDue(long noticeId) {
        Instant now = clock.instant();
        Notice n = notices.lock(noticeId).orElse(null);
        if (n == null || n.getStatus() != NoticeStatus.ANNOUNCED || n.getPublicityEndsAt() == null
                || now.isBefore(n.getPublicityEndsAt())) {
            return "no award due";
        }
        SelectionResult r = selections.latest(noticeId).filter(x -> x.getStatus() == SelectionStatus.SELECTED)
                .orElseThrow(() -> new IllegalStateException("An announced notice without a selected result: " + noticeId));
        n.award(now);
        announcer.announceOutcome(n, AnnouncementKind.AWARD, SelectionService.SYSTEM, null,
                Json.createObjectBuilder().add("round", r.getRound()).add("winner", r.getWinnerFirmId())
                        .add("amount", r.getAmount().toPlainString()).build(), now);
        audit.recordAs(SelectionService.SYSTEM, "NOTICE_AWARDED", "Notice", String.valueOf(noticeId),
                Map.of("winner", String.valueOf(r.getWinnerFirmId()), "amount", r.getAmount().toPlainString()));
        notifications.notifyOrganisation(r.getWinnerFirmId(), "selection.notify.awarded", List.of(n.getTitle()),
                "/notice.xhtml?id=" + noticeId);
        notifications.notifyOrganisation(n.getOwnerId(), "selection.notify.awarded", List.of(n.getTitle()),
                "/notice.xhtml?id=" + noticeId);
        return "awarded";
    }

    public List<Objection> objectionsOf(long noticeId) {
        return objections.ofNotice(noticeId);
    }
}
