package org.zjcs.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The contract version life cycle, transition by transition. */
class ContractStatusTest {

    @Test
    void aSubmittedVersionIsConfirmed() {
        assertEquals(ContractStatus.CONFIRMED, ContractStatus.SUBMITTED.confirm());
    }

    @Test
    void aSubmittedVersionIsReturned() {
        assertEquals(ContractStatus.RETURNED, ContractStatus.SUBMITTED.returnIt());
    }

    @Test
    void aReturnedVersionIsFollowedByASubmittedOne() {
        assertEquals(ContractStatus.SUBMITTED, ContractStatus.RETURNED.resubmit());
    }

    @Test
    void aConfirmedVersionIsFinal() {
        assertEquals("contract.error.notSubmitted", assertThrows(DomainException.class, ContractStatus.CONFIRMED::confirm).messageKey());
        assertEquals("contract.error.notSubmitted", assertThrows(DomainException.class, ContractStatus.CONFIRMED::returnIt).messageKey());
        assertEquals("contract.error.confirmed", assertThrows(DomainException.class, ContractStatus.CONFIRMED::resubmit).messageKey());
    }

    @Test
    void aReturnedVersionIsNotAnsweredAgain() {
        assertThrows(DomainException.class, ContractStatus.RETURNED::confirm);
        assertThrows(DomainException.class, ContractStatus.RETURNED::returnIt);
    }

    @Test
    void aPendingVersionIsNotFollowedByAnother() {
        assertEquals("contract.error.pending", assertThrows(DomainException.class, ContractStatus.SUBMITTED::resubmit).messageKey());
    }
}
