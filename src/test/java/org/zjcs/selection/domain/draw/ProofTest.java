package org.zjcs.selection.domain.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.FailureReason;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;
import org.zjcs.selection.domain.method.Weights;

/** The proof's JSON and its verification, tampering included. */
class ProofTest {

    /**
     * docs/draw-example-proof.json is this code's output on the fixed vectors. Run with
     * {@code -Dzjcs.draw.writeExample=true} to rewrite it after a deliberate change.
     */
    @Test
    void theExampleFileIsCurrent() throws IOException {
        String pretty = ExampleProof.proof().toPrettyJson();
        Path file = Path.of(ExampleProof.FILE);
        if (Boolean.getBoolean("zjcs.draw.writeExample")) {
            Files.writeString(file, pretty, StandardCharsets.UTF_8);
        }
        assertEquals(pretty, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(ExampleProof.proof(), Proof.parse(pretty));
    }

    @Test
    void exampleResult() {
        Proof p = ExampleProof.proof();
        assertEquals(2L, p.result().winnerFirmId());
        assertEquals(List.of(2L, 3L, 1L, 5L, 4L), p.result().ranking());
        assertEquals(new BigDecimal("93100.33"), p.result().reference());
        assertEquals(98, p.result().coefficient());
        assertEquals("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd", p.commitment());
        assertEquals(DrawVectors.SEED_HEX, p.seedHex());
        assertTrue(ProofVerifier.verify(p).verified());
    }

    @Test
    void canonicalJsonRoundTrip() {
        Proof p = ExampleProof.proof();
        String json = p.toJson();
        assertTrue(json.startsWith("{\"version\":\"zjcs-draw-v1\",\"noticeId\":1001,\"method\":\"REASONABLE_PRICE\","
                + "\"seed\":\"" + DrawVectors.SEED_HEX + "\","), json);
        assertTrue(json.contains("\"price\":\"95001.00\""), json);
        assertTrue(json.contains("\"weights\":null,\"directPickFirmId\":null"), json);
        Proof back = Proof.parse(json);
        assertEquals(p, back);
        assertEquals(json, back.toJson());
    }

    @Test
    void everyMethodRoundTripsAndVerifies() {
        List<Entry> scored = List.of(
                new Entry(11, "Firm K", DrawVectors.RECEIPT_A, new BigDecimal("100"), new BigDecimal("101"),
                        new BigDecimal("50")),
                new Entry(12, "Firm L", DrawVectors.RECEIPT_B, new BigDecimal("90"), new BigDecimal("80"),
                        new BigDecimal("60.5")),
                new Entry(13, "Firm M", DrawVectors.RECEIPT_C, new BigDecimal("95.50"), new BigDecimal("100"),
                        new BigDecimal("70")));
        List<SelectionInput> inputs = List.of(
                SelectionInput.of(5, SelectionMethod.RANDOM_DRAW, scored),
                SelectionInput.of(5, SelectionMethod.LOWEST_PRICE, scored),
                SelectionInput.of(5, SelectionMethod.REASONABLE_PRICE, scored).withCoefficients(List.of(90, 100)),
                SelectionInput.of(5, SelectionMethod.SCORED, scored).withWeights(new Weights(50, 30, 20)),
                SelectionInput.of(5, SelectionMethod.DIRECT_PICK, scored).withDirectPick(13),
                SelectionInput.of(5, SelectionMethod.DIRECT_PICK, scored).withDirectPick(99),
                SelectionInput.of(5, SelectionMethod.RANDOM_DRAW, scored).withMinBidders(4));
        for (SelectionInput in : inputs) {
            Proof p = Proof.of(in, DrawVectors.seed(), SelectionRules.select(in, DrawVectors.seed()));
            Proof back = Proof.parse(p.toJson());
            assertEquals(p, back, in.method().name());
            ProofVerifier.Verification v = ProofVerifier.verify(back);
            assertTrue(v.verified(), in.method() + " " + v.mismatches());
        }
    }

    @Test
    void failedProofRoundTrips() {
        SelectionInput in = SelectionInput.of(5, SelectionMethod.DIRECT_PICK,
                List.of(Entry.unpriced(1, "x", DrawVectors.RECEIPT_A))).withDirectPick(2);
        Proof p = Proof.parse(Proof.of(in, DrawVectors.seed(), SelectionRules.select(in, DrawVectors.seed())).toJson());
        assertEquals(Outcome.Status.FAILED, p.result().status());
        assertEquals(FailureReason.NOT_ENROLLED, p.result().failure());
        assertTrue(ProofVerifier.verify(p).verified());
    }

    @Test
    void aTamperedSeedIsDetected() {
        String json = ExampleProof.proof().toJson().replace("\"seed\":\"00", "\"seed\":\"ff");
        ProofVerifier.Verification v = ProofVerifier.verify(Proof.parse(json));
        assertFalse(v.verified());
        assertFalse(v.commitmentMatches());
        assertTrue(v.mismatches().stream().anyMatch(m -> m.field().equals("commitment")));
    }

    @Test
    void aSeedAndCommitmentSwappedTogetherStillChangeTheResult() {
        // Someone who replaces seed and commitment (so that they match) gets a different draw: the winner or the
        // coefficient no longer matches the published result, for most seeds.
        int detected = 0;
        for (int i = 0; i < 20; i++) {
            byte[] seed = DrawVectors.seed();
            seed[0] = (byte) (i + 1);
            Proof p = ExampleProof.proof();
            Proof forged = new Proof(p.version(), p.noticeId(), p.method(), DrawStream.hex(seed),
                    DrawStream.commitment(seed), p.minBidders(), p.coefficients(), p.weights(), p.directPickFirmId(),
                    p.entries(), p.result());
            ProofVerifier.Verification v = ProofVerifier.verify(forged);
            assertTrue(v.commitmentMatches());
            if (!v.verified()) {
                detected++;
            }
        }
        assertTrue(detected >= 10, "a different seed gives a different coefficient 3 times in 4: " + detected);
    }

    @Test
    void aTamperedWinnerIsDetected() {
        String json = ExampleProof.proof().toJson().replace("\"winnerFirmId\":2", "\"winnerFirmId\":3");
        ProofVerifier.Verification v = ProofVerifier.verify(Proof.parse(json));
        assertFalse(v.verified());
        assertFalse(v.winnerMatches());
        assertTrue(v.commitmentMatches());
        assertEquals(List.of(new ProofVerifier.Mismatch("winner", "3", "2")), v.mismatches());
    }

    @Test
    void aTamperedCommitmentIsDetected() {
        Proof p = ExampleProof.proof();
        String json = p.toJson().replace(p.commitment(), DrawStream.commitment(new byte[32]));
        ProofVerifier.Verification v = ProofVerifier.verify(Proof.parse(json));
        assertFalse(v.verified());
        assertFalse(v.commitmentMatches());
        assertTrue(v.winnerMatches());
        assertEquals("commitment", v.mismatches().get(0).field());
    }

    @Test
    void aTamperedPriceOrRankingIsDetected() {
        String json = ExampleProof.proof().toJson().replace("\"95001.00\"", "\"95000.00\"");
        ProofVerifier.Verification v = ProofVerifier.verify(Proof.parse(json));
        assertTrue(v.mismatches().stream().anyMatch(m -> m.field().equals("reference")), v.mismatches().toString());
        String ranking = ExampleProof.proof().toJson().replace("[2,3,1,5,4]", "[2,1,3,5,4]");
        assertFalse(ProofVerifier.verify(Proof.parse(ranking)).verified());
    }

    @Test
    void notAProof() {
        assertThrows(IllegalArgumentException.class, () -> Proof.parse("{}"));
        assertThrows(IllegalArgumentException.class, () -> Proof.parse("not json"));
        String json = ExampleProof.proof().toJson();
        assertThrows(IllegalArgumentException.class, () -> Proof.parse(json.replace("REASONABLE_PRICE", "CHEAPEST")));
        assertThrows(IllegalArgumentException.class, () -> Proof.parse(json.replace("\"seed\":\"00", "\"seed\":\"")));
        assertThrows(IllegalArgumentException.class, () -> Proof.parse(json.replace("\"price\":\"95001.00\"",
                "\"price\":\"a lot\"")));
    }
}
