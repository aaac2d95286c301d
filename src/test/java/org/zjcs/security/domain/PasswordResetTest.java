package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

class PasswordResetTest {

    private static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    @Test
    void aRequestIsIssuedOnceThenUsedOnce() {
        PasswordReset r = PasswordReset.requested(7, "  call me: 029-1234  ", "203.0.113.9", T0);
        assertEquals("call me: 029-1234", r.getNote());
        assertEquals("password.error.linkUnknown", refusal(() -> r.checkUsable(T0)), "no link before it is issued");
        r.issue("hash", "operator01", T0, DAY);
        assertEquals(PasswordResetStatus.ISSUED, r.getStatus());
        assertEquals(T0.plus(DAY), r.getExpiresAt());
        assertEquals("password.error.requestClosed", refusal(() -> r.issue("hash2", "operator01", T0, DAY)));
        r.use(T0.plusSeconds(60));
        assertEquals(PasswordResetStatus.USED, r.getStatus());
        assertEquals("password.error.linkUsed", refusal(() -> r.use(T0.plusSeconds(120))), "a link works once");
    }

    @Test
    void aLinkExpiresAfterItsValidity() {
        PasswordReset r = PasswordReset.issuedUnasked(7, "hash", "owner01", T0, DAY);
        r.checkUsable(T0.plus(DAY).minusMillis(1));
        assertEquals("password.error.linkExpired", refusal(() -> r.use(T0.plus(DAY))));
        assertEquals(PasswordResetStatus.ISSUED, r.getStatus(), "nothing changed");
    }

    @Test
    void aReplacedLinkNoLongerWorks() {
        PasswordReset r = PasswordReset.issuedUnasked(7, "hash", "operator01", T0, DAY);
        r.replace(T0.plusSeconds(5));
        assertEquals("password.error.linkReplaced", refusal(() -> r.use(T0.plusSeconds(10))));
        assertEquals("password.error.requestClosed", refusal(() -> r.replace(T0.plusSeconds(10))));
    }

    @Test
    void askingAgainKeepsOneRequestWithTheLatestNote() {
        PasswordReset r = PasswordReset.requested(7, "first", "a", T0);
        r.requestedAgain("  ", "b", T0.plusSeconds(30));
        assertNull(r.getNote(), "a blank note is no note");
        assertEquals(T0.plusSeconds(30), r.getRequestedAt());
        assertEquals("password.error.noteTooLong", refusal(() -> r.requestedAgain("x".repeat(501), "b", T0)));
    }
}
