package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.credit.domain.CreditListRepository;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.credit.domain.ListKind;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.time.BusinessTime;

/**
 * The red and black lists (红黑名单). Regulators list firms and end entries early; other contexts ask
 * {@link #blackListedOn} (eligibility); the lists are public. Every change is audited and the firm is told in its
 * inbox. Credit repair is {@link CreditRepairService}'s, findings of false materials {@link CreditFindingService}'s.
 */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class CreditListService {

    static final String FIRM_PAGE = "/firm/credit.xhtml";

    @Inject
    Guard guard;

    @Inject
    CreditListRepository repository;

    @Inject
    CreditService credit;

    @Inject
    CreditEvidence evidence;

    @Inject
    CreditParties parties;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Today in Beijing: the day entries are current or not. */
    public LocalDate today() {
        return BusinessTime.dateOf(clock.instant());
    }

    /**
     * A regulator puts a firm on a list with a reason, a legal basis, 1 to 5 evidence files and the start and end dates;
     * a red entry records the RED_LISTED credit event. Refused, storing nothing, on any bad input.
     */
    public CreditListEntry list(long firmId, ListKind kind, String reason, String legalBasis, LocalDate start,
                                LocalDate end, List<Upload> files) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Instant now = clock.instant();
        CreditListEntry e = CreditListEntry.create(firmId, kind, reason, legalBasis, start, end, now, me.username());
        parties.requireFirm(firmId);
        List<Upload> present = CreditEvidence.present(files);
        repository.add(e);
        evidence.store(present, e::addEvidence, me);
        repository.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firm", String.valueOf(firmId));
        details.put("kind", kind.name());
        details.put("reason", e.getReason());
        details.put("legalBasis", e.getLegalBasis());
        details.put("start", start.toString());
        details.put("end", end.toString());
        details.put("evidence", CreditEvidence.audited(e.getEvidence()));
        audit.record("CREDIT_LISTED", "CreditListEntry", String.valueOf(e.getId()), details);
        if (kind == ListKind.RED) {
            credit.record(CreditFact.of(FirmId.of(firmId), CreditCode.RED_LISTED, CreditSource.LIST_ENTRY, e.getId(), null, now));
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
    public Map<Long, LocalDate> blackListedUntil(Collection<Long> firmIds, LocalDate day) {
        Map<Long, LocalDate> out = new HashMap<>();
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
}
