package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.supervision.domain.RiskWarning;
import org.zjcs.supervision.domain.RiskWarningRepository;
import org.zjcs.supervision.domain.RiskWarningState;
import org.zjcs.supervision.domain.risk.RiskRule;

/**
 * The regulators' risk warnings: the list (newest found first, keyset pages, filtered by rule and state) and marking a
 * warning checked with a required note (audited {@code RISK_WARNING_CHECKED}). Warnings are the city's: every regulator
 * organisation sees them all (as it sees every case's timeline).
 */
@ApplicationScoped
@Transactional
public class RiskWarnings {

    public static final int PAGE_SIZE = 20;

    @Inject
    RiskWarningRepository warnings;

    @Inject
    AuditService audit;

    @Inject
    Guard guard;

    @Inject
    Clock clock;

    /** A page of the list; {@code rule} and {@code state} are names (blank: all), unknown ones are refused. */
    public KeysetPage<RiskWarning> page(String rule, String state, String after, String before) {
        guard.requireRole(Role.REGULATOR);
        RiskRule r = parse(RiskRule.class, rule, "risk.error.rule");
        RiskWarningState s = parse(RiskWarningState.class, state, "risk.error.state");
        return KeysetPage.read(after, before, c -> c.numericKey().isPresent(), PAGE_SIZE, (c, backwards, limit) ->
                warnings.page(r, s, c == null ? null : c.numericKey().get(), c == null ? null : c.id(), backwards, limit));
    }

    /** One warning. */
    public RiskWarning item(long id) {
        guard.requireRole(Role.REGULATOR);
        return warnings.find(id).orElseThrow(() -> new DomainException("risk.error.notFound"));
    }

    /** A regulator marks an open warning checked, with a note (required, at most 2000 characters). */
    public RiskWarning check(long id, String note) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        RiskWarning w = warnings.find(id).orElseThrow(() -> new DomainException("risk.error.notFound"));
        w.check(note, me.username(), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rule", w.getRule().name());
        details.put("subject", w.getSubjectKind().name() + ":" + w.getSubjectKey());
        details.put("note", w.getCheckedNote());
        audit.record("RISK_WARNING_CHECKED", RiskScan.OBJECT_TYPE, String.valueOf(w.getId()), details);
        return w;
    }

    /** The cursor token of a row (next/previous links). */
    public static String token(RiskWarning w) {
        return new KeysetCursor(String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, w.getFoundAt())), w.getId())
                .encode();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name, String errorKey) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(errorKey);
        }
    }
}
