package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditRepository;
import org.zjcs.credit.domain.CreditRuleVersion;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * The versioned credit rule table (docs/credit.md): public to read; a regulator publishes a new version, effective now
 * or later, and a published version is never changed in place.
 */
@ApplicationScoped
@Transactional
public class CreditRuleTable {

    /** Refusal of a change in place of a published rule version (answered 409 over REST). */
    public static final String IMMUTABLE = "credit.rules.error.immutable";
    /** Refusal for an unknown rule version number (404 over REST). */
    public static final String NO_VERSION = "credit.rules.error.noVersion";

    @Inject
    Guard guard;

    @Inject
    CreditRepository repository;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Every version of the rule table, newest first. */
    public List<CreditRuleVersion> ruleVersions() {
        return repository.versions();
    }

    /** A version of the rule table by its number; refused when there is none. */
    public CreditRuleVersion ruleVersion(int versionNo) {
        return repository.versions().stream().filter(v -> v.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new DomainException(NO_VERSION, versionNo));
    }

    /**
     * A change of a published version in place: always refused (a regulator publishes a new version instead), and
     * nothing changes. Refused as {@link #NO_VERSION} when the version does not exist.
     */
    public void amendRules(int versionNo) {
        guard.requireRole(Role.REGULATOR);
        ruleVersion(versionNo);
        throw new DomainException(IMMUTABLE, versionNo);
    }

    /** The version in force now. */
    public CreditRuleVersion rulesInForce() {
        Instant now = clock.instant();
        return repository.inForce(now).orElseThrow(() -> new IllegalStateException("No credit rule version in force at " + now));
    }

    /**
     * A regulator publishes a new version of the rule table (the newest one is never changed), effective from
     * {@code effectiveFrom} (now or later; {@code null} for at once: the pages and the REST API leave the time empty for
     * "now"), with a note saying why. Refused while the newest version is not yet in force.
     */
    public CreditRuleVersion publishRulesFrom(Map<CreditCode, Integer> points, Instant effectiveFrom, String note) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Instant now = clock.instant();
        if (effectiveFrom == null) {
            effectiveFrom = now;
        }
        List<CreditRuleVersion> all = repository.versions();
        CreditRuleVersion newest = all.isEmpty() ? null : all.get(0);
        if (newest != null && newest.getEffectiveFrom().isAfter(now)) {
            throw new DomainException("credit.rules.error.pending", newest.getVersionNo());
        }
        CreditRuleVersion v = CreditRuleVersion.next(newest, points, effectiveFrom, now, me.username(), note);
        repository.add(v);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", String.valueOf(v.getVersionNo()));
        details.put("effectiveFrom", v.getEffectiveFrom().toString());
        details.put("note", v.getNote());
        v.getPoints().forEach((code, p) -> details.put(code.name(), String.valueOf(p)));
        audit.record("CREDIT_RULES_PUBLISHED", "CreditRuleVersion", String.valueOf(v.getId()), details);
        return v;
    }
}
