package org.zjcs.selection.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.draw.ProofVerifier;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.Step;

/**
 * Command-line verifier of a published draw proof (docs/draw.md, "Verify a proof"): re-runs the selection from the
 * proof, prints every step and compares with the published result. Exit status 0 when the proof holds, 1 when
 * something does not match, 2 on a usage error or a file that is not a proof.
 *
 * <pre>
 * mvn -q compile exec:java@verify-draw -Dexec.args=docs/draw-example-proof.json      (version 1)
 * mvn -q compile exec:java@verify-draw -Dexec.args=docs/draw-example-proof-v2.json   (version 2)
 * VerifyDraw proof.json      (or - to read standard input)
 * </pre>
 */
public final class VerifyDraw {

    private VerifyDraw() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the verification and returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("Usage: VerifyDraw PROOF.json   (or - to read the proof from standard input)");
            return 2;
        }
        String json;
        try {
            json = args[0].equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Cannot read " + args[0] + ": " + e.getMessage());
            return 2;
        }
        Proof proof;
        ProofVerifier.Verification v;
        try {
            proof = Proof.parse(json);
            v = ProofVerifier.verify(proof);
        } catch (IllegalArgumentException e) {
            err.println("Not a valid draw proof: " + e.getMessage());
            return 2;
        }
        print(proof, v, out);
        return v.verified() ? 0 : 1;
    }

    private static void print(Proof proof, ProofVerifier.Verification v, PrintStream out) {
        out.println("Draw proof " + proof.version() + ", notice " + proof.noticeId() + ", method " + proof.method());
        out.println("Seed:            " + proof.seedHex());
        out.println("Commitment:      " + proof.commitment());
        out.println("SHA-256(seed):   " + v.recomputedCommitment()
                + (v.commitmentMatches() ? "  (matches the commitment)" : "  (DOES NOT match the commitment)"));
        if (v.v2() != null) {
            ProofVerifier.V2Check c = v.v2();
            out.println("Witness:         " + proof.v2().witnessHex());
            out.println("Witness commit.: " + proof.v2().witnessCommitment());
            out.println("SHA-256(witn.):  " + c.recomputedWitnessCommitment() + (c.witnessCommitmentMatches()
                    ? "  (matches the witness commitment)" : "  (DOES NOT match the witness commitment)"));
            out.println("Ledger:          " + proof.v2().ledger().size() + " submissions, withdrawals included"
                    + (c.entriesInLedger() ? "" : "  (SOME ENTRIES ARE NOT IN THE LEDGER)"));
            out.println("Ledger digest:   " + c.recomputedLedgerDigest() + (c.ledgerDigestMatches()
                    ? "  (matches the published digest)" : "  (DOES NOT match the published " + proof.v2().ledgerDigest()
                    + ")"));
            out.println("Effective seed:  " + c.effectiveSeed()
                    + "  = SHA-256(\"zjcs-draw-v2\" || seed || witness || ledger digest)");
        }
        out.println("Minimum bidders: " + proof.minBidders());
        if (proof.coefficients() != null) {
            out.println("Coefficients:    " + proof.coefficients());
        }
        if (proof.weights() != null) {
            out.println("Weights:         price " + proof.weights().price() + ", credit " + proof.weights().credit()
                    + ", qualification " + proof.weights().qualification());
        }
        if (proof.directPickFirmId() != null) {
            out.println("Direct pick:     firm " + proof.directPickFirmId());
        }
        out.println("Entries in ascending receipt order (" + proof.entries().size() + "):");
        int i = 0;
        for (Entry e : proof.entries()) {
            StringBuilder line = new StringBuilder("  [" + i++ + "] " + e.receiptHash() + "  firm " + e.firmId() + " "
                    + e.firmName());
            if (e.price() != null) {
                line.append(", price ").append(e.price().toPlainString());
            }
            if (e.creditScore() != null) {
                line.append(", credit ").append(e.creditScore().toPlainString());
            }
            if (e.qualificationScore() != null) {
                line.append(", qualification ").append(e.qualificationScore().toPlainString());
            }
            out.println(line);
        }
        out.println("Entries digest:  " + v.entriesDigest());
        out.println("Steps:");
        int n = 1;
        for (Step s : v.recomputed().steps()) {
            out.println("  " + n++ + ". " + s.key() + ": " + s.values().entrySet().stream()
                    .filter(e -> !e.getKey().equals("receipts"))
                    .map(Map.Entry::getKey).map(k -> k + "=" + s.value(k)).collect(Collectors.joining(", ")));
        }
        Outcome o = v.recomputed();
        if (o.isSelected()) {
            out.println("Ranking:         " + o.rankingFirmIds());
            if (o.reference() != null) {
                out.println("Reference price: " + o.reference().toPlainString() + " (coefficient " + o.coefficient()
                        + "%)");
            }
            out.println("Winner: " + o.winner().firmId() + " " + o.winner().firmName());
        } else {
            out.println("FAILED: " + o.failure());
        }
        if (v.verified()) {
            out.println("Proof verified.");
        } else {
            for (ProofVerifier.Mismatch m : v.mismatches()) {
                out.println("MISMATCH " + m.field() + ": published " + m.published() + ", recomputed "
                        + m.recomputed());
            }
            out.println("Proof NOT verified: " + v.mismatches().size() + " mismatch(es).");
        }
    }
}
