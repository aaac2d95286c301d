package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.selection.domain.draw.DrawStream;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.draw.ProofVerifier;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Draw version 2 against the running server (docs/draw.md, "Version 2"; issue 14): a notice published now commits to
 * a witness next to its seed; at the deadline its draw uses the witness and the closed ledger (withdrawals included),
 * and the proof downloaded from REST verifies, also with the command-line verifier; the verify page shows the version-2
 * values in both languages; the demo's proofs of notices published before (no witness) stay version 1 and verify.
 */
class DrawV2IT {

    static final long ITEM = SelectionIT.ITEM;

    @Test
    void aNewNoticeDrawsWithVersion2AndItsProofVerifies() throws Exception {
        long notice = Fixtures.publish(as("owner01"), "Draw v2 " + System.nanoTime(), ITEM, "RANDOM_DRAW", "90000", null,
                null, 3);
        String witnessCommitment = text("SELECT draw_witness_commitment FROM notice WHERE id = ?", notice);
        assertTrue(witnessCommitment != null && witnessCommitment.matches("[0-9a-f]{64}"),
                "a witness commitment is published at publication: " + witnessCommitment);
        assertNotEquals(text("SELECT draw_commitment FROM notice WHERE id = ?", notice), witnessCommitment);
        assertTrue(new WebClient().get("/notice.xhtml?id=" + notice).body().contains(witnessCommitment),
                "and shown on the notice page");
        assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'PUBLICATION' AND content "
                + "LIKE ?", notice, "%\"drawWitnessCommitment\":\"" + witnessCommitment + "\"%"),
                "and fixed in the publication announcement");

        // three firms enrol; the first withdraws and enrols again: five submissions, three entries
        List<String> firms = Fixtures.firms(3, ITEM);
        firms.forEach(f -> SelectionIT.enrol(f, notice, "{}"));
        HttpResponse<String> withdrawn = as(firms.get(0)).sendJson("DELETE", SelectionIT.bids(notice), null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        SelectionIT.enrol(firms.get(0), notice, "{}");
        assertEquals(404, new WebClient().get("/api/notices/" + notice + "/proof").statusCode(), "no proof before");

        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");

        HttpResponse<String> proofJson = new WebClient().get("/api/notices/" + notice + "/proof");
        assertEquals(200, proofJson.statusCode());
        Proof proof = Proof.parse(proofJson.body());
        assertEquals(DrawStream.VERSION_2, proof.version());
        ProofVerifier.Verification v = ProofVerifier.verify(proof);
        assertTrue(v.verified(), "the downloaded proof verifies: " + v.mismatches());
        assertEquals(number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ?", notice),
                v.recomputed().winner().firmId());
        assertEquals(witnessCommitment, proof.v2().witnessCommitment(), "the witness committed at publication");
        assertEquals(witnessCommitment, Sha256.hex(DrawStream.parseSeed(proof.v2().witnessHex())));
        assertEquals(text("SELECT draw_commitment FROM notice WHERE id = ?", notice), proof.commitment());

        List<String> ledger = ledger(notice);
        assertEquals(5, ledger.size(), "enrol x3, withdraw, enrol again");
        assertEquals(ledger, proof.v2().ledger(), "the proof's ledger is the stored one, in order");
        assertEquals(3, proof.entries().size());
        assertFalse(proof.entries().stream().anyMatch(e -> e.receiptHash().equals(ledger.get(3))),
                "the withdrawal counts in the ledger, not as an entry");
        String closed = text("SELECT details FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                + "AND action = 'NOTICE_CLOSED'", String.valueOf(notice));
        assertTrue(closed.contains("\"ledgerSha256\":\"" + proof.v2().ledgerDigest() + "\""),
                "the proof's ledger digest is the one anchored in the audit chain at closing: " + closed);
        assertEquals(0, number("SELECT COUNT(*) FROM notice WHERE id = ? AND (draw_witness_salt = ? "
                + "OR draw_seed_sealed LIKE ?)", notice, proof.v2().witnessHex(), "%" + proof.v2().witnessHex() + "%"),
                "the witness itself is never stored with the notice");

        // the command-line verifier
        Path file = Files.createTempFile("proof-v2", ".json");
        Files.writeString(file, proofJson.body());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = org.zjcs.selection.cli.VerifyDraw.run(new String[] {file.toString()}, System.in,
                new java.io.PrintStream(out, true, "UTF-8"), System.err);
        String printed = out.toString("UTF-8");
        assertEquals(0, exit, printed);
        assertTrue(printed.startsWith("Draw proof zjcs-draw-v2"), printed);
        assertTrue(printed.contains("(matches the witness commitment)"), printed);
        assertTrue(printed.contains("Ledger:          5 submissions"), printed);
        assertTrue(printed.contains("Winner: " + v.recomputed().winner().firmId()), printed);

        // a tampered witness commitment is refused by the same verifier
        String forged = proofJson.body().replace("\"witnessCommitment\":\"" + witnessCommitment,
                "\"witnessCommitment\":\"" + "0".repeat(64));
        Files.writeString(file, forged);
        assertEquals(1, org.zjcs.selection.cli.VerifyDraw.run(new String[] {file.toString()}, System.in,
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, "UTF-8"), System.err));

        // the verify page, in Chinese (the default) and in English
        String zh = new WebClient().get("/verify.xhtml?notice=" + notice).body();
        assertTrue(zh.contains("id=\"verify-ok\""), "the verify page re-runs the draw");
        assertTrue(zh.contains(">zjcs-draw-v2<"), "and names the version");
        assertTrue(zh.contains(Texts.zh("verify.v2.lead")), zh);
        assertTrue(zh.contains(Texts.zh("verify.witness.ok")), "the witness matches the published commitment");
        assertTrue(zh.contains(Texts.zh("verify.ledger.count", 5)), "with the five submissions");
        assertTrue(zh.contains(proof.v2().witnessHex()) && zh.contains(proof.v2().ledgerDigest())
                && zh.contains(v.v2().effectiveSeed()), "witness, ledger digest and effective seed shown");
        WebClient english = new WebClient();
        english.getFollowing("/?lang=en");
        String en = english.get("/verify.xhtml?notice=" + notice).body();
        assertTrue(en.contains("id=\"verify-ok\""), en);
        assertTrue(en.contains(Texts.en("verify.v2.lead")), en);
        assertTrue(en.contains(Texts.en("verify.witness.published")), en);
        assertTrue(en.contains(Texts.en("verify.witness.ok")), en);
        assertTrue(en.contains(Texts.en("verify.ledger.count", 5)), en);
        assertTrue(en.contains(Texts.en("verify.effectiveSeed")), en);
    }

    /** The demo's selections, of notices published before the witness (none has one), stay version 1 and verify. */
    @Test
    void theDemosOldProofsStillVerify() throws Exception {
        List<Long> old = new ArrayList<>();
        try (Connection c = It.db(); PreparedStatement s = c.prepareStatement("SELECT DISTINCT r.notice_id FROM "
                + "selection_result r JOIN notice n ON n.id = r.notice_id WHERE n.draw_witness_commitment IS NULL "
                + "AND n.id BETWEEN 8000 AND 8999 ORDER BY r.notice_id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                old.add(rs.getLong(1));
            }
        }
        assertTrue(old.size() >= 4, "the demo has selected notices: " + old);
        for (long notice : old) {
            HttpResponse<String> proofJson = new WebClient().get("/api/notices/" + notice + "/proof");
            assertEquals(200, proofJson.statusCode());
            Proof proof = Proof.parse(proofJson.body());
            assertEquals(DrawStream.VERSION, proof.version(), "notice " + notice);
            assertNull(proof.v2());
            ProofVerifier.Verification v = ProofVerifier.verify(proof);
            assertTrue(v.verified(), notice + ": " + v.mismatches());
            String page = new WebClient().get("/verify.xhtml?notice=" + notice).body();
            assertTrue(page.contains("id=\"verify-ok\""), "the verify page still verifies " + notice);
            assertFalse(page.contains("id=\"verify-v2\""), "and shows no version-2 part for " + notice);
            assertTrue(page.contains(">zjcs-draw-v1<"), notice + " is named version 1");
        }
    }

    /** The receipt hashes of the notice's submissions in the order they were stored. */
    static List<String> ledger(long notice) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = It.db(); PreparedStatement s = c.prepareStatement("SELECT s.receipt_hash FROM "
                + "enrolment_submission s JOIN enrolment e ON e.id = s.enrolment_id WHERE e.notice_id = ? ORDER BY s.id")) {
            s.setLong(1, notice);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
