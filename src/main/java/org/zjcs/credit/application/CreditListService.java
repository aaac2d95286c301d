package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditFinding;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.credit.domain.CreditRepair;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.credit.domain.ListKind;
import org.zjcs.credit.domain.RepairStatus;
import org.zjcs.credit.infrastructure.CreditListRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.shared.storage.FileRef;

/**
 * The red and black lists (红黑名单), credit repair (信用修复) and regulators' findings of false materials. Regulators list
 * firms and end entries early; firms apply for repair of their own black entries; other contexts ask
 * {@link #blackListedOn} (eligibility). Every change is audited and the firm is told in its inbox.
 */
@ApplicationScoped
@Transactional
public class CreditListService {

    @Inject
    Guard guard;

    /** Setting: calendar days from a black entry's start before its firm may apply for credit repair. */
    public static final String REPAIR_MIN_DAYS = "credit.repair.min-days";
    public static final int DEFAULT_REPAIR_MIN_DAYS = 90;
    static final String PURPOSE = "CREDIT_EVIDENCE";

    /** At most this many evidence files per list entry, repair application or finding. */
    public static final int MAX_EVIDENCE_FILES = 5;

    static final String FIRM_PAGE = "/firm/credit.xhtml";

    @Inject
    CreditListRepository repository;

    @Inject
    CreditService credit;

    @Inject
    FileStorageService files;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /** Today in Beijing: the day entries are current or not. */
    public LocalDate today() {
        return BusinessTime.dateOf(clock.instant());
    }

    public int repairMinDays() {
        return settings.intValue(REPAIR_MIN_DAYS, DEFAULT_REPAIR_MIN_DAYS);
    }

    // ---- the lists ----

