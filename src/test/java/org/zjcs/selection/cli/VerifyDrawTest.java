package org.zjcs.selection.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zjcs.selection.domain.draw.ExampleProof;

/** The command line on the example proof of docs/. */
class VerifyDrawTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return VerifyDraw.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExampleProofVerifies() {
        assertEquals(0, run("", ExampleProof.FILE), err.toString(StandardCharsets.UTF_8));
        String text = out();
        assertTrue(text.contains("draw: purpose=coefficient, n=4, counters=0, rejected=, block="
                + "094129a4748ade27f6634422ac3e7fd5ac04ed9b030f7deccbadae0f533c38f8"), text);
        assertTrue(text.contains("reference: sum=285001.00, count=3, coefficient=98, reference=93100.33"), text);
        assertTrue(text.contains("Winner: 2 Firm B Safety Consulting Ltd.\nProof verified.\n")
                || text.contains("Winner: 2 Firm B Safety Consulting Ltd." + System.lineSeparator()
                + "Proof verified."), text);
    }

    @Test
    void theVersion2ExampleProofVerifies() {
        assertEquals(0, run("", ExampleProof.FILE_V2), err.toString(StandardCharsets.UTF_8));
        String text = out();
        assertTrue(text.startsWith("Draw proof zjcs-draw-v2, notice 1001"), text);
        assertTrue(text.contains("(matches the witness commitment)"), text);
        assertTrue(text.contains("Ledger:          7 submissions, withdrawals included"), text);
        assertTrue(text.contains("Effective seed:  6331c35973ead00135cc5e36f3806d91c71f10778b8b9db810386d9da2033d89"), text);
        assertTrue(text.contains("Winner: 3 Firm C Survey Institute"), text);
        assertTrue(text.contains("Proof verified."), text);
    }

    @Test
    void aVersion2ProofWithAWrongWitnessCommitmentExitsWithOne() {
        String json = ExampleProof.proofV2().toJson().replace(ExampleProof.proofV2().v2().witnessCommitment(),
                "00".repeat(32));
        assertEquals(1, run(json, "-"));
        assertTrue(out().contains("(DOES NOT match the witness commitment)"), out());
        assertTrue(out().contains("MISMATCH witnessCommitment: published " + "00".repeat(32)), out());
    }

    @Test
    void fromStandardInput() {
        assertEquals(0, run(ExampleProof.proof().toJson(), "-"));
        assertTrue(out().contains("Winner: 2 Firm B"));
    }

    @Test
    void aTamperedProofExitsWithOne() {
        String json = ExampleProof.proof().toJson().replace("\"winnerFirmId\":2", "\"winnerFirmId\":4");
        assertEquals(1, run(json, "-"));
        assertTrue(out().contains("MISMATCH winner: published 4, recomputed 2"), out());
        assertTrue(out().contains("Proof NOT verified"), out());
    }

    @Test
    void usageAndBadFilesExitWithTwo() {
        assertEquals(2, run(""));
        assertEquals(2, run("", "no-such-file.json"));
        assertEquals(2, run("{\"version\":1}", "-"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Not a valid draw proof"));
    }
}
