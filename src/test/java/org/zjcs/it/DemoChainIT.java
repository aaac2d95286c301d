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
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * the chain are in the states the README names. The demo's 差评 (V24: 8016 without appeal, 8017 appealed and waiting,
 * 8018 appealed, upheld and followed up) are on regulator01's ledger with those states, their proofs verify, and the
 * November statistics show a satisfaction rate below 100 %.
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

    static final String NOVEMBER = "from=2026-11-01&to=2026-11-30";

    @Test
    void theDemoBadEvaluationsAreOnTheLedgerWithTheirStates() throws Exception {
        WebClient regulator = as("regulator01");
        HttpResponse<String> r = regulator.get("/api/supervision/evaluations/ledger?" + NOVEMBER);
        assertEquals(200, r.statusCode(), r.body());
        Map<Long, JsonObject> lines = new LinkedHashMap<>();
        for (JsonValue v : EvaluationStatisticsIT.json(r).getJsonArray("items")) {
            JsonObject l = v.asJsonObject();
            lines.put(l.getJsonNumber("noticeId").longValue(), l);
        }
        assertEquals("TO_RECTIFY", lines.get(8016L).getString("state"), "no appeal within the window: " + lines.keySet());
        assertEquals("DISSATISFIED", lines.get(8016L).getString("level"));
        assertEquals("西安澄泓生态环境工程有限公司", lines.get(8016L).getString("firmName"));
        assertEquals("APPEALING", lines.get(8017L).getString("state"), "firm08's appeal waits for the regulator");
        assertEquals("VERY_DISSATISFIED", lines.get(8017L).getString("level"));
        assertEquals("RECTIFIED", lines.get(8018L).getString("state"), "upheld, then followed up");
        assertEquals("UPHELD", lines.get(8018L).getString("appealStatus"));
        assertTrue(lines.get(8018L).getString("followUpNote").contains("书面整改报告"), lines.get(8018L).toString());
        assertFalse(lines.containsKey(8012L), "firm06's 满意 is no 差评");
        // newest first
        List<Long> order = List.copyOf(lines.keySet());
        assertTrue(order.indexOf(8017L) < order.indexOf(8016L) && order.indexOf(8016L) < order.indexOf(8018L), "" + order);

        // the page: the ledger tab lists them with their states; the appeal waits on the appeals page
        String page = regulator.get("/regulator/evaluations.xhtml?tab=ledger&" + NOVEMBER).body();
        for (String s : List.of("东七路道路综合整治工程水土保持方案编制", "新城区第二人民医院门诊楼节能改造项目节能评估报告编制",
                "长乐中路立交桥维修加固工程水土保持方案编制", Texts.zh("evalstat.state.TO_RECTIFY"),
                Texts.zh("evalstat.state.APPEALING"), Texts.zh("evalstat.state.RECTIFIED"))) {
            assertTrue(page.contains(s), "the ledger page shows " + s);
        }
        assertTrue(regulator.get("/regulator/appeals.xhtml").body().contains("新城区第二人民医院门诊楼节能改造项目节能评估报告编制"),
                "regulator01 has firm08's appeal to decide");

        // the statistics of November: below 100 % satisfied (the fold has run over the demo history)
        EvaluationSummaryIT.pass("");
        HttpResponse<String> firms = regulator.get("/api/supervision/evaluations?dimension=FIRM&" + NOVEMBER);
        assertEquals(200, firms.statusCode(), firms.body());
        JsonObject firm07 = EvaluationStatisticsIT.group(EvaluationStatisticsIT.json(firms), 1007);
        assertEquals(0, firm07.getJsonNumber("satisfactionRate").bigDecimalValue().compareTo(BigDecimal.ZERO), firm07.toString());
        JsonObject firm06 = EvaluationStatisticsIT.group(EvaluationStatisticsIT.json(firms), 1006);
        assertEquals(0, firm06.getJsonNumber("satisfactionRate").bigDecimalValue().compareTo(BigDecimal.valueOf(100)), firm06.toString());
        HttpResponse<String> departments = regulator.get("/api/supervision/evaluations?dimension=DEPARTMENT&" + NOVEMBER);
        JsonObject xincheng = EvaluationStatisticsIT.group(EvaluationStatisticsIT.json(departments), 3001);
        assertTrue(xincheng.getJsonNumber("evaluations").longValue() >= 4, xincheng.toString());
        assertTrue(xincheng.getJsonNumber("satisfactionRate").bigDecimalValue().compareTo(BigDecimal.valueOf(100)) < 0,
                "department 3001's November rate is below 100 %: " + xincheng);

        // the chains are whole: selected by the application's rules (the proofs verify), files written, credit recorded
        for (long notice = 8016; notice <= 8018; notice++) {
            assertEquals("COMPLETED", text("SELECT status FROM notice WHERE id = ?", notice));
            assertTrue(new WebClient().get("/verify.xhtml?notice=" + notice).body().contains("id=\"verify-ok\""),
                    "the proof of " + notice + " verifies");
            assertEquals(text("SELECT winner_firm_id FROM contract_version WHERE notice_id = ?", notice),
                    text("SELECT winner_firm_id FROM selection_result WHERE notice_id = ?", notice));
        }
        assertEquals("-5", text("SELECT SUM(points) FROM credit_event WHERE firm_id = 1007"), "POOR -2, 不满意 -3");
        assertEquals("0", text("SELECT COUNT(*) FROM firm_credit k WHERE k.firm_id IN (1001, 1007, 1008) AND k.points_total <> "
                + "(SELECT SUM(points) FROM credit_event e WHERE e.firm_id = k.firm_id)"), "the cache matches the events");
    }
}
