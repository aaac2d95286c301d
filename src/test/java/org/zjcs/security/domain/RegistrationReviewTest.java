package org.zjcs.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The review every registration shares: its life cycle, the reasons it requires, and the history it appends. */
class RegistrationReviewTest {

    private static final Instant T0 = Instant.parse("2026-11-16T06:40:00Z");
    private final List<ReviewStep> steps = new ArrayList<>();

    private RegistrationReview submitted() {
        return RegistrationReview.submitted("firm1", T0, steps);
    }

    @Test
    void returnedCorrectedApprovedKeepsEveryStep() {
        RegistrationReview r = submitted();
        assertEquals(RegistrationStatus.SUBMITTED, r.getStatus());
        assertEquals("unreadable", r.returnForCorrection("operator01", "  unreadable ", T0.plusSeconds(60)));
        assertEquals(RegistrationStatus.RETURNED, r.getStatus());
        Instant later = T0.plusSeconds(86_400);
        r.resubmit("firm1", later);
        assertEquals(later, r.getSubmittedAt(), "the review deadline counts from the resubmission");
        r.approve("operator01", later.plusSeconds(60));
        assertEquals(RegistrationStatus.APPROVED, r.getStatus());
        assertEquals(later.plusSeconds(60), r.getApprovedAt());
        assertEquals(List.of(ReviewAction.SUBMITTED, ReviewAction.RETURNED, ReviewAction.RESUBMITTED, ReviewAction.APPROVED),
                r.history().stream().map(ReviewStep::getAction).toList());
        assertEquals("unreadable", r.latestReturnReason());
        assertEquals("operator01", steps.get(3).getActor());
    }

    @Test
    void aReturnNeedsAReasonAndChangesNothingWithout() {
        RegistrationReview r = submitted();
        assertEquals("registration.error.reasonRequired",
                assertThrows(DomainException.class, () -> r.returnForCorrection("operator01", " ", T0)).messageKey());
        assertEquals(RegistrationStatus.SUBMITTED, r.getStatus());
        assertEquals(1, r.history().size());
        assertNull(r.latestReturnReason());
        assertEquals(1000, RegistrationReview.requireReason("x".repeat(1200)).length());
    }

    @Test
    void onlyASubmittedRegistrationIsDecidedAndOnlyAReturnedOneResubmitted() {
        RegistrationReview r = submitted();
        assertEquals("registration.error.notReturned",
                assertThrows(DomainException.class, () -> r.resubmit("firm1", T0)).messageKey());
        r.approve("operator01", T0);
        assertEquals("registration.error.notAwaitingReview",
                assertThrows(DomainException.class, () -> r.approve("operator01", T0)).messageKey());
        assertEquals("registration.error.notAwaitingReview",
                assertThrows(DomainException.class, () -> r.returnForCorrection("operator01", "late", T0)).messageKey());
        assertEquals(2, r.history().size());
    }

    @Test
    void onlyAnApprovedOrganisationIsSuspendedAndOnlyASuspendedOneReinstated() {
        RegistrationReview r = submitted();
        assertEquals("registration.error.notApproved", assertThrows(DomainException.class,
                () -> r.suspend(OrganisationStatus.ACTIVE, "operator01", "fraud", T0)).messageKey());
        r.approve("operator01", T0);
        assertEquals("registration.error.notSuspended", assertThrows(DomainException.class,
                () -> r.reinstate(OrganisationStatus.ACTIVE, "operator01", "ok", T0)).messageKey());
        assertEquals("fraud", r.suspend(OrganisationStatus.ACTIVE, "operator01", "fraud", T0));
        assertEquals("registration.error.alreadySuspended", assertThrows(DomainException.class,
                () -> r.suspend(OrganisationStatus.SUSPENDED, "operator01", "again", T0)).messageKey());
        assertEquals("registration.error.reasonRequired", assertThrows(DomainException.class,
                () -> r.reinstate(OrganisationStatus.SUSPENDED, "operator01", null, T0)).messageKey());
        r.reinstate(OrganisationStatus.SUSPENDED, "operator01", "cleared", T0);
        assertEquals(List.of(ReviewAction.SUBMITTED, ReviewAction.APPROVED, ReviewAction.SUSPENDED, ReviewAction.REINSTATED),
                r.history().stream().map(ReviewStep::getAction).toList());
        assertEquals(RegistrationStatus.APPROVED, r.getStatus());
    }
}
