package org.zjcs.owner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.shared.error.DomainException;

/** An owner's registration follows the same review life cycle as a firm's, and a correction may replace the certificate. */
class OwnerUnitTest {

    private static final Instant T0 = Instant.parse("2026-11-16T06:40:00Z");
    private static final OwnerUnit.Details DETAILS =
            new OwnerUnit.Details(UnitType.GOVERNMENT_AGENCY, " Ma ", "029-87260315", " West Road 301 ", "610102");

    @Test
    void returnedThenCorrectedThenApproved() {
        OwnerUnit u = new OwnerUnit(2003, DETAILS, 9103, "school1", T0);
        assertEquals(RegistrationStatus.SUBMITTED, u.getStatus());
        assertEquals("Ma", u.getContactName());
        u.review().returnForCorrection("operator01", "unreadable", T0);
        Instant later = T0.plusSeconds(86_400);
        u.resubmit(new OwnerUnit.Details(UnitType.PUBLIC_INSTITUTION, "Ma", "029-1234567", "West Road 301-2", "610102"), 9200L,
                "school1", later);
        assertEquals(RegistrationStatus.SUBMITTED, u.getStatus());
        assertEquals(UnitType.PUBLIC_INSTITUTION, u.getUnitType());
        assertEquals(9200L, u.getCertificateFileId());
        assertEquals(later, u.getSubmittedAt(), "the review deadline counts from the resubmission");
        u.review().approve("operator01", later.plusSeconds(60));
        assertEquals(RegistrationStatus.APPROVED, u.getStatus());
    }

    @Test
    void aCorrectionWithoutANewCertificateKeepsTheOldOne() {
        OwnerUnit u = new OwnerUnit(2003, DETAILS, 9103, "school1", T0);
        u.review().returnForCorrection("operator01", "unreadable", T0);
        u.resubmit(DETAILS, null, "school1", T0.plusSeconds(60));
        assertEquals(9103L, u.getCertificateFileId());
    }

    @Test
    void approvedTwiceOrApprovedWhileReturnedIsRefused() {
        OwnerUnit u = new OwnerUnit(2003, DETAILS, 9103, "school1", T0);
        u.review().returnForCorrection("operator01", "unreadable", T0);
        assertEquals("registration.error.notAwaitingReview",
                assertThrows(DomainException.class, () -> u.review().approve("operator01", T0)).messageKey());
        assertEquals(RegistrationStatus.RETURNED, u.getStatus());
        OwnerUnit v = new OwnerUnit(2002, DETAILS, 9102, "school2", T0);
        v.review().approve("operator01", T0);
        assertEquals("registration.error.notAwaitingReview",
                assertThrows(DomainException.class, () -> v.review().approve("operator01", T0)).messageKey());
        assertEquals("registration.error.notReturned",
                assertThrows(DomainException.class, () -> v.resubmit(DETAILS, null, "school2", T0)).messageKey());
    }
}
