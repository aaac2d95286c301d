package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zjcs.credit.domain.AppealStatus;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.shared.error.DomainException;

/** The state of a 差评 ledger line, derived from the appeal, the appeal period and the follow-up. */
class LedgerStateTest {

    @Test
    void withoutAnAppealTheStateFollowsThePeriodAndTheFollowUp() {
        assertEquals(LedgerState.APPEALABLE, LedgerState.derive(null, null, true, false));
        assertEquals(LedgerState.TO_RECTIFY, LedgerState.derive(null, null, false, false));
        assertEquals(LedgerState.RECTIFIED, LedgerState.derive(null, null, false, true));
        assertEquals(LedgerState.RECTIFIED, LedgerState.derive(null, null, true, true));
    }

    @Test
    void aPendingAppealIsAppealingWhateverElse() {
        assertEquals(LedgerState.APPEALING, LedgerState.derive(AppealStatus.PENDING, null, true, false));
        assertEquals(LedgerState.APPEALING, LedgerState.derive(AppealStatus.PENDING, null, false, true));
    }

    @Test
    void aRevisionOutOfTheBadLevelsRevokesTheLine() {
        assertEquals(LedgerState.REVOKED,
                LedgerState.derive(AppealStatus.REVISED, EvaluationLevel.BASICALLY_SATISFIED, false, false));
        assertEquals(LedgerState.REVOKED, LedgerState.derive(AppealStatus.REVISED, EvaluationLevel.SATISFIED, false, true));
    }

    @Test
    void anUpheldOrStillBadEvaluationWaitsForItsFollowUp() {
        assertEquals(LedgerState.TO_RECTIFY, LedgerState.derive(AppealStatus.UPHELD, null, false, false));
        assertEquals(LedgerState.TO_RECTIFY,
                LedgerState.derive(AppealStatus.REVISED, EvaluationLevel.DISSATISFIED, false, false));
        assertEquals(LedgerState.RECTIFIED, LedgerState.derive(AppealStatus.UPHELD, null, false, true));
    }

    @Test
    void aFollowUpMayBeRecordedOnlyWhileTheBadEvaluationStandsAndOnce() {
        assertTrue(LedgerState.TO_RECTIFY.followUpAllowed());
        assertTrue(LedgerState.APPEALABLE.followUpAllowed());
        assertFalse(LedgerState.APPEALING.followUpAllowed());
        assertFalse(LedgerState.REVOKED.followUpAllowed());
        assertFalse(LedgerState.RECTIFIED.followUpAllowed());
    }

    @Test
    void statesAreParsedStrictly() {
        assertNull(LedgerState.parse(" "));
        assertEquals(LedgerState.REVOKED, LedgerState.parse("REVOKED"));
        assertEquals("evalstat.error.state", assertThrows(DomainException.class, () -> LedgerState.parse("DONE")).messageKey());
    }
}
