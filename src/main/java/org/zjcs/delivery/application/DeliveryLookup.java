package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableRepository;
import org.zjcs.delivery.domain.DeliveryParty;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.ApprovalCaseRepository;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.time.BusinessTime;

/**
 * What every delivery use case starts from, read from the other contexts: the notice (locked when acting), its
 * confirmed contract and winner, the departments of its approval cases, the caller's party, the due time of the first
 * version ({@link #dueAt}); and the one place where a version id named by the API is resolved to its notice.
 */
@ApplicationScoped
@Transactional
public class DeliveryLookup {

    @Inject
    Guard guard;

    @Inject
    NoticeRepository notices;

    @Inject
    ApprovalCaseRepository cases;

    @Inject
    ContractRepository contracts;

    @Inject
    ContractQueries contractQueries;

    @Inject
    CalendarService calendar;

    @Inject
    DeliverableRepository deliverables;

    /** The notice, public or not (empty when unknown). */
    public Optional<Notice> anyNotice(long noticeId) {
        return notices.find(noticeId);
    }

    /** The notice when it is public (not a draft). */
    public Optional<Notice> publicNotice(long noticeId) {
        return notices.find(noticeId).filter(x -> x.getStatus().isPublic());
    }

    /** The public notice, locked for an action; refused as "not found" when unknown or a draft. */
    public Notice lockPublic(long noticeId) {
        return notices.lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
    }

    /** The notice of a deliverable version; an unknown version is refused ({@code deliverable.error.unknown}). */
    public long noticeOfVersion(long deliverableId) {
        return deliverables.find(deliverableId).map(Deliverable::getNoticeId)
                .orElseThrow(() -> new DomainException("deliverable.error.unknown"));
    }

    /** The notice's confirmed contract version, if any. */
    public Optional<ContractVersion> confirmedContract(long noticeId) {
        return contracts.of(noticeId).confirmed();
    }

    /** The departments of the approval cases the notice links, in the notice's order. */
    public Set<Long> departments(Notice n) {
        Set<Long> out = new LinkedHashSet<>();
        for (Long caseId : n.getCaseIds()) {
            cases.find(caseId).map(ApprovalCase::getDepartmentId).ifPresent(out::add);
        }
        return out;
    }

    /** The caller's party of the notice's deliverable: OWNER, FIRM (the winner), APPROVER (linked), or null. */
    public DeliveryParty partyOf(ZjcsPrincipal me, Notice n, Long winnerFirmId, Set<Long> departments) {
        if (guard.hasRole(Role.OWNER) && me.organisationId() == n.getOwnerId()) {
            return DeliveryParty.OWNER;
        }
        if (winnerFirmId != null && guard.hasRole(Role.FIRM) && me.organisationId() == winnerFirmId) {
            return DeliveryParty.FIRM;
        }
        if (guard.hasRole(Role.APPROVER) && departments.contains(me.organisationId())) {
            return DeliveryParty.APPROVER;
        }
        return null;
    }

    /** The caller's party of the notice's deliverable with {@code winnerFirmId} (null: not a party). */
    public DeliveryParty partyOf(ZjcsPrincipal me, Notice n, Long winnerFirmId) {
        return partyOf(me, n, winnerFirmId, departments(n));
    }

    /**
     * The service time limit: {@code notice.service_days} working days after the contract's confirmation; once a
     * service-period extension is approved, the later of that and the end (23:59:59 Beijing time) of the extended
     * service end date.
     */
    public Instant dueAt(ContractVersion confirmed, Notice n) {
        return dueAt(confirmed.getAnsweredAt(), n.getServiceDays(), contractQueries.approvedServiceEnd(n.getId()).orElse(null));
    }

    /**
     * {@link #dueAt(ContractVersion, Notice)} from what it needs, read for many notices at once (the reminders, the
     * work list): the contract's confirmation, the notice's service days, the latest approved extension's end (or null).
     */
    public Instant dueAt(Instant confirmedAt, int serviceDays, LocalDate approvedEnd) {
        Instant byDays = calendar.afterWorkingDays(confirmedAt, serviceDays);
        if (approvedEnd == null) {
            return byDays;
        }
        Instant end = endOf(approvedEnd);
        return end.isAfter(byDays) ? end : byDays;
    }

    /** The last second of a business date (23:59:59 Beijing time). */
    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().minusSeconds(1);
    }
}