    /**
     * A regulator puts a firm on a list with a reason, a legal basis, 1 to 5 evidence files and the start and end dates;
     * a red entry records the RED_LISTED credit event. Refused, storing nothing, on any bad input.
     */
    public CreditListEntry list(long firmId, ListKind kind, String reason, String legalBasis, LocalDate start,
                                LocalDate end, List<Upload> evidence) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Instant now = clock.instant();
        CreditListEntry e = CreditListEntry.create(firmId, kind, reason, legalBasis, start, end, now, me.username());
        Organisation firm = firm(firmId);
        List<Upload> present = present(evidence);
        repository.add(e);
        store(present, e::addEvidence, me);
        repository.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firm", String.valueOf(firmId));
        details.put("kind", kind.name());
        details.put("reason", e.getReason());
        details.put("legalBasis", e.getLegalBasis());
        details.put("start", start.toString());
        details.put("end", end.toString());
        details.put("evidence", e.getEvidence().stream().map(f -> f.getFileId() + ":" + f.getSha256()).toList().toString());
        audit.record("CREDIT_LISTED", "CreditListEntry", String.valueOf(e.getId()), details);
        if (kind == ListKind.RED) {
            credit.record(CreditFact.of(firmId, CreditCode.RED_LISTED, CreditSource.LIST_ENTRY, e.getId(), null, now));
        }
        notifications.notifyOrganisation(firmId, "credit.notify.listed." + kind.name(),
                List.of(start.toString(), end.toString(), e.getReason()), FIRM_PAGE);
        return e;
    }

    /** A regulator ends a current (or not yet started) entry early with a reason: it is not current from today on. */
    public CreditListEntry endEarly(long entryId, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        CreditListEntry e = repository.lockEntry(entryId).orElseThrow(() -> new DomainException("credit.list.error.notFound"));
        e.endEarly(today(), clock.instant(), me.username(), reason);
        repository.flush();
        audit.record("CREDIT_LIST_ENDED", "CreditListEntry", String.valueOf(e.getId()),
                Map.of("firm", String.valueOf(e.getFirmId()), "kind", e.getKind().name(), "endedOn", e.getEndedOn().toString(),
                        "reason", e.getEndReason()));
        notifications.notifyOrganisation(e.getFirmId(), "credit.notify.ended." + e.getKind().name(),
                List.of(e.getReason(), e.getEndReason()), FIRM_PAGE);
        return e;
    }

    /** The firm's black entry current on {@code day} with the latest end date; empty when it is not black-listed. */
    public Optional<CreditListEntry> blackListingOn(long firmId, LocalDate day) {
        return repository.blackOn(firmId, day).stream().findFirst();
    }

    /** For several firms at once (one query): the end date of each listed firm's black entry current on {@code day}. */
    public java.util.Map<Long, LocalDate> blackListedUntil(java.util.Collection<Long> firmIds, LocalDate day) {
        java.util.Map<Long, LocalDate> out = new java.util.HashMap<>();
        repository.blackOnAny(firmIds, day).forEach(e -> out.putIfAbsent(e.getFirmId(), e.getEndDate()));
        return out;
    }

    /** Whether the firm is on the black list on {@code day} (a Beijing date). */
    public boolean blackListedOn(long firmId, LocalDate day) {
        return blackListingOn(firmId, day).isPresent();
    }

    public Optional<CreditListEntry> entry(long id) {
        return repository.entry(id);
    }

    /** A firm's entries, newest start first (public: the lists are public; the evidence is shown only to the allowed). */
    public List<CreditListEntry> entriesOf(long firmId) {
        return repository.entriesOf(firmId);
    }

    /** Every entry of one list, newest start first (public). */
    public List<CreditListEntry> entries(ListKind kind) {
        return repository.entries(kind);
    }

    /** The newest {@code max} entries of one list, newest start first (public: the 信用公示 page). */
    public List<CreditListEntry> latestEntries(ListKind kind, int max) {
        return repository.latest(kind, max);
    }

    /** A page of every entry, newest first (regulators). */
    public List<CreditListEntry> entries(int first, int size) {
        guard.requireRole(Role.REGULATOR);
        return repository.entries(first, size);
    }

    public long countEntries() {
        guard.requireRole(Role.REGULATOR);
        return repository.countEntries();
    }

    // ---- credit repair ----

    /**
     * The firm applies for credit repair of its current black entry, at least the minimum period after the start, with a
     * reason and 1 to 5 evidence files; one open application per entry. Regulators are told.
     */
    public CreditRepair applyForRepair(long entryId, String reason, List<Upload> evidence) {
        ZjcsPrincipal me = guard.requireRole(Role.FIRM);
        CreditListEntry e = repository.lockEntry(entryId).orElseThrow(() -> new DomainException("credit.list.error.notFound"));
        e.checkRepairable(me.organisationId(), today(), repairMinDays());
        if (repository.repairsOfEntry(entryId).stream().anyMatch(r -> r.getStatus() == RepairStatus.PENDING)) {
            throw new DomainException("credit.repair.error.open");
        }
        Instant now = clock.instant();
        CreditRepair r = CreditRepair.apply(e, reason, now, me.username());
        List<Upload> present = present(evidence);
        repository.add(r);
        store(present, r::addEvidence, me);
        repository.flush();
        audit.record("CREDIT_REPAIR_APPLIED", "CreditRepair", String.valueOf(r.getId()),
                Map.of("entry", String.valueOf(entryId), "firm", String.valueOf(e.getFirmId()), "reason", r.getReason(),
                        "evidence", r.getEvidence().stream().map(f -> f.getFileId() + ":" + f.getSha256()).toList().toString()));
        String firmName = accounts.organisation(e.getFirmId()).getName();
        for (Organisation regulator : accounts.activeOrganisations(OrganisationKind.REGULATOR)) {
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
        notifications.notifyOrganisation(r.getFirmId(), "credit.notify.repairApproved", List.of(e.getReason()), FIRM_PAGE);
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
                FIRM_PAGE);
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
        requireRegulatorOrFirm(firmId);
        return repository.repairsOf(firmId);
    }

    // ---- findings ----

    /** A regulator records a finding of false materials with a reason and 1 to 5 evidence files: a FALSE_MATERIALS event. */
    public CreditFinding findFalseMaterials(long firmId, String reason, List<Upload> evidence) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Instant now = clock.instant();
        CreditFinding f = CreditFinding.of(firmId, reason, now, me.username());
        firm(firmId);
        List<Upload> present = present(evidence);
        repository.add(f);
        store(present, f::addEvidence, me);
        repository.flush();
        audit.record("CREDIT_FALSE_MATERIALS_FOUND", "CreditFinding", String.valueOf(f.getId()),
                Map.of("firm", String.valueOf(firmId), "reason", f.getReason(),
                        "evidence", f.getEvidence().stream().map(x -> x.getFileId() + ":" + x.getSha256()).toList().toString()));
        credit.record(CreditFact.of(firmId, CreditCode.FALSE_MATERIALS, CreditSource.REGULATOR_FINDING, f.getId(), null, now));
        notifications.notifyOrganisation(firmId, "credit.notify.finding", List.of(f.getReason()), FIRM_PAGE);
        return f;
    }

    /** A firm's findings: to regulators and to the firm itself. */
    public List<CreditFinding> findingsOf(long firmId) {
        requireRegulatorOrFirm(firmId);
        return repository.findingsOf(firmId);
    }

    // ---- firms and files ----

    /** Every firm organisation by name (the list form's choice). */
    public List<Organisation> firms() {
        guard.requireRole(Role.REGULATOR);
        return repository.firms();
    }

    /** Whether the organisation exists and is a firm. */
    public boolean isFirm(long id) {
        try {
            return accounts.organisation(id).getKind() == OrganisationKind.FIRM;
        } catch (DomainException e) {
            return false;
        }
    }

    /** An evidence file for a regulator or the firm it concerns; empty for anyone else (and for unknown ids). */
    public Optional<StoredFile> fileFor(long storedFileId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<Long> firm = repository.firmOfEvidence(storedFileId);
        if (firm.isEmpty() || !(guard.hasRole(Role.REGULATOR) || guard.hasRole(Role.FIRM) && me.organisationId() == firm.get())) {
            return Optional.empty();
        }
        return files.find(storedFileId);
    }

    /** Whether the caller may see the firm's evidence, repairs and findings: a regulator, or the firm itself. */
    public boolean maySeeFile(long firmId) {
        return guard.hasRole(Role.REGULATOR) || guard.hasRole(Role.FIRM)
                && guard.principal().map(p -> p.organisationId() == firmId).orElse(false);
    }

    private void requireRegulatorOrFirm(long firmId) {
        guard.requireLogin();
        if (!maySeeFile(firmId)) {
            throw new DomainException("security.error.forbidden");
        }
    }

    private Organisation firm(long firmId) {
        if (!isFirm(firmId)) {
            throw new DomainException("credit.list.error.notFirm");
        }
        return accounts.organisation(firmId);
    }

    /** The uploads given, 1 to {@value #MAX_EVIDENCE_FILES}; refused otherwise before anything is stored. */
    private static List<Upload> present(List<Upload> uploads) {
        List<Upload> present = Upload.present(uploads);
        if (present.isEmpty() || present.size() > MAX_EVIDENCE_FILES) {
            throw new DomainException("credit.evidence.error.count", MAX_EVIDENCE_FILES);
        }
        return present;
    }

    /** Stores each file (a refused type or size rolls everything back: no row and no file is kept). */
    private void store(List<Upload> uploads, Consumer<FileRef> to, ZjcsPrincipal me) {
        files.storeAll(uploads, PURPOSE, me.organisationId()).forEach(to);
    }
}
