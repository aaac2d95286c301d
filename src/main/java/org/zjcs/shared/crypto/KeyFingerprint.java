package org.zjcs.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key's fingerprint: HMAC-SHA256 of a fixed label with the key, in hex. Two nodes compare fingerprints to know whether
 * they hold the same key; the fingerprint reveals nothing else about the key (it is never stored or shown itself).
 */
public final class KeyFingerprint {

    static final String LABEL = "zjcs installation key fingerprint v1";
    /** How many hex digits of a fingerprint logs and /health show. */
    static final int SHOWN = 16;

    private KeyFingerprint() {
    }

    public static String of(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(LABEL.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The first digits of a fingerprint, for logs and /health. */
    public static String shown(String fingerprint) {
        return fingerprint == null ? "none" : fingerprint.substring(0, Math.min(SHOWN, fingerprint.length())) + "…";
    }

    /**
     * One key of this node against the installation's record.
     *
     * @param name the record's name ({@code sealing}, {@code draw-witness})
     * @param description what an operator calls it, with its setting
     * @param node this node's fingerprint
     * @param installation the recorded fingerprint (the first node's)
     * @param recordedBy the node that recorded it
     * @param recordedAt when, as text
     */
    public record Check(String name, String description, String node, String installation, String recordedBy,
            String recordedAt) {

        public boolean matches() {
            return node.equals(installation);
        }

        /** Null when the keys are the same, otherwise what an operator reads in /health/ready and the log. */
        public String problem() {
            if (matches()) {
                return null;
            }
            return description + " differs from the installation's (fingerprint " + shown(installation) + ", recorded by "
                    + recordedBy + " at " + recordedAt + "; this node's " + shown(node)
                    + "): every node must be started with the same key";
        }
    }
}
