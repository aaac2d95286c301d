package org.zjcs.selection.domain.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;

/** Re-runs a published proof and compares: the commitment with SHA-256(seed), and the recomputed result. */
public final class ProofVerifier {

    /** One published value that differs from what the verifier computed. */
    public record Mismatch(String field, String published, String recomputed) {
    }

    /**
     * The verification.
     *
     * @param recomputedCommitment {@code hex(SHA-256(seed))}
     * @param commitmentMatches    whether the published commitment equals it
     * @param entriesDigest        the entries digest the draw used, hex
     * @param recomputed           the recomputed outcome, with its steps
     * @param winnerMatches        whether the recomputed winner (or failure) is the published one
     * @param mismatches           every published value that differs (version, commitment, status, failure, winner,
     *                             ranking, reference, coefficient); empty when the proof holds
     */
    public record Verification(String recomputedCommitment, boolean commitmentMatches, String entriesDigest,
                               Outcome recomputed, boolean winnerMatches, List<Mismatch> mismatches) {

        public Verification {
            mismatches = List.copyOf(mismatches);
        }

        public boolean verified() {
            return mismatches.isEmpty();
        }
    }

    private ProofVerifier() {
    }

    /**
     * @throws IllegalArgumentException when the proof's input cannot be run (e.g. a scored proof without weights)
     */
    public static Verification verify(Proof proof) {
        List<Mismatch> mismatches = new ArrayList<>();
        if (!DrawStream.VERSION.equals(proof.version())) {
            mismatches.add(new Mismatch("version", proof.version(), DrawStream.VERSION));
        }
        byte[] seed = DrawStream.parseSeed(proof.seedHex());
        String commitment = DrawStream.commitment(seed);
        boolean commitmentMatches = commitment.equals(proof.commitment());
        if (!commitmentMatches) {
            mismatches.add(new Mismatch("commitment", proof.commitment(), commitment));
        }
        SelectionInput input = proof.toSelectionInput();
        DrawStream draw = input.drawStream(seed);
        Outcome o = SelectionRules.of(input.method()).select(input, draw);
        Proof.Result published = proof.result();
        Proof.Result recomputed = Proof.Result.of(o);
        compare(mismatches, "status", published.status(), recomputed.status());
        compare(mismatches, "failure", published.failure(), recomputed.failure());
        compare(mismatches, "winner", published.winnerFirmId(), recomputed.winnerFirmId());
        compare(mismatches, "ranking", published.ranking(), recomputed.ranking());
        compareDecimal(mismatches, "reference", published.reference(), recomputed.reference());
        compare(mismatches, "coefficient", published.coefficient(), recomputed.coefficient());
        boolean winnerMatches = published.status() == recomputed.status()
                && Objects.equals(published.failure(), recomputed.failure())
                && Objects.equals(published.winnerFirmId(), recomputed.winnerFirmId());
        return new Verification(commitment, commitmentMatches, draw.entriesDigestHex(), o, winnerMatches, mismatches);
    }

    private static void compare(List<Mismatch> out, String field, Object published, Object recomputed) {
        if (!Objects.equals(published, recomputed)) {
            out.add(new Mismatch(field, String.valueOf(published), String.valueOf(recomputed)));
        }
    }

    private static void compareDecimal(List<Mismatch> out, String field, BigDecimal published, BigDecimal recomputed) {
        boolean same = published == null ? recomputed == null
                : recomputed != null && published.compareTo(recomputed) == 0;
        if (!same) {
            out.add(new Mismatch(field, published == null ? "null" : published.toPlainString(),
                    recomputed == null ? "null" : recomputed.toPlainString()));
        }
    }
}
