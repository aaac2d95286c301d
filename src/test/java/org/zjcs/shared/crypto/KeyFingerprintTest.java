package org.zjcs.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** A node compares its keys with the installation's by fingerprint: same key same print, another key another print. */
class KeyFingerprintTest {

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void theSameKeyGivesTheSameFingerprintOnEveryNode() {
        assertEquals(KeyFingerprint.of(key(7)), KeyFingerprint.of(key(7).clone()));
    }

    @Test
    void anotherKeyGivesAnotherFingerprint() {
        byte[] other = key(7);
        other[31] ^= 1; // one bit
        assertNotEquals(KeyFingerprint.of(key(7)), KeyFingerprint.of(other));
    }

    @Test
    void theFingerprintIsTheHmacOfTheLabelNotTheKey() throws Exception {
        byte[] k = key(42);
        String fp = KeyFingerprint.of(k);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(k, "HmacSHA256"));
        assertEquals(HexFormat.of().formatHex(mac.doFinal(KeyFingerprint.LABEL.getBytes(StandardCharsets.US_ASCII))), fp);
        assertEquals(64, fp.length());
        assertFalse(fp.contains(HexFormat.of().formatHex(k)), "the key in hex is not in the fingerprint");
        assertFalse(fp.contains(Base64.getEncoder().encodeToString(k)), "nor in base64");
    }

    @Test
    void aMatchingKeyHasNoProblem() {
        String fp = KeyFingerprint.of(key(1));
        KeyFingerprint.Check c = new KeyFingerprint.Check("sealing", "the sealing key (zjcs.sealing.key)", fp, fp,
                "host/zjcsNode1", "2026-12-07T05:00:00Z");
        assertTrue(c.matches());
        assertNull(c.problem());
    }

    @Test
    void aDifferentKeyIsNamedWithBothFingerprintsAndWhoRecordedTheInstallations() {
        String node = KeyFingerprint.of(key(2));
        String installation = KeyFingerprint.of(key(1));
        KeyFingerprint.Check c = new KeyFingerprint.Check("sealing", InstallationKeys.description("sealing"), node,
                installation, "host/zjcsNode1", "2026-12-07T05:00:00Z");
        assertFalse(c.matches());
        String p = c.problem();
        assertTrue(p.startsWith("the sealing key (zjcs.sealing.key) differs from the installation's (fingerprint "
                + installation.substring(0, 16) + "…"), p);
        assertTrue(p.contains("recorded by host/zjcsNode1 at 2026-12-07T05:00:00Z"), p);
        assertTrue(p.contains("this node's " + node.substring(0, 16) + "…"), p);
        assertFalse(p.contains(installation.substring(16)), "only the first digits are shown: " + p);
        assertTrue(InstallationKeys.description("draw-witness").contains("zjcs.draw.witness-key"));
    }
}
