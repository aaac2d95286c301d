package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditEvent;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.credit.domain.CreditRepository;
import org.zjcs.credit.domain.CreditRepository.Totals;
import org.zjcs.credit.domain.CreditRuleVersion;
import org.zjcs.credit.domain.CreditSource;
import org.zjcs.credit.domain.CreditStanding;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.settings.SettingsService;

/**
 * The credit score (信用分) of every firm, in one place. The contexts that own the facts (selection, contract, delivery,
 * evaluations, the lists) tell them here with {@link #record}; each fact becomes one immutable credit event with the
 * points of the rule version in force, and counts once however often it is told. The score is the starting score
 * (setting {@value #START}) plus the points of every event; the level follows from the score and the level settings.
 * The per-firm sums kept beside the events are a cache that {@link #recompute} checks against the events. The rule
 * table itself is {@link CreditRuleTable}'s.
 */
@RetryOnConflict
@ApplicationScoped
@Transactional
public class CreditService {

    @Inject
    Guard guard;

    public static final String START = "credit.score.start";
    public static final String LEVEL_A = "credit.level.a";
    public static final String LEVEL_B = "credit.level.b";
    public static final String LEVEL_C = "credit.level.c";
    static final String SYSTEM = "system";
    /** Refusal for an id that is no firm (404 over REST). */
    public static final String NO_FIRM = "credit.error.noFirm";

    private static final Logger LOG = Logger.getLogger(CreditService.class.getName());

    @Inject
    CreditRepository repository;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    CreditParties parties;

    /**
     * Records a fact as a credit event under the rule version in force now, and adds its points to the firm's score.
     * Empty when the same fact (firm, code, source) was recorded before: nothing changes then.
     */
    public Optional<CreditEvent> record(CreditFact fact) {
        if (repository.fact(fact.firmId(), fact.code(), fact.source(), fact.sourceId()).isPresent()) {
            LOG.fine(() -> "Credit fact already recorded: " + fact);
            return Optional.empty();
        }
        Instant now = clock.instant();
        CreditRuleVersion rules = repository.inForce(now)
                .orElseThrow(() -> new IllegalStateException("No credit rule version in force at " + now));
        CreditEvent e = new CreditEvent(fact, rules, now, actor());
        repository.add(e);
        repository.addToTotals(e.getFirmId(), e.getPoints(), now);
        audited(e);
        return Optional.of(e);
    }

    /**
     * Cancels an earlier event (an upheld appeal, a revised evaluation) with a {@link CreditCode#REVERSAL} of the
     * opposite points, named by its own source (e.g. the appeal). Empty when that source reversed it already.
     */
    public Optional<CreditEvent> reverse(long eventId, CreditSource source, String sourceId) {
        CreditEvent original = repository.find(eventId)
                .orElseThrow(() -> new IllegalArgumentException("No credit event " + eventId));
        if (repository.fact(original.getFirmId(), CreditCode.REVERSAL, source, sourceId).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        CreditEvent r = CreditEvent.reversalOf(original, source, sourceId, now, actor());
        repository.add(r);
        repository.addToTotals(r.getFirmId(), r.getPoints(), now);
        audited(r);
        return Optional.of(r);
    }

    private void audited(CreditEvent e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("event", String.valueOf(e.getId()));
        details.put("code", e.getCode().name());
        details.put("points", String.valueOf(e.getPoints()));
        details.put("ruleVersion", String.valueOf(e.getRuleVersionId()));
        details.put("source", e.getSource().name() + " " + e.getSourceId());
        if (e.getReversesEventId() != null) {
            details.put("reverses", String.valueOf(e.getReversesEventId()));
        }
        audit.recordAs(e.getRecordedBy(), "CREDIT_EVENT_RECORDED", "Organisation", String.valueOf(e.getFirmId()), details);
    }

    private String actor() {
        return guard.principal().map(ZjcsPrincipal::username).orElse(SYSTEM);
    }

    // ---- reading (public: the score and the events are public) ----

    /** A firm's score and level (the starting score and level A… when it has no events). */
    public CreditStanding standing(long firmId) {
        return standings(List.of(firmId)).get(firmId);
    }

    /** The standings of several firms at once (lists, the selection). */
    public Map<Long, CreditStanding> standings(Collection<Long> firmIds) {
        Map<Long, Totals> totals = repository.totals(firmIds);
        Map<Long, CreditStanding> out = new LinkedHashMap<>();
        for (long id : firmIds) {
            out.put(id, standingOf(id, totals.getOrDefault(id, Totals.NONE)));
        }
        return out;
    }

    private CreditStanding standingOf(long firmId, Totals t) {
        return CreditStanding.of(firmId, settings.intValue(START, 100), t.pointsTotal(), t.events(),
                settings.intValue(LEVEL_A, 90), settings.intValue(LEVEL_B, 75), settings.intValue(LEVEL_C, 60));
    }

    /** A credit setting (the start score, a level threshold) as in force, for the pages that explain the score. */
    public int setting(String key, int fallback) {
        return settings.intValue(key, fallback);
    }

    /** Every event of a firm, oldest first. */
    public List<CreditEvent> events(long firmId) {
        return repository.ofFirm(firmId);
    }

    /** The events recorded from one source object, oldest first (e.g. to find the event an appeal reverses). */
    public List<CreditEvent> eventsOf(CreditSource source, String sourceId) {
        return repository.ofSource(source, sourceId);
    }

    /**
     * Recomputes every firm's sum of points from its events and compares it with the kept one: the firms whose kept
     * sum or count differs, with both (empty when all agree).
     */
    public List<Discrepancy> recompute() {
        Map<Long, Totals> kept = repository.allTotals();
        Map<Long, Totals> computed = repository.totalsFromEvents();
        TreeSet<Long> firms = new TreeSet<>(kept.keySet());
        firms.addAll(computed.keySet());
        List<Discrepancy> out = new ArrayList<>();
        for (long firm : firms) {
            Totals k = kept.getOrDefault(firm, Totals.NONE);
            Totals c = computed.getOrDefault(firm, Totals.NONE);
            if (!k.equals(c)) {
                out.add(new Discrepancy(firm, k.pointsTotal(), k.events(), c.pointsTotal(), c.events()));
            }
        }
        return out;
    }

    /** A firm whose kept sum differs from its events. */
    public record Discrepancy(long firmId, int keptPoints, int keptEvents, int eventPoints, int eventCount) {
    }

    /** {@link #recompute} for regulators and operators (the check published over REST). */
    public List<Discrepancy> checkCache() {
        guard.requireAnyRole(Role.REGULATOR, Role.OPERATOR);
        return recompute();
    }

    /** The standing of a firm that exists (the public credit of one firm); refused for an unknown firm. */
    public CreditStanding firmStanding(long firmId) {
        if (!parties.isFirm(firmId)) {
            throw new DomainException(NO_FIRM, firmId);
        }
        return standing(firmId);
    }
}
