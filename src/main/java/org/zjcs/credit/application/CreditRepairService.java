package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.credit.domain.CreditListRepository;
import org.zjcs.credit.domain.CreditRepair;
import org.zjcs.credit.domain.RepairStatus;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.time.BusinessTime;

/**
 * Credit repair (信用修复): a firm applies for repair of its own current black entry with a reason and evidence, a
 * regulator approves it (the entry ends early, 修复移出) or refuses it. The rules of applying and deciding are
 * {@link CreditRepair}'s and {@link CreditListEntry}'s.
 */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class CreditRepairService {

    /** Setting: calendar days from a black entry's start before its firm may apply for credit repair. */
    public static final String REPAIR_MIN_DAYS = "credit.repair.min-days";
    public static final int DEFAULT_REPAIR_MIN_DAYS = 90;

    @Inject
    Guard guard;

    @Inject
    CreditListRepository repository;

    @Inject
    CreditEvidence evidence;

    @Inject
    CreditParties parties;

    @Inject
    NotificationService notifications;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** The minimum number of calendar days from a black entry's start before its firm may apply. */
    public int repairMinDays() {
        return settings.intValue(REPAIR_MIN_DAYS, DEFAULT_REPAIR_MIN_DAYS);
    }

    /**
     * The firm applies for credit repair of its current black entry, at least the minimum period after the start, with a
     * reason and 1 to 5 evidence files; one open application per entry. Regulators are told.
     */
    public CreditRepair applyForRepair(long entryId, String reason, List<Upload> files) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        CreditListEntry e = repository.lockEntry(entryId).orElseThrow(() -> new DomainException("credit.list.error.notFound"));
        Instant now = clock.instant();
        CreditRepair r = CreditRepair.applyFor(e, repository.repairsOfEntry(entryId), me.organisationId(), today(),
                repairMinDays(), reason, now, me.username());
        List<Upload> present = CreditEvidence.present(files);
        repository.add(r);
        evidence.store(present, r::addEvidence, me);
        repository.flush();
        audit.record("CREDIT_REPAIR_APPLIED", "CreditRepair", String.valueOf(r.getId()),
                Map.of("entry", String.valueOf(entryId), "firm", String.valueOf(e.getFirmId()), "reason", r.getReason(),
                        "evidence", CreditEvidence.audited(r.getEvidence())));
        String firmName = parties.nameOf(e.getFirmId());
        for (Organisation regulator : parties.regulators()) {
            notifications.notifyOrganisation(regulator.getId(), "credit.notify.repairApplied", List.of(firmName),
                    "/regulator/credit-repairs.xhtml");
        }
        return r;
    }

    /** A regulator approves a pending application: the black entry ends early today (修复移出). */
    public CreditRepair approveRepair(long repairId, String note) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        CreditRepair r = repository.lockRepair(repairId).orElseThrow(() -> new DomainException("credit.repair.error.notFound"));
        CreditListEntry e = repository.lockEntry(r.getEntryId()).orElseThrow();
        Instant now = clock.instant();
        r.approve(now, me.username(), note);
        e.endByRepair(r.getId(), today(), now, me.username(), r.getReason());
        repository.flush();
        audit.record("CREDIT_REPAIR_APPROVED", "CreditRepair", String.valueOf(r.getId()),
                Map.of("entry", String.valueOf(e.getId()), "firm", String.valueOf(r.getFirmId()),
                        "note", r.getDecisionReason() == null ? "" : r.getDecisionReason()));
        audit.record("CREDIT_LIST_ENDED", "CreditListEntry", String.valueOf(e.getId()),
                Map.of("firm", String.valueOf(e.getFirmId()), "kind", e.getKind().name(), "endedOn", e.getEndedOn().toString(),
                        "repair", String.valueOf(r.getId())));
        notifications.notifyOrganisation(r.getFirmId(), "credit.notify.repairApproved", List.of(e.getReason()),
                CreditListService.FIRM_PAGE);
        return r;
    }

    /** A regulator refuses a pending application with a reason; the entry stays. */
    public CreditRepair refuseRepair(long repairId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        CreditRepair r = repository.lockRepair(repairId).orElseThrow(() -> new DomainException("credit.repair.error.notFound"));
        r.refuse(clock.instant(), me.username(), reason);
        repository.flush();
        audit.record("CREDIT_REPAIR_REFUSED", "CreditRepair", String.valueOf(r.getId()),
                Map.of("entry", String.valueOf(r.getEntryId()), "firm", String.valueOf(r.getFirmId()),
                        "reason", r.getDecisionReason()));
        notifications.notifyOrganisation(r.getFirmId(), "credit.notify.repairRefused", List.of(r.getDecisionReason()),
                CreditListService.FIRM_PAGE);
        return r;
    }

    public Optional<CreditRepair> repair(long id) {
        return repository.repair(id);
    }

    /** The applications waiting for a regulator, oldest first. */
    public List<CreditRepair> pendingRepairs() {
        guard.requireRole(Role.REGULATOR);
        return repository.repairs(RepairStatus.PENDING);
    }

    /** The latest applications, whatever their status (regulators). */
    public List<CreditRepair> repairs() {
        guard.requireRole(Role.REGULATOR);
        return repository.repairs();
    }

    /** A firm's applications: to regulators and to the firm itself. */
    public List<CreditRepair> repairsOf(long firmId) {
        parties.requireRegulatorOrFirm(firmId);
        return repository.repairsOf(firmId);
    }

    private LocalDate today() {
        return BusinessTime.dateOf(clock.instant());
    }
}
