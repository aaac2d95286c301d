package org.zjcs.firm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The review life cycle of a qualification, transition by transition, and when a qualification counts. */
class QualificationReviewTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-21T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static void refused(String key, Runnable r) {
        assertEquals(key, assertThrows(DomainException.class, r::run).messageKey());
    }

    private static Qualification pending() {
        return new Qualification(1, "SURVEYING_MAPPING", "B", "CERT-1", "issuer", LocalDate.of(2026, 1, 1),
                LocalDate.of(2030, 12, 31), 7, null, T0);
    }

    // --- legal transitions ---

    @Test
    void aPendingQualificationIsApproved() {
        assertEquals(QualificationStatus.APPROVED, QualificationStatus.PENDING.approve());
    }

    @Test
    void aPendingQualificationIsReturned() {
        assertEquals(QualificationStatus.RETURNED, QualificationStatus.PENDING.returnForCorrection());
    }

    @Test
    void aReturnedQualificationIsSubmittedAgain() {
        assertEquals(QualificationStatus.PENDING, QualificationStatus.RETURNED.resubmit());
    }

    @Test
    void anApprovedQualificationIsSupersededByItsRenewal() {
        assertEquals(QualificationStatus.SUPERSEDED, QualificationStatus.APPROVED.supersede());
    }

    @Test
    void onlyAnApprovedQualificationIsRenewed() {
        QualificationStatus.APPROVED.requireRenewable();
        refused("qualification.error.notApproved", QualificationStatus.PENDING::requireRenewable);
        refused("qualification.error.notApproved", QualificationStatus.RETURNED::requireRenewable);
        refused("qualification.error.notApproved", QualificationStatus.SUPERSEDED::requireRenewable);
    }

    // --- illegal transitions ---

    @Test
    void onlyAPendingQualificationIsApproved() {
        refused("qualification.error.notPending", QualificationStatus.APPROVED::approve);
        refused("qualification.error.notPending", QualificationStatus.RETURNED::approve);
        refused("qualification.error.notPending", QualificationStatus.SUPERSEDED::approve);
    }

    @Test
    void onlyAPendingQualificationIsReturned() {
        refused("qualification.error.notPending", QualificationStatus.APPROVED::returnForCorrection);
        refused("qualification.error.notPending", QualificationStatus.RETURNED::returnForCorrection);
        refused("qualification.error.notPending", QualificationStatus.SUPERSEDED::returnForCorrection);
    }

    @Test
    void onlyAReturnedQualificationIsSubmittedAgain() {
        refused("qualification.error.notReturned", QualificationStatus.PENDING::resubmit);
        refused("qualification.error.notReturned", QualificationStatus.APPROVED::resubmit);
        refused("qualification.error.notReturned", QualificationStatus.SUPERSEDED::resubmit);
    }

    @Test
    void onlyAnApprovedQualificationIsSuperseded() {
        refused("qualification.error.notApproved", QualificationStatus.PENDING::supersede);
        refused("qualification.error.notApproved", QualificationStatus.RETURNED::supersede);
        refused("qualification.error.notApproved", QualificationStatus.SUPERSEDED::supersede);
    }

    // --- the qualification ---

    @Test
    void aNewQualificationWaitsForReviewAndDoesNotCountYet() {
        Qualification q = pending();
        assertEquals(QualificationStatus.PENDING, q.getStatus());
        assertEquals(T0, q.getSubmittedAt());
        assertTrue(q.isValidOn(DAY));
        assertFalse(q.countsOn(DAY), "valid on the day, but not approved");
    }

    @Test
    void anApprovedQualificationCountsOnlyWithinItsValidity() {
        Qualification q = pending();
        q.approve(T1);
        assertEquals(T1, q.getDecidedAt());
        assertTrue(q.countsOn(DAY));
        assertFalse(q.countsOn(LocalDate.of(2031, 1, 1)), "past valid-to it stops counting");
        assertFalse(q.countsOn(LocalDate.of(2025, 12, 31)), "before valid-from it does not count yet");
        refused("qualification.error.notPending", () -> q.approve(T1));
    }

    @Test
    void aReturnedQualificationIsCorrectedAndWaitsAgain() {
        Qualification q = pending();
        q.returnForCorrection(T1);
        assertEquals(QualificationStatus.RETURNED, q.getStatus());
        assertFalse(q.countsOn(DAY));
        Instant later = T1.plusSeconds(3600);
        q.resubmit("SURVEYING_MAPPING", "A", "CERT-2", "issuer 2", LocalDate.of(2026, 2, 1), LocalDate.of(2031, 1, 31), 8, later);
        assertEquals(QualificationStatus.PENDING, q.getStatus());
        assertEquals("CERT-2", q.getCertificateNo());
        assertEquals(8, q.getScanFileId());
        assertEquals(later, q.getSubmittedAt());
        assertNull(q.getDecidedAt());
    }

    @Test
    void aCorrectionWithBadDatesIsRefusedAndChangesNothing() {
        Qualification q = pending();
        q.returnForCorrection(T1);
        refused("firm.error.validToBeforeFrom", () -> q.resubmit("SURVEYING_MAPPING", "A", "CERT-2", "issuer",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), 8, T1));
        assertEquals(QualificationStatus.RETURNED, q.getStatus());
        assertEquals("CERT-1", q.getCertificateNo());
    }

    @Test
    void aPendingQualificationCannotBeCorrected() {
        refused("qualification.error.notReturned", () -> pending().resubmit("SURVEYING_MAPPING", "A", "CERT-2", "issuer",
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1), 8, T1));
    }

    @Test
    void aSupersededQualificationNoLongerCounts() {
        Qualification old = pending();
        old.approve(T0);
        Qualification renewal = new Qualification(1, "SURVEYING_MAPPING", "A", "CERT-9", "issuer", LocalDate.of(2026, 11, 1),
                LocalDate.of(2031, 10, 31), 9, 41L, T1);
        assertTrue(renewal.isRenewal());
        assertEquals(41L, renewal.getReplacesId());
        old.supersede();
        assertEquals(QualificationStatus.SUPERSEDED, old.getStatus());
        assertFalse(old.countsOn(DAY), "kept, but no longer counts");
        refused("qualification.error.notApproved", old::supersede);
    }

    @Test
    void overlongDetailsAreRefused() {
        refused("registration.error.tooLong", () -> new Qualification(1, "CMA", null, "x".repeat(65), "issuer",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), 7));
    }
}
