package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.PresentedKeys;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.supervision.domain.SupervisionApiKey;
import org.zjcs.supervision.domain.SupervisionApiKeyRepository;

/**
 * API keys with a supervision scope: a regulator issues one for a provincial platform, for its own organisation — 32
 * random bytes, URL-safe base64 after {@value #PREFIX}, shown once, only its SHA-256 kept — and revokes its own
 * organisation's keys. A request to {@code /api/supervision/...} with such a key reads as that regulator organisation,
 * GET only. Issue and revocation are audited, never the key; a refused key is counted and audited with its length only.
 */
@ApplicationScoped
@Transactional
public class SupervisionApiKeys {

    public static final String PREFIX = "zjsv_";
    static final String OBJECT_TYPE = "SupervisionApiKey";

    /** A new key: its id and the key itself, never shown again. */
    public record Issued(long keyId, String key) {
    }

    @Inject
    SupervisionApiKeyRepository keys;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    Guard guard;

    @Inject
    Clock clock;

    @Inject
    PresentedKeys presented;

    static String newKey() {
        return PresentedKeys.newKey(PREFIX);
    }

    /** A regulator issues a key for its own organisation. */
    public Issued issue(String label) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        if (me.userId() == 0) {
            throw new DomainException("security.error.forbidden"); // a key never issues keys
        }
        String key = newKey();
        SupervisionApiKey k = new SupervisionApiKey(me.organisationId(), PresentedKeys.hash(key), label, clock.instant(),
                me.username());
        keys.add(k);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("regulator", String.valueOf(me.organisationId()));
        details.put("label", k.getLabel());
        audit.record("SUPERVISION_API_KEY_ISSUED", OBJECT_TYPE, String.valueOf(k.getId()), details);
        return new Issued(k.getId(), key);
    }

    /** A regulator revokes one of its organisation's keys (another organisation's key looks absent). */
    public SupervisionApiKey revoke(long keyId) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        SupervisionApiKey k = keys.find(keyId).filter(x -> x.getRegulatorId() == me.organisationId())
                .orElseThrow(() -> new DomainException("risk.apiKey.error.notFound"));
        k.revoke(clock.instant(), me.username());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("regulator", String.valueOf(k.getRegulatorId()));
        details.put("label", k.getLabel());
        audit.record("SUPERVISION_API_KEY_REVOKED", OBJECT_TYPE, String.valueOf(k.getId()), details);
        return k;
    }

    /** The caller's organisation's keys, revoked ones included, newest first. */
    public List<SupervisionApiKey> mine() {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        return keys.ofRegulator(me.organisationId());
    }

    /**
     * The key presented, if it is a supervision key, not revoked, of a regulator organisation that is still active;
     * otherwise empty. A refused key is a security event (counted, audited with its length only).
     */
    public Optional<SupervisionApiKey> validKey(String presentedKey) {
        return presented.check(presentedKey, PREFIX, keys::byHash, k -> {
            Organisation o = accounts.organisation(k.getRegulatorId());
            return !k.isRevoked() && o.getKind() == OrganisationKind.REGULATOR && o.getStatus() == OrganisationStatus.ACTIVE;
        }, "SUPERVISION_API_KEY_REFUSED", OBJECT_TYPE);
    }
}
