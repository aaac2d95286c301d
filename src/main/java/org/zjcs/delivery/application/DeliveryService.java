package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zjcs.audit.application.AuditService;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.credit.application.EvaluationService;
import org.zjcs.credit.application.QualityRatingService;
import org.zjcs.contract.domain.ContractStatus;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableStatus;
import org.zjcs.delivery.infrastructure.DeliverableRepository;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.infrastructure.ApprovalCaseRepository;
import org.zjcs.procurement.infrastructure.NoticeRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.storage.FileRef;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.time.BusinessTime;

/**
 * Deliverables (服务成果) after the contract: the winning firm uploads versions (files and a note; the first moves the
 * notice CONTRACTED → IN_SERVICE), the owner accepts one (IN_SERVICE → DELIVERED) or returns it with a reason, and the
 * staff of each department linked to the notice's approval cases check the accepted version: when every department
 * passed it the notice is COMPLETED; a department's return sends it back to the firm for a new version, which the owner
 * accepts and every department checks again. The first version is due {@code notice.service_days} working days after
 * the contract's confirmation, or at the end of the service end date of an approved extension when that is later
 * ({@link #dueAt}); uploaded later it is flagged late ({@code DELIVERABLE_LATE}).
 */
@ApplicationScoped
@Transactional
public class DeliveryService {

    @Inject
    Guard guard;

    static final String PURPOSE = "DELIVERABLE";

    @Inject
    NoticeRepository notices;

    @Inject
    ContractRepository contracts;

    @Inject
    ApprovalCaseRepository cases;

    @Inject
    DeliverableRepository deliverables;

    @Inject
    CalendarService calendar;

    @Inject
    ContractQueries contractService;

    @Inject
    FileStorageService files;

    @Inject
    NotificationService notifications;

    @Inject
    EvaluationService evaluations;

    @Inject
    QualityRatingService ratings;

    @Inject
    AuditService audit;

    @Inject
    CreditService credit;

    @Inject
    Clock clock;

    /** Who the caller is for a notice's deliverable. */
    public enum Party {
        FIRM, OWNER, APPROVER
    }

    /**
     * What the caller sees: everything for the firm, the owner and the linked departments' staff (party set); the
     * public notice only for anyone else. Empty when the notice is unknown or a draft.
     */
    public Optional<View> view(long noticeId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<Notice> n = notices.find(noticeId).filter(x -> x.getStatus().isPublic());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<ContractVersion> contract = confirmedContract(noticeId);
        Set<Long> departments = departments(n.get());
        Party party = partyOf(me, n.get(), contract.map(ContractVersion::getWinnerFirmId).orElse(null), departments);
        if (party == null) {
            return Optional.of(new View(n.get(), null, null, null, List.of(), List.of(), false, DeliveryActions.NONE));
        }
        List<Deliverable> all = deliverables.ofNotice(noticeId);
        Instant due = contract.map(c -> dueAt(c, n.get())).orElse(null);
        return Optional.of(new View(n.get(), party, contract.map(ContractVersion::getWinnerFirmId).orElse(null), due,
                List.copyOf(departments), all, overdue(all, due, clock.instant()),
                DeliveryActions.of(party, all, me.organisationId())));
    }

    /**
     * Overdue: the first version was uploaded after the due time, or none is uploaded yet and the due time has passed.
     */
    public static boolean overdue(List<Deliverable> versions, Instant due, Instant now) {
        if (due == null) {
            return false;
        }
        return versions.isEmpty() ? now.isAfter(due) : versions.get(0).isLate();
    }

