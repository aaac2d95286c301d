package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;
import org.zjcs.procurement.domain.DepartmentApiKey;
import org.zjcs.procurement.domain.DepartmentApiKeyRepository;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.application.PresentedKeys;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;

/**
 * The API keys with which approval departments' systems push cases ({@code POST /api/approval-cases}). The operator
 * issues a key for a department — 32 random bytes, URL-safe base64 after the prefix {@value #PREFIX} — which is shown
 * this once; only its SHA-256 is kept. The operator may revoke a key. Issue and revocation are audited, never the key.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    @Inject
    Guard guard;

    public static final String PREFIX = "zjcs_";
    static final String OBJECT_TYPE = "DepartmentApiKey";

    /** A new key: its id and the key itself, which is never shown again. */
    public record Issued(long keyId, String key) {
    }

    @Inject
    DepartmentApiKeyRepository keys;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    PresentedKeys presented;

    /** A new random key in the platform's form ({@value #PREFIX} and 43 URL-safe base64 characters). */
    static String newKey() {
        return PresentedKeys.newKey(PREFIX);
    }

    /** The operator issues a key for an active approval department. */
    public Issued issue(long departmentId, String label) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        Organisation department = accounts.organisation(departmentId);
        if (department.getKind() != OrganisationKind.DEPARTMENT || department.getStatus() != OrganisationStatus.ACTIVE) {
            throw new DomainException("apiKey.error.department");
        }
        String key = newKey();
        DepartmentApiKey k = new DepartmentApiKey(departmentId, PresentedKeys.hash(key), label, clock.instant(), me.username());
        keys.add(k);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("department", String.valueOf(departmentId));
        details.put("label", k.getLabel());
        audit.record("API_KEY_ISSUED", OBJECT_TYPE, String.valueOf(k.getId()), details);
        return new Issued(k.getId(), key);
    }

    /** The operator revokes a key; from then on it authenticates nothing. */
    public DepartmentApiKey revoke(long keyId) {
        guard.requireRole(Role.OPERATOR);
        DepartmentApiKey k = keys.find(keyId).orElseThrow(() -> new DomainException("apiKey.error.notFound"));
        k.revoke(clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("department", String.valueOf(k.getDepartmentId()));
        details.put("label", k.getLabel());
        audit.record("API_KEY_REVOKED", OBJECT_TYPE, String.valueOf(k.getId()), details);
        return k;
    }

    /** Every key, revoked ones included, by department and newest first (operator only). */
    public List<DepartmentApiKey> allKeys() {
        guard.requireRole(Role.OPERATOR);
        return keys.all();
    }

    /** The approval departments a key can be issued for (operator only). */
    public List<Organisation> departments() {
        guard.requireRole(Role.OPERATOR);
        return accounts.activeOrganisations(OrganisationKind.DEPARTMENT);
    }

    /**
     * The key presented by a caller, if it is a key the platform issued, not revoked, of a department that is still
     * active; otherwise empty (no reason is given to the caller). A presented key that is refused is a security event:
     * counted ({@link SecurityEvents#API_KEY_REFUSED}) and audited {@code API_KEY_REFUSED} with its length only, never
     * the key. No key at all is not counted (the caller simply did not authenticate).
     */
    public Optional<DepartmentApiKey> validKey(String presentedKey) {
        return presented.check(presentedKey, PREFIX, keys::byHash, k -> {
            Organisation o = accounts.organisation(k.getDepartmentId());
            return !k.isRevoked() && o.getKind() == OrganisationKind.DEPARTMENT && o.getStatus() == OrganisationStatus.ACTIVE;
        }, "API_KEY_REFUSED", OBJECT_TYPE);
    }

    /** The department of a valid presented key (see {@link #validKey}). */
    public Optional<Long> authenticate(String presentedKey) {
        return validKey(presentedKey).map(DepartmentApiKey::getDepartmentId);
    }
}
