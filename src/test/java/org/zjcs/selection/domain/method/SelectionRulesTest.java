package org.zjcs.selection.domain.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.draw.DrawStream;
import org.zjcs.selection.domain.draw.DrawVectors;

/**
 * The selection methods on fixed cases. Firms 1..5 are A..E with receipts SHA-256("receipt-A") .. ("receipt-E");
 * in receipt order they are E, A, C, B, D. The draws used below come from the fixed vectors (seed 00..1f, notice
 * 1001, these five receipts), computed independently: winner n=5 counter 0 -> 3; coefficient n=4 counter 0 -> 3;
 * coefficient n=1 -> 0; tiebreak-1 counter 0: n=2 -> 1, n=3 -> 0; tiebreak-1 counter 1, n=2 -> 1; tiebreak-2 counter
 * 0, n=2 -> 0.
 */
class SelectionRulesTest {

    private static final String A = DrawVectors.RECEIPT_A;
    private static final String B = DrawVectors.RECEIPT_B;
    private static final String C = DrawVectors.RECEIPT_C;
    private static final String D = DrawVectors.RECEIPT_D;
    private static final String E = DrawVectors.RECEIPT_E;

    private static Outcome run(SelectionInput input) {
        return SelectionRules.select(input, DrawVectors.seed());
    }

    private static List<Entry> unpriced() {
        return List.of(Entry.unpriced(1, "Firm A", A), Entry.unpriced(2, "Firm B", B), Entry.unpriced(3, "Firm C", C),
                Entry.unpriced(4, "Firm D", D), Entry.unpriced(5, "Firm E", E));
    }

    private static List<Entry> priced(String a, String b, String c, String d, String e) {
        return List.of(Entry.priced(1, "Firm A", A, new BigDecimal(a)), Entry.priced(2, "Firm B", B, new BigDecimal(b)),
                Entry.priced(3, "Firm C", C, new BigDecimal(c)), Entry.priced(4, "Firm D", D, new BigDecimal(d)),
                Entry.priced(5, "Firm E", E, new BigDecimal(e)));
    }

    private static List<String> drawPurposes(Outcome o) {
        return o.steps().stream().filter(s -> s.key().equals(Step.DRAW)).map(s -> s.value("purpose")).toList();
    }

