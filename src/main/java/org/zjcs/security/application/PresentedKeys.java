package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.zjcs.audit.application.AuditService;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.ratelimit.SecurityEvents;

/**
 * What every kind of API key the platform issues has in common (the departments' keys, the regulators' supervision
 * keys): a new key is a prefix and 43 URL-safe base64 characters of 32 random bytes, only its SHA-256 is stored, and a
 * presented key is looked up by that hash. A presented key that is refused is a security event: counted
 * ({@link SecurityEvents#API_KEY_REFUSED}) and audited with its length only, never the key. No key at all is not
 * counted (the caller simply did not authenticate).
 */
@ApplicationScoped
public class PresentedKeys {

    /** Longer presented keys are refused without a look-up. */
    static final int MAX_LENGTH = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditService audit;

    @Inject
    SecurityEvents events;

    /** A new random key: {@code prefix} and 43 URL-safe base64 characters. */
    public static String newKey(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash a key is stored and found by. */
    public static String hash(String key) {
        return Sha256.hex(key.trim());
    }

    /**
     * The stored key matching {@code presented} (found {@code byHash}) if it is {@code usable}, else empty; a refusal is
     * counted and audited as {@code refusedAction} on {@code objectType}.
     */
    public <K> Optional<K> check(String presented, String prefix, Function<String, Optional<K>> byHash,
                                 Predicate<K> usable, String refusedAction, String objectType) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        Optional<K> valid = presented.length() > MAX_LENGTH ? Optional.empty()
                : byHash.apply(hash(presented)).filter(usable);
        if (valid.isEmpty()) {
            events.count(SecurityEvents.API_KEY_REFUSED);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("length", String.valueOf(presented.length()));
            details.put("platformForm", String.valueOf(presented.trim().startsWith(prefix)));
            audit.recordAs(CurrentActor.ANONYMOUS, refusedAction, objectType, "-", details);
        }
        return valid;
    }
}
