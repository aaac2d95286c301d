package org.zjcs.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The form of every API key the platform issues, and the hash it is found by. */
class PresentedKeysTest {

    @Test
    void aNewKeyIsThePrefixAnd43UrlSafeCharactersAndNeverTheSameTwice() {
        String key = PresentedKeys.newKey("zjsv_");
        assertTrue(key.matches("zjsv_[A-Za-z0-9_-]{43}"), key);
        assertNotEquals(key, PresentedKeys.newKey("zjsv_"));
    }

    @Test
    void aKeyPastedWithSpacesAroundItIsFoundByTheSameHash() {
        String key = PresentedKeys.newKey("zjcs_");
        assertEquals(PresentedKeys.hash(key), PresentedKeys.hash("  " + key + "\n"));
        assertEquals(64, PresentedKeys.hash(key).length(), "SHA-256 in hex");
    }
}
