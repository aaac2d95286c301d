package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Password hashing: argon2id, at most 4 hashes at once (the fifth caller is told "busy"), a dummy hash for unknown names. */
class PasswordsTest {

    @Test
    void hashesWithArgon2idAndASalt() {
        String a = Passwords.hash("Zjcs@2026");
        String b = Passwords.hash("Zjcs@2026");
        assertTrue(a.startsWith("$shiro2$argon2id$"), a);
        assertFalse(a.contains("Zjcs@2026"));
        assertNotEquals(a, b, "two hashes of one password differ by their salt");
    }

    @Test
    void matchesOnlyTheRightPassword() {
        String hash = Passwords.hash("秦川环境#2026");
        assertTrue(Passwords.matches("秦川环境#2026", hash));
        assertFalse(Passwords.matches("秦川环境#2025", hash));
        assertFalse(Passwords.matches("", hash));
    }

    @Test
    void theDemoHashesInTheDemoDataAreReal() throws Exception {
        String sql = java.nio.file.Files.readString(
                java.nio.file.Path.of("db-scripts/demo/V1__demo_organisations_and_accounts.sql"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'(\\$shiro2\\$argon2id\\$[^']+)'").matcher(sql);
        assertTrue(m.find(), "the demo data holds argon2id hashes");
        assertTrue(Passwords.matches("Zjcs@2026", m.group(1)), "the documented demo password opens the demo accounts");
    }

    @Test
    void aFifthConcurrentHashIsRefusedAsBusyInsteadOfQueueing() throws Exception {
        assertEquals(4, Passwords.permits());
        CountDownLatch holding = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> Passwords.gated(() -> {
                holding.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            t.start();
            threads.add(t);
        }
        assertTrue(holding.await(10, TimeUnit.SECONDS), "four hashes run at once");
        long start = System.nanoTime();
        Passwords.BusyException busy = assertThrows(Passwords.BusyException.class, () -> Passwords.gated(() -> 1));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals("security.error.busy", busy.messageKey());
        assertTrue(waitedMs >= 2500 && waitedMs < 10_000, "waited about 3 s, not forever: " + waitedMs + " ms");
        release.countDown();
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(1, Passwords.gated(() -> 1), "permits come back");
    }

    @Test
    void hashesMatchAndTheDummyHashMatchesNoGuess() {
        String hash = Passwords.hash("Zjcs@2026");
        assertTrue(hash.startsWith("$shiro2$argon2id$"), hash);
        assertTrue(Passwords.matches("Zjcs@2026", hash));
        assertFalse(Passwords.matches("zjcs@2026", hash));
        String dummy = Passwords.dummyHash();
        assertTrue(dummy.startsWith("$shiro2$argon2id$"), "the same parameters as a real hash: " + dummy);
        assertFalse(Passwords.matches("Zjcs@2026", dummy));
        assertFalse(Passwords.matches("", dummy));
    }
}
