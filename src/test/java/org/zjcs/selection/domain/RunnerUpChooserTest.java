package org.zjcs.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawVectors;
import org.zjcs.selection.domain.draw.ExampleProof;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;

/** The runner-up from the same proof: the next of the ranking, skipping firms out on the notice and firms not eligible today. */
class RunnerUpChooserTest {

    private static final String DECLINED = "[{\"key\":\"selection.declined\",\"zh\":[],\"en\":[]}]";
    private static final String SUSPENDED = "[{\"key\":\"eligibility.SUSPENDED\",\"zh\":[],\"en\":[]}]";

    /** Lowest price: C 90000 (1st), B 95001 (2nd), A 100000 (3rd). */
    private static Proof lowestPrice() {
        SelectionInput in = SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.LOWEST_PRICE, List.of(
                Entry.priced(1, "Firm A", DrawVectors.RECEIPT_A, new BigDecimal("100000.00")),
                Entry.priced(2, "Firm B", DrawVectors.RECEIPT_B, new BigDecimal("95001.00")),
                Entry.priced(3, "Firm C", DrawVectors.RECEIPT_C, new BigDecimal("90000.00"))));
        return Proof.of(in, DrawVectors.seed(), SelectionRules.select(in, DrawVectors.seed()));
    }

    @Test
    void theSecondOfTheRankingIsTakenWithItsRankAndBidPrice() {
        Proof p = lowestPrice();
        assertEquals(List.of(3L, 2L, 1L), p.result().ranking());
        RunnerUpChooser.Choice c = RunnerUpChooser.choose(p, Map.of(3L, DECLINED), id -> Optional.empty());
        RunnerUpChooser.Candidate next = c.candidate().orElseThrow();
        assertEquals(2L, next.firmId());
        assertEquals("Firm B", next.firmName());
        assertEquals(2, next.rank());
        assertEquals(new BigDecimal("95001.00"), next.price());
        assertEquals(DrawVectors.RECEIPT_B, next.receiptHash());
        assertEquals(1, c.skipped().size(), "the decliner is recorded as skipped");
        assertEquals(3L, c.skipped().get(0).firmId());
        assertEquals(DECLINED, c.skipped().get(0).reasons());
    }

    @Test
    void aFirmNotEligibleTodayIsSkippedWithItsReasonsAndOnlyFirmsNotOutAreChecked() {
        Proof p = lowestPrice();
        List<Long> asked = new ArrayList<>();
        RunnerUpChooser.Choice c = RunnerUpChooser.choose(p, Map.of(3L, DECLINED), id -> {
            asked.add(id);
            return id == 2L ? Optional.of(SUSPENDED) : Optional.empty();
        });
        assertEquals(1L, c.candidate().orElseThrow().firmId());
        assertEquals(3, c.candidate().get().rank());
        assertEquals(List.of(2L, 1L), asked, "the decliner is not checked again");
        assertEquals(List.of(3L, 2L), c.skipped().stream().map(RunnerUpChooser.Skipped::firmId).toList());
        assertEquals(SUSPENDED, c.skipped().get(1).reasons());
    }

    @Test
    void aSecondDeclineOnTheSameProofGoesOnToTheThird() {
        RunnerUpChooser.Choice c = RunnerUpChooser.choose(lowestPrice(), Map.of(3L, DECLINED, 2L, DECLINED),
                id -> Optional.empty());
        assertEquals(1L, c.candidate().orElseThrow().firmId());
        assertEquals(3, c.candidate().get().rank());
    }

    @Test
    void noneLeftWhenEveryRankedFirmIsOutOrNotEligible() {
        Proof p = lowestPrice();
        RunnerUpChooser.Choice c = RunnerUpChooser.choose(p, Map.of(3L, DECLINED), id -> Optional.of(SUSPENDED));
        assertTrue(c.candidate().isEmpty());
        assertEquals(3, c.skipped().size());
        assertTrue(RunnerUpChooser.anyLeft(p, Map.of(3L, DECLINED)), "not eligible today is not gone for good");
        assertFalse(RunnerUpChooser.anyLeft(p, Map.of(3L, DECLINED, 2L, DECLINED, 1L, DECLINED)));
    }

    @Test
    void theReasonablePriceRankingIsFollowedAsPublished() {
        Proof p = ExampleProof.proof();
        List<Long> ranking = p.result().ranking();
        RunnerUpChooser.Choice c = RunnerUpChooser.choose(p, Map.of(ranking.get(0), DECLINED), id -> Optional.empty());
        assertEquals(ranking.get(1), c.candidate().orElseThrow().firmId());
        assertEquals(2, c.candidate().get().rank());
    }

    @Test
    void aRandomDrawProofHasNoRunnerUp() {
        SelectionInput in = SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.RANDOM_DRAW, List.of(
                Entry.unpriced(1, "Firm A", DrawVectors.RECEIPT_A), Entry.unpriced(2, "Firm B", DrawVectors.RECEIPT_B)))
                .withMinBidders(1);
        Proof p = Proof.of(in, DrawVectors.seed(), SelectionRules.select(in, DrawVectors.seed()));
        long winner = p.result().winnerFirmId();
        assertFalse(RunnerUpChooser.anyLeft(p, Map.of(winner, DECLINED)), "the ranking holds the winner only");
        assertTrue(RunnerUpChooser.choose(p, Map.of(winner, DECLINED), id -> Optional.empty()).candidate().isEmpty());
        assertFalse(SelectionMethod.RANDOM_DRAW.hasRunnersUp());
        assertFalse(SelectionMethod.DIRECT_PICK.hasRunnersUp());
        assertTrue(SelectionMethod.SCORED.hasRunnersUp());
    }
}
