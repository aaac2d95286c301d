package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.shared.crypto.SealingKey;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.shared.storage.FileStorageService;

/**
 * The independent witness of the draw (docs/draw.md, "Version 2"): a second secret per notice, committed at publication
 * and revealed only after the enrolment deadline, so that whoever holds the platform's sealing key (and with it the
 * seed) still cannot compute the draw before the deadline.
 *
 * <p>The witness is derived, never stored: {@code witness = HMAC-SHA256(witnessKey, UTF-8("zjcs-witness-v1|" + noticeId
 * + "|") || salt)}, with the 32-byte random salt drawn at publication and kept on the notice (public), and the witness
 * key from the configuration value {@code zjcs.draw.witness-key} (environment {@code ZJCS_DRAW_WITNESS_KEY}, 32 bytes in
 * base64): the supervising department's key, distinct from the sealing key. Without it (development, tests) the key is
 * the file {@code keys/witness.key} of the data directory, created at first use. This class is the seam where a
 * separate witness service (e.g. the regulator's signing service or an HSM) would be called instead.
 */
@ApplicationScoped
public class WitnessService {

    static final String KEY_FILE = "keys/witness.key";
    static final String LABEL = "zjcs-witness-v1|";

    private static final SecureRandom SALTS = new SecureRandom();

    @Inject
    @ConfigProperty(name = "zjcs.draw.witness-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "zjcs.data.dir")
    Optional<String> dataDir;

    @Inject
    Clock clock;

    private volatile byte[] key;

    /** What is published with a notice: the salt (hex) and {@code hex(SHA-256(witness))}. */
    public record Commitment(String saltHex, String commitment) {
    }

    /** At publication: a fresh salt for the notice and the commitment to its witness. */
    public Commitment commit(long noticeId) {
        byte[] salt = new byte[32];
        SALTS.nextBytes(salt);
        return new Commitment(HexFormat.of().formatHex(salt), Sha256.hex(witness(key(), noticeId, salt)));
    }

    /**
     * The notice's witness, revealed for its selection: only once the enrolment deadline has passed, and only when it
     * still matches the published commitment (a changed witness key would otherwise change the draw unnoticed).
     *
     * @throws IllegalStateException before the deadline, for a notice without a witness, or when the witness key no
     *                               longer gives the committed witness
     */
    public byte[] reveal(Notice n) {
        return reveal(n.getId(), n.getDrawWitnessSalt(), n.getDrawWitnessCommitment(), n.getEnrolmentDeadline());
    }

    byte[] reveal(long noticeId, String saltHex, String commitment, Instant deadline) {
        if (saltHex == null || commitment == null) {
            throw new IllegalStateException("Notice " + noticeId + " has no witness commitment (a version-1 draw)");
        }
        if (deadline == null || clock.instant().isBefore(deadline)) {
            throw new IllegalStateException("The witness of notice " + noticeId + " is revealed only after its deadline");
        }
        byte[] w = witness(key(), noticeId, HexFormat.of().parseHex(saltHex));
        if (!MessageDigest.isEqual(Sha256.hex(w).getBytes(StandardCharsets.US_ASCII),
                commitment.getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalStateException("The witness key does not give the witness committed for notice " + noticeId
                    + ": was zjcs.draw.witness-key changed while the notice was open?");
        }
        return w;
    }

    /** {@code HMAC-SHA256(key, UTF-8("zjcs-witness-v1|" + noticeId + "|") || salt)}. */
    static byte[] witness(byte[] key, long noticeId, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((LABEL + noticeId + "|").getBytes(StandardCharsets.UTF_8));
            mac.update(salt);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = SealingKey.load(configuredKey, FileStorageService.rootFrom(dataDir), "zjcs.draw.witness-key",
                            KEY_FILE);
                    key = k;
                }
            }
        }
        return k;
    }
}
