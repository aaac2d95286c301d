package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.draw.ProofVerifier;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The demo's finished chain (demo migrations V11, V12), which the test server loads too: the completed notice 8012's
 * case timeline holds every step kind from publication to the last department's check, its proof verifies (page,
 * downloaded JSON and command-line verifier) against the commitment published with it, its announcements are hashed
 * like the application's, and its contract file is a stored PDF with the SHA-256 on record. The other demo notices of
 * the chain are in the states the README names.
 */
class DemoChainIT {

    static final String COMPLETED_CASE = "XCSP-2026-000968";

    @Test
    void theCompletedCaseTimelineHoldsEveryStep() throws Exception {
        assertEquals("COMPLETED", text("SELECT status FROM notice WHERE id = 8012"));
        String page = CaseTimelineIT.page(as("approver01"), COMPLETED_CASE);
        List<String> kinds = CaseTimelineIT.all(CaseTimelineIT.KIND_ON_PAGE, page);
        CaseTimelineIT.inOrder(kinds, "NOTICE_PUBLISHED", "ENROLMENT", "SELECTION", "RESULT_ANNOUNCED", "AWARD_ANNOUNCED",
                "CONTRACT_SUBMITTED", "CONTRACT_CONFIRMED", "DELIVERABLE_SUBMITTED", "DELIVERABLE_RETURNED",
                "DELIVERABLE_SUBMITTED", "DELIVERABLE_ACCEPTED", "DELIVERABLE_CHECK_PASSED", "DELIVERABLE_CHECK_PASSED");
        assertEquals(4, kinds.stream().filter("ENROLMENT"::equals).count(), "four firms enrolled: " + kinds);
        // the evaluations since credit landed: the owner's level and both departments' ratings, never the private comment
        CaseTimelineIT.inOrder(kinds, "DELIVERABLE_ACCEPTED", "EVALUATION_GIVEN");
        assertEquals(2, kinds.stream().filter("APPROVAL_RATED"::equals).count(), "both departments rated: " + kinds);
        assertTrue(page.contains(Texts.zh("timeline.evaluation.SATISFIED")), "the overall level");
        assertFalse(page.contains("现场调查扎实"), "the owner's comment is private");

        HttpResponse<String> json = CaseTimelineIT.api(CaseTimelineIT.KEY_3001, COMPLETED_CASE, "en");
        assertEquals(200, json.statusCode(), json.body());
        CaseTimelineIT.inOrder(CaseTimelineIT.all(CaseTimelineIT.KIND_IN_JSON, json.body()), "NOTICE_PUBLISHED", "SELECTION",
                "AWARD_ANNOUNCED", "CONTRACT_CONFIRMED", "DELIVERABLE_RETURNED", "DELIVERABLE_ACCEPTED",
                "DELIVERABLE_CHECK_PASSED");
        // the planning department sees the same notice through its own case of the project
        String planning = CaseTimelineIT.page(as("approver02"), "XAZG-2026-0388");
        assertTrue(CaseTimelineIT.all(CaseTimelineIT.KIND_ON_PAGE, planning).contains("DELIVERABLE_CHECK_PASSED"), planning);
    }

    @Test
    void theCompletedNoticesProofVerifies() throws Exception {
        String verify = new WebClient().get("/verify.xhtml?notice=8012").body();
        assertTrue(verify.contains("id=\"verify-ok\""), "the verify page re-runs the draw");
        HttpResponse<String> proofJson = new WebClient().get("/api/notices/8012/proof");
        assertEquals(200, proofJson.statusCode());
        Proof proof = Proof.parse(proofJson.body());
        ProofVerifier.Verification v = ProofVerifier.verify(proof);
        assertTrue(v.verified(), "the downloaded proof verifies: " + v.mismatches());
        assertEquals(1006L, v.recomputed().winner().firmId(), "firm06 wins the demo draw");
        assertEquals(text("SELECT draw_commitment FROM notice WHERE id = 8012"), proof.commitment());
        assertEquals(text("SELECT proof_hash FROM selection_result WHERE notice_id = 8012"), Sha256.hex(proofJson.body()));

        Path file = Files.createTempFile("demo-proof", ".json");
        Files.writeString(file, proofJson.body());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = org.zjcs.selection.cli.VerifyDraw.run(new String[] {file.toString()}, System.in,
                new java.io.PrintStream(out, true, "UTF-8"), System.err);
        assertEquals(0, exit, out.toString("UTF-8"));
        assertTrue(out.toString("UTF-8").contains("Winner: 1006"), out.toString("UTF-8"));

        for (long notice = 8012; notice <= 8015; notice++) {
            assertEquals("0", text("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND content_hash <> SHA2(content, 256)",
                    notice), "announcements hashed like the application's");
            assertEquals("3", text("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind IN ('PUBLICATION','RESULT','AWARD') "
                    + "AND content LIKE CONCAT('%\"drawCommitment\":\"', (SELECT draw_commitment FROM notice WHERE id = ?), '\"%')",
                    notice, notice), "publication, result and award carry the commitment");
            assertTrue(new WebClient().get("/verify.xhtml?notice=" + notice).body().contains("id=\"verify-ok\""),
                    "the proof of " + notice + " verifies");
        }
    }

    @Test
    void theOtherChainNoticesWaitWhereTheReadmeSays() throws Exception {
        assertEquals("DELIVERED", text("SELECT status FROM notice WHERE id = 8013"));
        assertEquals("CONTRACTED", text("SELECT status FROM notice WHERE id = 8014"));
        assertEquals("AWARDED", text("SELECT status FROM notice WHERE id = 8015"));
        assertEquals("SUBMITTED", text("SELECT status FROM contract_version WHERE notice_id = 8015"));
        assertEquals("0", text("SELECT COUNT(*) FROM stored_file WHERE storage_key LIKE 'demo-pending/%'"), "every file written");
        assertEquals("0", text("SELECT COUNT(*) FROM deliverable_file d JOIN stored_file f ON f.id = d.file_id "
                + "WHERE d.sha256 <> f.sha256"), "deliverable files keep their SHA-256");

        // the owner downloads the completed notice's contract: a PDF
        WebClient owner = as("owner01");
        String contractId = text("SELECT id FROM contract_version WHERE notice_id = 8012");
        HttpResponse<String> pdf = owner.get("/account/contract-files/" + contractId);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF-"), "a PDF");
        String contract = owner.get("/account/contract.xhtml?id=8012").body();
        assertTrue(contract.contains("68,000.00"), "the contract page shows the filed contract");
        String deliverables = owner.get("/account/deliverables.xhtml?id=8012").body();
        assertTrue(deliverables.contains("临时堆土场选址未论证"), "the owner's return reason of version 1");
    }
}
