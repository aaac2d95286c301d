package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The lockout rule: 5 wrong passwords in a row lock the account for 15 minutes (the defaults). */
class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private static UserAccount account() {
        Organisation org = new Organisation("陕西秦川环境工程咨询有限公司", OrganisationKind.FIRM, "91610113MA6TXQ1012",
                OrganisationStatus.ACTIVE, T0);
        return new UserAccount("firm01", "hash", "李娜", org, EnumSet.of(Role.FIRM), T0);
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        UserAccount a = account();
        for (int i = 1; i <= 4; i++) {
            assertFalse(a.registerFailedLogin(T0.plusSeconds(i), 5, LOCK), "failure " + i + " does not lock");
            assertFalse(a.isLocked(T0.plusSeconds(i)));
        }
        assertTrue(a.registerFailedLogin(T0.plusSeconds(5), 5, LOCK));
        assertTrue(a.isLocked(T0.plusSeconds(6)));
        assertTrue(a.isLocked(T0.plusSeconds(5).plus(LOCK).minusMillis(1)));
        assertFalse(a.isLocked(T0.plusSeconds(5).plus(LOCK)), "the lock ends after 15 minutes");
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.registerFailedLogin(T0, 5, LOCK);
        }
        a.registerSuccessfulLogin(T0.plusSeconds(10));
        assertEquals(0, a.getFailedLogins());
        assertFalse(a.registerFailedLogin(T0.plusSeconds(11), 5, LOCK), "counting starts again");
        assertEquals(T0.plusSeconds(10), a.getLastLoginAt());
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.registerFailedLogin(T0, 5, LOCK);
        }
        Instant until = a.getLockedUntil();
        assertFalse(a.registerFailedLogin(T0.plusSeconds(60), 5, LOCK));
        assertEquals(until, a.getLockedUntil());
    }

    @Test
    void theLimitIsASetting() {
        UserAccount a = account();
        assertFalse(a.registerFailedLogin(T0, 3, LOCK));
        assertFalse(a.registerFailedLogin(T0, 3, LOCK));
        assertTrue(a.registerFailedLogin(T0, 3, Duration.ofMinutes(30)));
        assertEquals(T0.plus(Duration.ofMinutes(30)), a.getLockedUntil());
        a.registerSuccessfulLogin(T0.plus(Duration.ofMinutes(31)));
        assertNull(a.getLockedUntil());
    }

    @Test
    void landsOnTheWorkspaceOfItsRole() {
        assertEquals(Role.FIRM, account().primaryRole());
        assertEquals("/firm/index.xhtml", Role.FIRM.landingPage());
        assertEquals("/approval/index.xhtml", Role.APPROVER.landingPage());
    }
}