    @Test
    void entriesAreKeptInReceiptOrder() {
        SelectionInput in = SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.RANDOM_DRAW, unpriced());
        assertEquals(List.of(5L, 1L, 3L, 2L, 4L), in.entries().stream().map(Entry::firmId).toList());
        assertEquals(3, in.minBidders());
        assertEquals(List.of(95, 96, 97, 98), in.coefficients());
    }

    @Test
    void randomDrawPicksTheDrawnIndex() {
        Outcome o = run(SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.RANDOM_DRAW, unpriced()));
        assertTrue(o.isSelected());
        // index 3 of E, A, C, B, D
        assertEquals(2L, o.winner().firmId());
        assertEquals(List.of(2L), o.rankingFirmIds());
        Step draw = o.steps().stream().filter(s -> s.key().equals(Step.DRAW)).findFirst().orElseThrow();
        assertEquals("winner", draw.value("purpose"));
        assertEquals("5", draw.value("n"));
        assertEquals("0", draw.value("counters"));
        assertEquals("", draw.value("rejected"));
        assertEquals("492ea498f82cbbc724e9744eb987d4e455072a1d1e845aeb450a990ddd676b59", draw.value("block"));
        assertEquals("3", draw.value("index"));
        assertEquals("winner", o.steps().get(o.steps().size() - 1).key());
    }

    @Test
    void tooFewBiddersFailWithoutADraw() {
        for (SelectionMethod m : List.of(SelectionMethod.RANDOM_DRAW, SelectionMethod.LOWEST_PRICE,
                SelectionMethod.REASONABLE_PRICE, SelectionMethod.SCORED)) {
            List<Entry> two = List.of(new Entry(1, "Firm A", A, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN),
                    new Entry(2, "Firm B", B, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN));
            SelectionInput in = SelectionInput.of(7, m, two).withWeights(new Weights(60, 20, 20));
            Outcome o = run(in);
            assertEquals(Outcome.Status.FAILED, o.status(), m.name());
            assertEquals(FailureReason.TOO_FEW, o.failure());
            assertNull(o.winner());
            assertTrue(o.ranking().isEmpty());
            assertTrue(drawPurposes(o).isEmpty());
            assertEquals("failed.too-few", o.steps().get(o.steps().size() - 1).key());
            // with a minimum of 2 the same entries are enough
            assertTrue(run(in.withMinBidders(2)).isSelected(), m.name());
        }
        assertEquals(FailureReason.TOO_FEW,
                run(SelectionInput.of(7, SelectionMethod.DIRECT_PICK, List.of()).withDirectPick(1)).failure());
        // nobody enrolled in a direct pick: nobody to name, it fails at its deadline (no pick asked for)
        assertEquals(FailureReason.TOO_FEW, run(SelectionInput.of(7, SelectionMethod.DIRECT_PICK, List.of())).failure());
    }

    @Test
    void lowestPriceWinsAndTiesAreDrawn() {
        // A and C tie at 100 (different scales still tie), B and D at 120, E is 150.
        Outcome o = run(SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.LOWEST_PRICE,
                priced("100.00", "120", "100.0", "120.00", "150")));
        // group 1 = [A, C] in receipt order, tiebreak-1 n=2 -> 1: C then A;
        // group 2 = [B, D], tiebreak-2 n=2 -> 0: B then D; then E.
        assertEquals(3L, o.winner().firmId());
        assertEquals(List.of(3L, 1L, 2L, 4L, 5L), o.rankingFirmIds());
        assertEquals(List.of("tiebreak-1", "tiebreak-2"), drawPurposes(o));
        assertEquals(List.of(1, 2, 3, 4, 5), o.ranking().stream().map(RankedEntry::rank).toList());
    }

    @Test
    void lowestPriceWithoutTiesDrawsNothing() {
        Outcome o = run(SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.LOWEST_PRICE,
                priced("5", "4", "3", "2", "1")));
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), o.rankingFirmIds());
        assertTrue(drawPurposes(o).isEmpty());
    }

    @Test
    void reasonablePriceWorkedExample() {
        // Bids: A 100000.00, B 95001.00, C 90000.00, D 110000.00, E 85000.00.
        // Coefficient: draw "coefficient" n=4 -> index 3 of [95, 96, 97, 98] = 98.
        // Drop the lowest (E 85000) and the highest (D 110000); keep A, B, C: sum 285001.00, count 3.
        // Reference = 285001.00 x 98 / (3 x 100) = 27930098 / 300 = 93100.32666... -> HALF_UP 93100.33.
        // Distances: A 6899.67, B 1900.67, C 3100.33, D 16899.67, E 8100.33 -> ranking B, C, A, E, D.
        Outcome o = run(SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.REASONABLE_PRICE,
                priced("100000.00", "95001.00", "90000.00", "110000.00", "85000.00")));
        assertEquals(98, o.coefficient());
        assertEquals(new BigDecimal("93100.33"), o.reference());
        assertEquals(2L, o.winner().firmId());
        assertEquals(List.of(2L, 3L, 1L, 5L, 4L), o.rankingFirmIds());
        assertEquals(List.of("1900.67", "3100.33", "6899.67", "8100.33", "16899.67"),
                o.ranking().stream().map(r -> r.distance().toPlainString()).toList());
        assertEquals(List.of("coefficient"), drawPurposes(o));
        Step dropped = o.steps().stream().filter(s -> s.key().equals("bids.dropped")).findFirst().orElseThrow();
        assertEquals("5", dropped.value("lowestFirmId"));
        assertEquals("4", dropped.value("highestFirmId"));
        Step avg = o.steps().stream().filter(s -> s.key().equals("average")).findFirst().orElseThrow();
        assertEquals("285001.00", avg.value("sum"));
        assertEquals("95000.33", avg.value("average"));
        Step drawn = o.steps().stream().filter(s -> s.key().equals("coefficient.drawn")).findFirst().orElseThrow();
        assertEquals("98", drawn.value("coefficient"));
        assertEquals("95,96,97,98", drawn.value("coefficients"));
    }

    @Test
    void reasonablePriceTiesAreDrawn() {
        // Coefficients [100] (draw n=1 -> 100). Bids A 100, B 110, C 90, D 95, E 105: drop C 90 and B 110;
        // A, D, E average 100 -> reference 100.00. Distances A 0, D 5, E 5, B 10, C 10.
        // group 1 = [E, D] (receipt order), tiebreak-1 n=2 -> 1: D, E; group 2 = [C, B], tiebreak-2 n=2 -> 0: C, B.
        Outcome o = run(SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.REASONABLE_PRICE,
                priced("100", "110", "90", "95", "105")).withCoefficients(List.of(100)));
        assertEquals(new BigDecimal("100.00"), o.reference());
        assertEquals(List.of(1L, 4L, 5L, 3L, 2L), o.rankingFirmIds());
        assertEquals(List.of("coefficient", "tiebreak-1", "tiebreak-2"), drawPurposes(o));
    }

    @Test
    void reasonablePriceEqualExtremesDropOneEach() {
        // All five at 100: one lowest and one highest are dropped, three averaged: reference 100 x 97 / 100 = 97.00
        // with the coefficients [97]; every distance is 3.00, so the whole ranking is one drawn group.
        Outcome o = run(SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.REASONABLE_PRICE,
                priced("100", "100", "100", "100", "100")).withCoefficients(List.of(97)));
        Step avg = o.steps().stream().filter(s -> s.key().equals("average")).findFirst().orElseThrow();
        assertEquals("3", avg.value("count"));
        assertEquals(new BigDecimal("97.00"), o.reference());
        assertEquals(5, o.ranking().size());
        assertEquals(5, drawPurposes(o).size()); // coefficient + tiebreak-1 with n = 5, 4, 3, 2
    }

    @Test
    void reasonablePriceRoundsHalfUpOnce() {
        // Two bids (minimum 2, nothing dropped): sum 200.01, coefficient 100: 200.01 x 100 / 200 = 100.005 -> 100.01
        // (HALF_EVEN would give 100.00). The bid of 100.01 is at distance 0.
        SelectionInput in = new SelectionInput(9, SelectionMethod.REASONABLE_PRICE, 2, List.of(100), null, null,
                List.of(Entry.priced(1, "Firm A", A, new BigDecimal("100.01")),
                        Entry.priced(2, "Firm B", B, new BigDecimal("100.00"))));
        Outcome o = run(in);
        assertEquals(new BigDecimal("100.01"), o.reference());
        assertEquals(1L, o.winner().firmId());
        assertTrue(o.steps().stream().anyMatch(s -> s.key().equals("bids.all-kept")));
    }

    @Test
    void scoredTotalsAndTies() {
        // Weights 60/20/20; lowest price 80000.
        // A: 100000, credit 100, qual 80: price score 80;      (60x80 + 20x100 + 20x80) / 100 = 84.00
        // B:  80000, credit  90, qual 70: price score 100;     (6000 + 1800 + 1400) / 100 = 92.00
        // C:  90000, credit 105 -> 100, qual 90: 88.888...;    (5333.33.. + 2000 + 1800) / 100 = 91.3333.. -> 91.33
        // D, E: as C with credit 100 -> 91.33 as well.
        // Ranking: B, then the group [E, C, D] (receipt order): tiebreak-1 n=3 -> 0: E; n=2 (counter 1) -> 1: D;
        // then C; then A.
        BigDecimal q90 = new BigDecimal("90");
        List<Entry> es = List.of(
                new Entry(1, "Firm A", A, new BigDecimal("100000"), new BigDecimal("100"), new BigDecimal("80")),
                new Entry(2, "Firm B", B, new BigDecimal("80000"), new BigDecimal("90"), new BigDecimal("70")),
                new Entry(3, "Firm C", C, new BigDecimal("90000"), new BigDecimal("105"), q90),
                new Entry(4, "Firm D", D, new BigDecimal("90000"), new BigDecimal("100"), q90),
                new Entry(5, "Firm E", E, new BigDecimal("90000.00"), new BigDecimal("100.0"), q90));
        Outcome o = run(SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.SCORED, es)
                .withWeights(new Weights(60, 20, 20)));
        assertEquals(2L, o.winner().firmId());
        assertEquals(List.of(2L, 5L, 4L, 3L, 1L), o.rankingFirmIds());
        assertEquals(List.of("92.00", "91.33", "91.33", "91.33", "84.00"),
                o.ranking().stream().map(r -> r.score().toPlainString()).toList());
        assertEquals(new BigDecimal("88.89"), o.ranking().get(1).priceScore());
        assertEquals(List.of("tiebreak-1", "tiebreak-1"), drawPurposes(o));
    }

    @Test
    void scoredRoundsTheTotalOnceHalfUp() {
        // Weights 100/0/0, lowest 3, price 8: 100 x 3 / 8 = 37.5 exactly -> 37.50; price 6: 50.00;
        // weights 50/25/25, lowest 1, price 3, credit 0, qual 0: 50 x 33.333.. / 100 = 16.666.. -> 16.67.
        List<Entry> es = List.of(new Entry(1, "Firm A", A, new BigDecimal("3"), BigDecimal.ZERO, BigDecimal.ZERO),
                new Entry(2, "Firm B", B, new BigDecimal("8"), BigDecimal.ZERO, BigDecimal.ZERO),
                new Entry(3, "Firm C", C, new BigDecimal("6"), BigDecimal.ZERO, BigDecimal.ZERO));
        Outcome o = run(SelectionInput.of(5, SelectionMethod.SCORED, es).withWeights(new Weights(100, 0, 0)));
        assertEquals(List.of("100.00", "50.00", "37.50"),
                o.ranking().stream().map(r -> r.score().toPlainString()).toList());
        List<Entry> es2 = List.of(new Entry(1, "Firm A", A, new BigDecimal("1"), BigDecimal.ZERO, BigDecimal.ZERO),
                new Entry(2, "Firm B", B, new BigDecimal("3"), BigDecimal.ZERO, BigDecimal.ZERO),
                new Entry(3, "Firm C", C, new BigDecimal("2"), BigDecimal.ZERO, BigDecimal.ZERO));
        Outcome o2 = run(SelectionInput.of(5, SelectionMethod.SCORED, es2).withWeights(new Weights(50, 25, 25)));
        assertEquals(new BigDecimal("16.67"), o2.ranking().get(2).score());
        assertEquals(new BigDecimal("33.33"), o2.ranking().get(2).priceScore());
    }

    @Test
    void directPick() {
        SelectionInput in = SelectionInput.of(3, SelectionMethod.DIRECT_PICK, unpriced());
        assertEquals(1, in.minBidders());
        Outcome o = run(in.withDirectPick(4));
        assertEquals(4L, o.winner().firmId());
        assertTrue(drawPurposes(o).isEmpty());
        Outcome missing = run(in.withDirectPick(99));
        assertEquals(FailureReason.NOT_ENROLLED, missing.failure());
        assertEquals(Outcome.Status.FAILED, missing.status());
        assertThrows(IllegalArgumentException.class, () -> run(in));
    }

    @Test
    void factoryByName() {
        for (SelectionMethod m : SelectionMethod.values()) {
            assertEquals(SelectionRules.of(m), SelectionRules.of(m.name()));
        }
        assertTrue(SelectionRules.of("SCORED") instanceof ScoredRule);
        assertThrows(IllegalArgumentException.class, () -> SelectionRules.of("NONE"));
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> run(SelectionInput.of(1, SelectionMethod.LOWEST_PRICE,
                unpriced())));
        assertThrows(IllegalArgumentException.class, () -> run(SelectionInput.of(1, SelectionMethod.SCORED,
                priced("1", "2", "3", "4", "5"))));
        assertThrows(IllegalArgumentException.class, () -> new Weights(50, 50, 1));
        assertThrows(IllegalArgumentException.class,
                () -> SelectionInput.of(1, SelectionMethod.REASONABLE_PRICE, unpriced()).withCoefficients(List.of(95, 95)));
        assertThrows(IllegalArgumentException.class, () -> SelectionInput.of(1, SelectionMethod.RANDOM_DRAW,
                List.of(Entry.unpriced(1, "x", A), Entry.unpriced(1, "y", B))));
        // a stream of other receipts or another notice, or a used one
        SelectionInput in = SelectionInput.of(DrawVectors.NOTICE_ID, SelectionMethod.RANDOM_DRAW, unpriced());
        assertThrows(IllegalArgumentException.class, () -> new RandomDrawRule().select(in,
                new DrawStream(DrawVectors.seed(), 2, in.receipts())));
        assertThrows(IllegalArgumentException.class, () -> new RandomDrawRule().select(in,
                new DrawStream(DrawVectors.seed(), DrawVectors.NOTICE_ID, List.of(A, B, C, D))));
        DrawStream used = in.drawStream(DrawVectors.seed());
        used.index("winner", 2);
        assertThrows(IllegalArgumentException.class, () -> new RandomDrawRule().select(in, used));
        assertThrows(IllegalArgumentException.class, () -> new LowestPriceRule().select(in, in.drawStream(
                DrawVectors.seed())));
    }
}
