package org.zjcs.firm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.shared.error.DomainException;

/** The registration life cycle and qualification validity. */
class RegistrationTest {

    private static void refused(String key, Runnable r) {
        assertEquals(key, assertThrows(DomainException.class, r::run).messageKey());
    }

    @Test
    void submittedRegistrationsAreApprovedOrReturned() {
        assertEquals(RegistrationStatus.APPROVED, RegistrationStatus.SUBMITTED.approve());
        assertEquals(RegistrationStatus.RETURNED, RegistrationStatus.SUBMITTED.returnForCorrection());
        assertEquals(RegistrationStatus.SUBMITTED, RegistrationStatus.RETURNED.resubmit());
    }

    @Test
    void aReturnedRegistrationCannotBeApprovedAndNothingIsReviewedTwice() {
        refused("registration.error.notAwaitingReview", RegistrationStatus.RETURNED::approve);
        refused("registration.error.notAwaitingReview", RegistrationStatus.APPROVED::approve);
        refused("registration.error.notAwaitingReview", RegistrationStatus.RETURNED::returnForCorrection);
        refused("registration.error.notAwaitingReview", RegistrationStatus.APPROVED::returnForCorrection);
        refused("registration.error.notReturned", RegistrationStatus.SUBMITTED::resubmit);
        refused("registration.error.notReturned", RegistrationStatus.APPROVED::resubmit);
    }

    @Test
    void aQualificationCountsFromItsFirstToItsLastDay() {
        Qualification q = new Qualification(1, "SURVEYING_MAPPING", "乙级", "乙测资字61500123", "陕西省自然资源厅",
                LocalDate.of(2024, 3, 1), LocalDate.of(2026, 11, 30), 7);
        assertFalse(q.isValidOn(LocalDate.of(2024, 2, 29)));
        assertTrue(q.isValidOn(LocalDate.of(2024, 3, 1)));
        assertTrue(q.isValidOn(LocalDate.of(2026, 11, 30)));
        assertFalse(q.isValidOn(LocalDate.of(2026, 12, 1)), "past valid-to it stops counting by itself");
    }

    @Test
    void validToBeforeValidFromIsRefused() {
        refused("firm.error.validToBeforeFrom", () -> new Qualification(1, "CMA", null, "x", "y",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), 7));
        refused("firm.error.certificateRequired", () -> new Qualification(1, "CMA", null, " ", "y",
                LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30), 7));
    }
}
