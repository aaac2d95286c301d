package org.zjcs.selection.domain.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;

/**
 * Re-runs a published proof and compares: the commitment with SHA-256(seed), and the recomputed result. Dispatches on
 * the version: a {@value DrawStream#VERSION} proof draws from the seed alone; a {@value DrawStream#VERSION_2} proof also
 * checks the witness against its commitment, the ledger against its digest and every entry against the ledger, and
 * draws from the effective seed (docs/draw.md, "Version 2").
 */
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
     * @param mismatches           every published value that differs (version, commitment, witnessCommitment,
     *                             ledgerDigest, ledger, status, failure, winner, ranking, reference, coefficient);
     *                             empty when the proof holds
     * @param v2                   version 2: what was recomputed from the witness and the ledger; {@code null} for
     *                             version 1
     */
    public record Verification(String recomputedCommitment, boolean commitmentMatches, String entriesDigest,
                               Outcome recomputed, boolean winnerMatches, List<Mismatch> mismatches, V2Check v2) {

        public Verification {
            mismatches = List.copyOf(mismatches);
        }

        public boolean verified() {
            return mismatches.isEmpty();
        }
    }

    /**
     * The version-2 part of a verification.
     *
     * @param recomputedWitnessCommitment {@code hex(SHA-256(witness))}
     * @param witnessCommitmentMatches    whether the proof's witness commitment equals it
     * @param recomputedLedgerDigest      the digest of the proof's ledger
     * @param ledgerDigestMatches         whether the proof's ledger digest equals it
     * @param entriesInLedger             whether every entry's receipt is in the ledger
     * @param effectiveSeed               the seed the blocks used, hex
     */
    public record V2Check(String recomputedWitnessCommitment, boolean witnessCommitmentMatches,
                          String recomputedLedgerDigest, boolean ledgerDigestMatches, boolean entriesInLedger,
                          String effectiveSeed) {
    }

    private ProofVerifier() {
    }

    /**
     * @throws IllegalArgumentException when the proof's input cannot be run (e.g. a scored proof without weights)
     */
    public static Verification verify(Proof proof) {
        List<Mismatch> mismatches = new ArrayList<>();
        boolean v2 = DrawStream.VERSION_2.equals(proof.version());
        if (v2 && proof.v2() == null) {
            mismatches.add(new Mismatch("version", proof.version(), DrawStream.VERSION + " (no witness, no ledger)"));
            v2 = false;
        } else if (!v2 && !DrawStream.VERSION.equals(proof.version())) {
            mismatches.add(new Mismatch("version", proof.version(), DrawStream.VERSION + " or " + DrawStream.VERSION_2));
        } else if (!v2 && proof.v2() != null) {
            mismatches.add(new Mismatch("version", proof.version(), DrawStream.VERSION_2 + " (has a witness and a ledger)"));
        }
        byte[] seed = DrawStream.parseSeed(proof.seedHex());
        String commitment = DrawStream.commitment(seed);
        boolean commitmentMatches = commitment.equals(proof.commitment());
        if (!commitmentMatches) {
            mismatches.add(new Mismatch("commitment", proof.commitment(), commitment));
        }
        SelectionInput input = proof.toSelectionInput();
        DrawStream draw;
        V2Check check = null;
        if (v2) {
            Proof.V2 p = proof.v2();
            byte[] witness = DrawStream.parseSeed(p.witnessHex());
            String witnessCommitment = DrawStream.commitment(witness);
            boolean witnessMatches = witnessCommitment.equals(p.witnessCommitment());
            if (!witnessMatches) {
                mismatches.add(new Mismatch("witnessCommitment", p.witnessCommitment(), witnessCommitment));
            }
            byte[] ledgerDigest = DrawStream.ledgerDigest(p.ledger());
            String ledgerHex = DrawStream.hex(ledgerDigest);
            boolean ledgerMatches = ledgerHex.equals(p.ledgerDigest());
            if (!ledgerMatches) {
                mismatches.add(new Mismatch("ledgerDigest", p.ledgerDigest(), ledgerHex));
            }
            Set<String> inLedger = new HashSet<>(p.ledger());
            List<String> missing = input.receipts().stream().filter(r -> !inLedger.contains(r)).toList();
            if (!missing.isEmpty()) {
                mismatches.add(new Mismatch("ledger", "entries " + missing, "not in the ledger"));
            }
            draw = input.drawStreamV2(seed, witness, ledgerDigest);
            check = new V2Check(witnessCommitment, witnessMatches, ledgerHex, ledgerMatches, missing.isEmpty(),
                    draw.seedHex());
        } else {
            draw = input.drawStream(seed);
        }
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
        return new Verification(commitment, commitmentMatches, draw.entriesDigestHex(), o, winnerMatches, mismatches,
                check);
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
