package org.zjcs.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealerTest {

    static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
        }
    }

    @Test
    void aSealedValueOpensOnlyForItsContextAndDoesNotShowThePlainText() {
        Sealer s = new Sealer(KEY);
        String sealed = s.seal("bid|42|price", "123456.78");
        assertFalse(sealed.contains("123456"));
        assertEquals("123456.78", s.open("bid|42|price", sealed));
        assertThrows(IllegalArgumentException.class, () -> s.open("bid|43|price", sealed));
        assertNotEquals(sealed, s.seal("bid|42|price", "123456.78"), "a fresh nonce each time");
    }

    @Test
    void aChangedByteOrAnotherKeyDoesNotOpen() {
        Sealer s = new Sealer(KEY);
        byte[] raw = Base64.getDecoder().decode(s.seal("c", "secret"));
        raw[raw.length - 1] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalArgumentException.class, () -> s.open("c", tampered));
        byte[] other = KEY.clone();
        other[0] = 9;
        String sealed = s.seal("c", "secret");
        assertThrows(IllegalArgumentException.class, () -> new Sealer(other).open("c", sealed));
    }

    @Test
    void tagsAreStableAndKeyed() {
        Sealer s = new Sealer(KEY);
        assertEquals(s.tag("notice 1 firm 7"), s.tag("notice 1 firm 7"));
        assertNotEquals(s.tag("notice 1 firm 7"), s.tag("notice 1 firm 8"));
        byte[] other = KEY.clone();
        other[31] = 0;
        assertNotEquals(s.tag("notice 1 firm 7"), new Sealer(other).tag("notice 1 firm 7"));
        assertEquals(64, s.tag("x").length());
    }

    @Test
    void theKeyFileIsCreatedOnceAndReused(@TempDir Path dir) throws Exception {
        byte[] first = SealingKey.load(Optional.empty(), dir);
        byte[] again = SealingKey.load(Optional.empty(), dir);
        assertArrayEquals(first, again);
        assertTrue(Files.exists(dir.resolve(SealingKey.FILE)));
        byte[] configured = SealingKey.load(Optional.of(Base64.getEncoder().encodeToString(KEY)), dir);
        assertArrayEquals(KEY, configured);
        assertThrows(IllegalStateException.class, () -> SealingKey.load(Optional.of("c2hvcnQ="), dir));
    }
}
