package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** An invitation opens one account, before it expires, unless it was withdrawn. */
class AccountInvitationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    private static AccountInvitation invitation() {
        return new AccountInvitation(2001, " Sun Li ", "hash", "owner01", T0, T0.plus(Duration.ofDays(7)));
    }

    private static void refused(String key, Runnable r) {
        assertEquals(key, assertThrows(DomainException.class, r::run).messageKey());
    }

    @Test
    void aPendingInvitationIsAcceptedOnce() {
        AccountInvitation i = invitation();
        assertEquals("Sun Li", i.getDisplayName());
        i.accept(42L, T0.plus(Duration.ofDays(1)));
        assertEquals(InvitationStatus.ACCEPTED, i.getStatus());
        assertEquals(42L, i.getAccountId());
        refused("member.error.invitationClosed", () -> i.accept(43L, T0.plus(Duration.ofDays(2))));
        refused("member.error.invitationClosed", () -> i.revoke(T0.plus(Duration.ofDays(2))));
    }

    @Test
    void aWithdrawnInvitationCannotBeAccepted() {
        AccountInvitation i = invitation();
        i.revoke(T0.plus(Duration.ofHours(1)));
        assertEquals(InvitationStatus.REVOKED, i.getStatus());
        refused("member.error.invitationClosed", () -> i.accept(42L, T0.plus(Duration.ofHours(2))));
    }

    @Test
    void anInvitationExpiresAtItsEnd() {
        AccountInvitation i = invitation();
        assertFalse(i.isExpired(T0.plus(Duration.ofDays(7)).minusMillis(1)));
        assertTrue(i.isExpired(T0.plus(Duration.ofDays(7))));
        refused("member.error.invitationExpired", () -> i.accept(42L, T0.plus(Duration.ofDays(8))));
        assertEquals(InvitationStatus.PENDING, i.getStatus(), "a refused acceptance changes nothing");
    }

    @Test
    void theInvitedPersonMustBeNamed() {
        refused("member.error.nameRequired", () -> new AccountInvitation(1, " ", "h", "a", T0, T0.plusSeconds(1)));
        refused("member.error.nameTooLong", () -> new AccountInvitation(1, "x".repeat(101), "h", "a", T0, T0.plusSeconds(1)));
    }

    @Test
    void membersGetTheRoleTheirOrganisationWorksIn() {
        assertEquals(Role.OWNER, OrganisationKind.OWNER.memberRole());
        assertEquals(Role.FIRM, OrganisationKind.FIRM.memberRole());
        assertEquals(Role.APPROVER, OrganisationKind.DEPARTMENT.memberRole());
    }
}
