package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.time.BusinessTime;
import org.zjcs.supervision.domain.RiskWarning;
import org.zjcs.supervision.domain.RiskWarningRepository;
import org.zjcs.supervision.domain.risk.CeilingRule;
import org.zjcs.supervision.domain.risk.CohortRule;
import org.zjcs.supervision.domain.risk.DirectPickRule;
import org.zjcs.supervision.domain.risk.Finding;
import org.zjcs.supervision.domain.risk.LateCancelRule;
import org.zjcs.supervision.domain.risk.RiskThresholds;
import org.zjcs.supervision.domain.risk.WinShareRule;

/**
 * The risk scan: reads the facts of the window ({@code risk.window-days} back from now) with {@link RiskFactQueries},
 * applies the five rules with the thresholds as set now, and stores what they found: a new OPEN warning, or — when the
 * same rule and subject is open already — its evidence refreshed; a finding a regulator checked already with the same
 * facts (the rows of its evidence) is not raised again. Runs daily (claimed once per Beijing day in
 * {@code risk_scan_run}, so one server of several scans) and on demand by a regulator. Scans are serialised by a row
 * lock (the {@code risk.window-days} setting row), so two never raise the same warning twice. One transaction: a scan
 * that fails stores nothing. Audited: {@code RISK_WARNING_RAISED} per new warning and {@code RISK_SCAN} with the counts (a daily scan that raised
 * nothing writes no entry).
 */
@ApplicationScoped
public class RiskScan {

    static final String OBJECT_TYPE = "RiskWarning";

    @Inject
    RiskFactQueries facts;

    @Inject
    RiskSettings settings;

    @Inject
    RiskWarningRepository warnings;

    @Inject
    AuditService audit;

    @Inject
    Guard guard;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** What one scan did. */
    public record Result(int found, int raised, int refreshed) {
    }

    /** A regulator scans now ("立即扫描"). */
    @Transactional
    public Result scanNow() {
        guard.requireRole(Role.REGULATOR);
        return run(false);
    }

    /** The daily scan: runs if no server has scanned today (Beijing date) yet; empty when one has. */
    @Transactional
    public Optional<Result> daily() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
        int claimed = em.createNativeQuery("INSERT IGNORE INTO risk_scan_run (scan_day, started_at, started_by) "
                        + "VALUES (?, ?, ?)").setParameter(1, today.toString())
                .setParameter(2, RiskFactQueries.utc(now)).setParameter(3, CurrentActor.SYSTEM).executeUpdate();
        return claimed == 1 ? Optional.of(run(true)) : Optional.empty();
    }

    private Result run(boolean daily) {
        em.createNativeQuery("SELECT setting_key FROM setting WHERE setting_key = ? FOR UPDATE")
                .setParameter(1, RiskSettings.WINDOW_DAYS).getResultList();
        Instant to = clock.instant();
        Instant from = to.minus(settings.windowDays(), ChronoUnit.DAYS);
        List<Finding> found = findings(settings.thresholds(), from, to);
        int raised = 0;
        int refreshed = 0;
        for (Finding f : found) {
            String json = EvidenceJson.write(f.evidence());
            Optional<RiskWarning> open = warnings.openByKey(f.openKey());
            if (open.isEmpty() && alreadyChecked(f)) {
                continue;
            }
            if (open.isPresent()) {
                open.get().refresh(f, json, from, to, to);
                refreshed++;
            } else {
                RiskWarning w = new RiskWarning(f, json, from, to, to);
                warnings.add(w);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("rule", f.rule().name());
                details.put("subject", f.subjectKind().name() + ":" + f.subjectKey());
                audit.record("RISK_WARNING_RAISED", OBJECT_TYPE, String.valueOf(w.getId()), details);
                raised++;
            }
        }
        if (daily && raised == 0) {
            return new Result(found.size(), raised, refreshed); // a daily scan that raised nothing leaves no trace
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.toString());
        details.put("to", to.toString());
        details.put("found", String.valueOf(found.size()));
        details.put("raised", String.valueOf(raised));
        details.put("refreshed", String.valueOf(refreshed));
        audit.record("RISK_SCAN", OBJECT_TYPE, "-", details);
        return new Result(found.size(), raised, refreshed);
    }

    /**
     * Whether a regulator checked this rule and subject already and nothing has changed since: the facts of the
     * evidence table (its rows) are those it checked. New facts (another notice, another price) raise it anew.
     */
    private boolean alreadyChecked(Finding f) {
        return warnings.latestChecked(f.rule(), f.subjectKind(), f.subjectKey())
                .map(w -> EvidenceJson.read(w.getEvidence()).rows().equals(f.evidence().rows())).orElse(false);
    }

    /** Every rule over the window's facts. */
    List<Finding> findings(RiskThresholds t, Instant from, Instant to) {
        List<Finding> found = new ArrayList<>();
        found.addAll(new WinShareRule(t.winSharePercent(), t.winShareMinNotices()).apply(facts.awards(from, to)));
        found.addAll(new DirectPickRule(t.directPickCount(), t.directPickPercent()).apply(facts.published(from, to)));
        found.addAll(new CohortRule(t.cohortMinNotices(), t.cohortPercent()).apply(facts.enrolments(from, to)));
        found.addAll(new CeilingRule(t.ceilingBandPercent(), t.ceilingSharePercent(), t.ceilingMinBids())
                .apply(facts.bids(from, to)));
        found.addAll(new LateCancelRule(t.cancelCount()).apply(facts.cancellations(from, to)));
        return found;
    }
}
