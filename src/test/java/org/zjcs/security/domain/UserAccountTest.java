package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** An account lands on its role's workspace (failed logins are throttled elsewhere: BackoffLimiterTest). */
class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    private static UserAccount account() {
        Organisation org = new Organisation("陕西秦川环境工程咨询有限公司", OrganisationKind.FIRM, "91610113MA6TXQ1012",
                OrganisationStatus.ACTIVE, T0);
        return new UserAccount("firm01", "hash", "李娜", org, EnumSet.of(Role.FIRM), T0);
    }

    @Test
    void landsOnTheWorkspaceOfItsRole() {
        assertEquals(Role.FIRM, account().primaryRole());
        assertEquals("/firm/index.xhtml", Role.FIRM.landingPage());
        assertEquals("/approval/index.xhtml", Role.APPROVER.landingPage());
    }
}
