package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditFinding;
import org.zjcs.credit.domain.CreditListRepository;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.storage.Upload;

/** Regulators' findings of false materials (提供虚假材料): each with a reason and evidence, and a FALSE_MATERIALS event. */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class CreditFindingService {

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

    /** A regulator records a finding of false materials with a reason and 1 to 5 evidence files: a FALSE_MATERIALS event. */
    public CreditFinding findFalseMaterials(long firmId, String reason, List<Upload> files) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Instant now = clock.instant();
        CreditFinding f = CreditFinding.of(firmId, reason, now, me.username());
        parties.requireFirm(firmId);
        List<Upload> present = CreditEvidence.present(files);
        repository.add(f);
        evidence.store(present, f::addEvidence, me);
        repository.flush();
        audit.record("CREDIT_FALSE_MATERIALS_FOUND", "CreditFinding", String.valueOf(f.getId()),
                Map.of("firm", String.valueOf(firmId), "reason", f.getReason(),
                        "evidence", CreditEvidence.audited(f.getEvidence())));
        credit.record(CreditFact.of(FirmId.of(firmId), CreditCode.FALSE_MATERIALS, CreditSource.REGULATOR_FINDING, f.getId(), null, now));
        notifications.notifyOrganisation(firmId, "credit.notify.finding", List.of(f.getReason()), CreditListService.FIRM_PAGE);
        return f;
    }

    /** A firm's findings: to regulators and to the firm itself. */
    public List<CreditFinding> findingsOf(long firmId) {
        parties.requireRegulatorOrFirm(firmId);
        return repository.findingsOf(firmId);
    }
}
