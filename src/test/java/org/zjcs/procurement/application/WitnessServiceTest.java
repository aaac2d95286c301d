package org.zjcs.procurement.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zjcs.shared.crypto.Sha256;

/** The draw's witness (docs/draw.md, "Version 2"): committed at publication, revealed only after the deadline. */
class WitnessServiceTest {

    static final Instant DEADLINE = Instant.parse("2026-12-10T09:00:00Z");
    static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) (0x40 + i);
        }
    }

    @TempDir
    Path dataDir;

    WitnessService service(byte[] key, Instant now) {
        WitnessService w = new WitnessService();
        w.configuredKey = Optional.ofNullable(key).map(k -> Base64.getEncoder().encodeToString(k));
        w.dataDir = Optional.of(dataDir.toString());
        w.clock = Clock.fixed(now, ZoneOffset.UTC);
        return w;
    }

    @Test
    void theWitnessIsTheDocumentedHmac() throws Exception {
        byte[] salt = HexFormat.of().parseHex("11".repeat(32));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        byte[] expected = mac.doFinal(concat("zjcs-witness-v1|8001|".getBytes(), salt));
        assertArrayEquals(expected, WitnessService.witness(KEY, 8001, salt));
        assertNotEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(WitnessService.witness(KEY, 8002, salt)));
    }

    @Test
    void committedAtPublicationRevealedOnlyAfterTheDeadline() {
        WitnessService.Commitment c = service(KEY, DEADLINE.minusSeconds(3600)).commit(8001);
        assertEquals(64, c.saltHex().length());
        assertThrows(IllegalStateException.class,
                () -> service(KEY, DEADLINE.minusMillis(1)).reveal(8001, c.saltHex(), c.commitment(), DEADLINE),
                "not before the deadline, not even by a millisecond");
        byte[] w = service(KEY, DEADLINE).reveal(8001, c.saltHex(), c.commitment(), DEADLINE);
        assertEquals(c.commitment(), Sha256.hex(w));
        assertArrayEquals(WitnessService.witness(KEY, 8001, HexFormat.of().parseHex(c.saltHex())), w);
    }

    @Test
    void everyNoticeGetsAFreshSalt() {
        WitnessService s = service(KEY, DEADLINE);
        assertNotEquals(s.commit(8001).commitment(), s.commit(8001).commitment());
    }

    @Test
    void aChangedWitnessKeyIsRefusedNotUsed() {
        WitnessService.Commitment c = service(KEY, DEADLINE).commit(8001);
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> service(other, DEADLINE).reveal(8001, c.saltHex(), c.commitment(), DEADLINE));
        assertThrows(IllegalStateException.class,
                () -> service(KEY, DEADLINE).reveal(8002, c.saltHex(), c.commitment(), DEADLINE),
                "another notice's witness is not this one's");
        assertThrows(IllegalStateException.class,
                () -> service(KEY, DEADLINE).reveal(8001, null, null, DEADLINE), "a version-1 notice has no witness");
    }

    @Test
    void withoutConfigurationTheKeyIsAFileOfTheDataDirectory() {
        WitnessService.Commitment c = service(null, DEADLINE).commit(8001);
        // a second service (another server on the same data directory) reads the same key
        service(null, DEADLINE).reveal(8001, c.saltHex(), c.commitment(), DEADLINE);
        assertEquals(true, dataDir.resolve(WitnessService.KEY_FILE).toFile().isFile());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
