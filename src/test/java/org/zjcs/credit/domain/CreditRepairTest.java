package org.zjcs.credit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/**
 * A credit repair application's history without a server: who may apply for which entry and when, one pending
 * application per entry, and the application and decision as one {@link org.zjcs.shared.history.Exchange}.
 */
class CreditRepairTest {

    static final Instant NOW = CreditListRulesTest.NOW;
    static final LocalDate DAY = CreditListRulesTest.START.plusDays(90);

    static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    static CreditRepair applied(CreditListEntry e) {
        return CreditRepair.applyFor(e, List.of(), 7, DAY, 90, " Corrected and trained staff ", NOW, "firm07");
    }

    @Test
    void theFirmAppliesForItsOwnCurrentBlackEntryAfterTheMinimumPeriodWithAReason() {
        CreditListEntry e = CreditListRulesTest.entry(ListKind.BLACK);
        assertEquals("credit.repair.error.tooEarly",
                refusal(() -> CreditRepair.applyFor(e, List.of(), 7, DAY.minusDays(1), 90, "r", NOW, "f")));
        assertEquals("credit.repair.error.notYours", refusal(() -> CreditRepair.applyFor(e, List.of(), 8, DAY, 90, "r", NOW, "f")));
        assertEquals("credit.repair.error.notBlack", refusal(() -> CreditRepair.applyFor(
                CreditListRulesTest.entry(ListKind.RED), List.of(), 7, DAY, 90, "r", NOW, "f")));
        assertEquals("credit.repair.error.reason", refusal(() -> CreditRepair.applyFor(e, List.of(), 7, DAY, 90, " ", NOW, "f")));

        CreditRepair r = applied(e);
        assertEquals(RepairStatus.PENDING, r.getStatus());
        assertEquals("Corrected and trained staff", r.getReason());
        assertEquals(7, r.getFirmId());
        assertEquals(41L, r.getEntryId());
        assertEquals("firm07", r.getExchange().getSubmittedBy());
        assertEquals(NOW, r.getAppliedAt());
        assertFalse(r.getExchange().isAnswered());
    }

    @Test
    void oneApplicationPerEntryIsPendingAtATime() {
        CreditListEntry e = CreditListRulesTest.entry(ListKind.BLACK);
        CreditRepair pending = applied(e);
        assertEquals("credit.repair.error.open", refusal(() -> CreditRepair.applyFor(e, List.of(pending), 7, DAY, 90, "again",
                NOW, "firm07")));
        pending.refuse(NOW, "regulator01", "Not enough evidence");
        CreditRepair next = CreditRepair.applyFor(e, List.of(pending), 7, DAY, 90, "More evidence", NOW, "firm07");
        assertTrue(next.isPending(), "after a refusal the firm may apply again");
    }

    @Test
    void theDecisionIsTheAnswerANoteIsOptionalARefusalNeedsAReasonAndOnlyOnce() {
        Instant later = NOW.plusSeconds(7200);
        CreditRepair approved = applied(CreditListRulesTest.entry(ListKind.BLACK));
        approved.approve(later, "regulator01", "  ");
        assertEquals(RepairStatus.APPROVED, approved.getStatus());
        assertEquals(later, approved.getDecidedAt());
        assertEquals("regulator01", approved.getDecidedBy());
        assertNull(approved.getDecisionReason(), "a blank note is no note");
        assertEquals("credit.repair.error.decided", refusal(() -> approved.refuse(later, "regulator02", "No")));
        assertEquals("regulator01", approved.getExchange().getAnsweredBy(), "the first answer stands");

        CreditRepair refused = applied(CreditListRulesTest.entry(ListKind.BLACK));
        assertEquals("credit.repair.error.refuseReason", refusal(() -> refused.refuse(later, "regulator01", "")));
        assertFalse(refused.getExchange().isAnswered(), "a refusal without a reason records nothing");
        refused.refuse(later, "regulator01", " Not enough evidence ");
        assertEquals("Not enough evidence", refused.getDecisionReason());
        assertTrue(refused.getExchange().isAnswered());
    }
}
