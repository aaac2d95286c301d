package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