    /** The winning firm uploads a version: at least one file (PDF, JPEG or PNG) and a note. */
    public Deliverable submit(long noticeId, String note, List<Upload> uploads) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM); // role first: anyone else 403
        Notice n = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        ContractVersion contract = confirmedContract(noticeId)
                .orElseThrow(() -> new DomainException("deliverable.error.notContracted"));
        if (me.organisationId() != contract.getWinnerFirmId()) {
            throw new DomainException("notice.error.notFound"); // another firm's contract looks absent
        }
        List<Deliverable> before = deliverables.ofNotice(noticeId);
        if (!before.isEmpty()) {
            before.get(before.size() - 1).getStatus().resubmit();
        }
        NoticeStatus s = n.getStatus();
        boolean allowed = s == NoticeStatus.CONTRACTED || s == NoticeStatus.IN_SERVICE
                || s == NoticeStatus.DELIVERED && !before.isEmpty()
                && before.get(before.size() - 1).getStatus() == DeliverableStatus.RETURNED_BY_APPROVER;
        if (!allowed) {
            throw new DomainException("deliverable.error.notContracted");
        }
        Deliverable.checkNote(note);
        List<Upload> present = Upload.present(uploads);
        if (present.isEmpty()) {
            throw new DomainException("deliverable.error.fileRequired");
        }
        // a refused file (type, size) rolls the transaction back: no row and no file is kept
        List<FileRef> stored = files.storeAll(present, PURPOSE, me.organisationId());
        Instant now = clock.instant();
        Instant due = dueAt(contract, n);
        Deliverable d = new Deliverable(noticeId, before.size() + 1, contract.getWinnerFirmId(), note, stored, now,
                me.username(), due);
        deliverables.add(d);
        if (s == NoticeStatus.CONTRACTED) {
            n.inService(now);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("deliverable", String.valueOf(d.getId()));
        details.put("revision", String.valueOf(d.getRevision()));
        details.put("files", stored.stream().map(f -> f.getFileId() + ":" + f.getSha256()).toList().toString());
        String id = String.valueOf(noticeId);
        audit.record("DELIVERABLE_SUBMITTED", "Notice", id, details);
        if (d.isLate()) {
            audit.record("DELIVERABLE_LATE", "Notice", id, Map.of("deliverable", String.valueOf(d.getId()),
                    "dueAt", due.toString(), "submittedAt", now.toString()));
            credit.record(CreditFact.of(d.getWinnerFirmId(), CreditCode.DELIVERABLE_LATE, CreditSource.DELIVERABLE, d.getId(),
                    noticeId, now));
        }
        notifications.notifyOrganisation(n.getOwnerId(), "deliverable.notify.submitted", List.of(n.getTitle()), link(noticeId));
        return d;
    }

    /** The owner accepts the notice's latest version, awaiting it: the notice becomes DELIVERED (if it is not already). */
    public Deliverable accept(long noticeId) {
        return accept(noticeId, null);
    }

    /** The owner accepts the version {@code deliverableId} (the API names it): it must be the notice's latest. */
    public Deliverable acceptVersion(long deliverableId) {
        guard.requireLogin();
        return accept(noticeOfVersion(deliverableId), deliverableId);
    }

    private Deliverable accept(long noticeId, Long deliverableId) {
        ZjcsPrincipal me = guard.requireLogin();
        Locked l = owned(noticeId, deliverableId, me);
        Instant now = clock.instant();
        l.deliverable().accept(now, me.username());
        if (l.notice().getStatus() == NoticeStatus.IN_SERVICE) {
            l.notice().delivered(now);
        }
        audit.record("DELIVERABLE_ACCEPTED", "Notice", String.valueOf(l.notice().getId()),
                Map.of("deliverable", String.valueOf(l.deliverable().getId()), "revision", String.valueOf(l.deliverable().getRevision())));
        // credit: the owner's evaluation of the firm becomes due (once per notice)
        evaluations.expect(l.notice().getId(), l.notice().getTitle(), l.deliverable().getId(), l.notice().getOwnerId(),
                l.deliverable().getWinnerFirmId(), now);
        List<String> args = List.of(l.notice().getTitle());
        notifications.notifyOrganisation(l.deliverable().getWinnerFirmId(), "deliverable.notify.accepted", args,
                link(l.notice().getId()));
        for (long department : departments(l.notice())) {
            notifications.notifyOrganisation(department, "deliverable.notify.toCheck", args, link(l.notice().getId()));
        }
        return l.deliverable();
    }

    /** The owner returns the notice's latest version, awaiting it with a reason: the firm uploads a new version. */
    public Deliverable returnByOwner(long noticeId, String reason) {
        return returnByOwner(noticeId, null, reason);
    }

    /** The owner returns the version {@code deliverableId} (the API names it) with a reason: it must be the latest. */
    public Deliverable returnVersion(long deliverableId, String reason) {
        guard.requireLogin();
        return returnByOwner(noticeOfVersion(deliverableId), deliverableId, reason);
    }

    private Deliverable returnByOwner(long noticeId, Long deliverableId, String reason) {
        ZjcsPrincipal me = guard.requireLogin();
        Locked l = owned(noticeId, deliverableId, me);
        l.deliverable().returnByOwner(reason, clock.instant(), me.username());
        audit.record("DELIVERABLE_RETURNED", "Notice", String.valueOf(l.notice().getId()),
                Map.of("deliverable", String.valueOf(l.deliverable().getId()), "revision", String.valueOf(l.deliverable().getRevision())));
        notifications.notifyOrganisation(l.deliverable().getWinnerFirmId(), "deliverable.notify.returned",
                List.of(l.notice().getTitle()), link(l.notice().getId()));
        return l.deliverable();
    }

    /**
     * A staff member of a linked department passes the accepted version for the department; when every linked
     * department has passed it, the notice is COMPLETED.
     */
    public Deliverable passCheck(long noticeId) {
        return passCheck(noticeId, null);
    }

    /**
     * A staff member of a linked department checks the version {@code deliverableId} (the API names it; it must be the
     * notice's latest): passes it, or returns it with a reason.
     */
    public Deliverable checkVersion(long deliverableId, boolean pass, String reason) {
        guard.requireRole(Role.APPROVER);
        long noticeId = noticeOfVersion(deliverableId);
        return pass ? passCheck(noticeId, deliverableId) : returnCheck(noticeId, deliverableId, reason);
    }

    private Deliverable passCheck(long noticeId, Long deliverableId) {
        ZjcsPrincipal me = guard.requireRole(Role.APPROVER);
        Locked l = checking(noticeId, deliverableId, me);
        Instant now = clock.instant();
        boolean all = l.deliverable().passCheck(me.organisationId(), departments(l.notice()), now, me.username());
        String id = String.valueOf(l.notice().getId());
        audit.record("DELIVERABLE_CHECK_PASSED", "Notice", id, Map.of("deliverable", String.valueOf(l.deliverable().getId()),
                "department", String.valueOf(me.organisationId()), "completed", String.valueOf(all)));
        // credit: the department's staff rate the deliverable's quality (once per check)
        ratings.expectRating(l.notice().getId(), l.notice().getTitle(), l.deliverable().getId(), me.organisationId(),
                l.deliverable().getWinnerFirmId(), now);
        if (all) {
            l.notice().completed(now);
            List<String> args = List.of(l.notice().getTitle());
            notifications.notifyOrganisation(l.notice().getOwnerId(), "deliverable.notify.completed", args, link(l.notice().getId()));
            notifications.notifyOrganisation(l.deliverable().getWinnerFirmId(), "deliverable.notify.completed", args,
                    link(l.notice().getId()));
        }
        return l.deliverable();
    }

    /** A staff member of a linked department returns the accepted version with reasons: the firm uploads a new one. */
    public Deliverable returnCheck(long noticeId, String reason) {
        return returnCheck(noticeId, null, reason);
    }

    private Deliverable returnCheck(long noticeId, Long deliverableId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.APPROVER);
        Locked l = checking(noticeId, deliverableId, me);
        Instant now = clock.instant();
        l.deliverable().returnCheck(me.organisationId(), reason, now, me.username());
        audit.record("DELIVERABLE_CHECK_RETURNED", "Notice", String.valueOf(l.notice().getId()),
                Map.of("deliverable", String.valueOf(l.deliverable().getId()), "department", String.valueOf(me.organisationId())));
        credit.record(new CreditFact(l.deliverable().getWinnerFirmId(), CreditCode.DELIVERABLE_RETURNED_BY_APPROVAL,
                CreditSource.DELIVERABLE_CHECK, checkId(l.deliverable().getId(), me.organisationId()), l.notice().getId(), now));
        List<String> args = List.of(l.notice().getTitle());
        notifications.notifyOrganisation(l.deliverable().getWinnerFirmId(), "deliverable.notify.checkReturned", args,
                link(l.notice().getId()));
        notifications.notifyOrganisation(l.notice().getOwnerId(), "deliverable.notify.checkReturned", args,
                link(l.notice().getId()));
        return l.deliverable();
    }

    /** A stored file of a deliverable version, for the firm, the owner and the linked departments' staff only. */
    public Optional<StoredFile> fileFor(long storedFileId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<Deliverable> d = deliverables.ofFile(storedFileId);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Optional<Notice> n = notices.find(d.get().getNoticeId());
        if (n.isEmpty() || partyOf(me, n.get(), d.get().getWinnerFirmId(), departments(n.get())) == null) {
            return Optional.empty();
        }
        return files.find(storedFileId);
    }

    /** A deliverable version, for the firm, the owner and the linked departments' staff only (empty for anyone else). */
    public Optional<Deliverable> versionFor(long deliverableId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<Deliverable> d = deliverables.find(deliverableId);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Optional<Notice> n = notices.find(d.get().getNoticeId());
        return n.isPresent() && partyOf(me, n.get(), d.get().getWinnerFirmId(), departments(n.get())) != null
                ? d : Optional.empty();
    }

    /** Every version of a notice's deliverable, for the timeline (no access check: the timeline decides). */
    public List<Deliverable> versionsOf(long noticeId) {
        return deliverables.ofNotice(noticeId);
    }

    /**
     * The service time limit: {@code notice.service_days} working days after the contract's confirmation; once a
     * service-period extension is approved, the later of that and the end (23:59:59 Beijing time) of the extended
     * service end date.
     */
    public Instant dueAt(ContractVersion confirmed, Notice n) {
        Instant byDays = calendar.afterWorkingDays(confirmed.getAnsweredAt(), n.getServiceDays());
        return contractService.approvedServiceEnd(n.getId()).map(DeliveryService::endOf)
                .filter(end -> end.isAfter(byDays)).orElse(byDays);
    }

    /** The last second of a business date (23:59:59 Beijing time). */
    static Instant endOf(java.time.LocalDate date) {
        return date.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().minusSeconds(1);
    }

    /** The ids of the notices whose contract is confirmed and nothing delivered yet (CONTRACTED), for the reminders. */
    public List<Long> awaitingFirstVersion() {
        return contracts.noticesIn(NoticeStatus.CONTRACTED);
    }

    /** The due time of a CONTRACTED notice's first version with its winner, for the reminders; empty otherwise. */
    public Optional<Due> firstVersionDue(long noticeId) {
        Optional<Notice> n = notices.find(noticeId).filter(x -> x.getStatus() == NoticeStatus.CONTRACTED);
        if (n.isEmpty() || !deliverables.ofNotice(noticeId).isEmpty()) {
            return Optional.empty();
        }
        return confirmedContract(noticeId).map(c -> new Due(n.get(), c.getWinnerFirmId(), dueAt(c, n.get())));
    }

    /** A deliverable time limit: the notice, its winning firm, and when the first version is due. */
    public record Due(Notice notice, long winnerFirmId, Instant at) {
    }

    private long noticeOfVersion(long deliverableId) {
        return deliverables.find(deliverableId).map(Deliverable::getNoticeId)
                .orElseThrow(() -> new DomainException("deliverable.error.unknown"));
    }

    private Locked owned(long noticeId, Long deliverableId, ZjcsPrincipal me) {
        // role, then ownership, then the version and its state: a firm (the uploader too) or any other role gets 403,
        // another owner unit "not found" (before anything about the notice's versions is told)
        guard.requireRole(Role.OWNER);
        Notice notice = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        if (me.organisationId() != notice.getOwnerId()) {
            throw new DomainException("notice.error.notFound");
        }
        Locked l = lock(noticeId, deliverableId);
        if (l.deliverable().getStatus() != DeliverableStatus.SUBMITTED) {
            throw new DomainException("deliverable.error.notSubmitted");
        }
        return l;
    }

    private Locked checking(long noticeId, Long deliverableId, ZjcsPrincipal me) {
        guard.requireRole(Role.APPROVER);
        Notice notice = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        if (!departments(notice).contains(me.organisationId())) {
            throw new DomainException("notice.error.notFound"); // a department not linked to the notice: looks absent
        }
        Locked l = lock(noticeId, deliverableId);
        l.deliverable().getStatus().requireCheckable();
        return l;
    }

    /** Locks the notice, then its latest version (which must be {@code deliverableId} when that is given). */
    private Locked lock(long noticeId, Long deliverableId) {
        Notice n = notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
        List<Deliverable> all = deliverables.ofNotice(noticeId);
        if (all.isEmpty()) {
            throw new DomainException("deliverable.error.notFound");
        }
        if (deliverableId != null && deliverableId != all.get(all.size() - 1).getId().longValue()) {
            throw new DomainException("deliverable.error.notLatest");
        }
        Deliverable d = deliverables.lock(all.get(all.size() - 1).getId())
                .orElseThrow(() -> new DomainException("deliverable.error.notFound"));
        return new Locked(n, d);
    }

    private record Locked(Notice notice, Deliverable deliverable) {
    }

    private Optional<ContractVersion> confirmedContract(long noticeId) {
        return contracts.ofNotice(noticeId).stream().filter(c -> c.getStatus() == ContractStatus.CONFIRMED).findFirst();
    }

    /** The departments of the approval cases the notice links. */
    private Set<Long> departments(Notice n) {
        Set<Long> out = new LinkedHashSet<>();
        for (Long caseId : n.getCaseIds()) {
            cases.find(caseId).map(ApprovalCase::getDepartmentId).ifPresent(out::add);
        }
        return out;
    }

    private Party partyOf(ZjcsPrincipal me, Notice n, Long winnerFirmId, Set<Long> departments) {
        if (guard.hasRole(Role.OWNER) && me.organisationId() == n.getOwnerId()) {
            return Party.OWNER;
        }
        if (winnerFirmId != null && guard.hasRole(Role.FIRM)
                && me.organisationId() == winnerFirmId) {
            return Party.FIRM;
        }
        if (guard.hasRole(Role.APPROVER) && departments.contains(me.organisationId())) {
            return Party.APPROVER;
        }
        return null;
    }

    /**
     * The id of a department's check of a deliverable version, as credit events name it: a check is the row
     * (deliverable, department), so its id is {@code <deliverable id>-<department id>}.
     */
    public static String checkId(long deliverableId, long departmentId) {
        return deliverableId + "-" + departmentId;
    }

    public static String link(long noticeId) {
        return "/account/deliverables.xhtml?id=" + noticeId;
    }

    /** A caller's view of a notice's deliverable. */
    public record View(Notice notice, Party party, Long winnerFirmId, Instant dueAt, List<Long> departments,
                       List<Deliverable> versions, boolean overdue, DeliveryActions actions) {
    }
}
