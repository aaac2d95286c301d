package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.status;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.draw.ProofVerifier;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Selection at the deadline over HTTP against the running server: it happens by itself once the deadline has passed
 * (the scheduler's scan catches a deadline that passed while nobody was watching, as at a restart), exactly once even
 * when asked twice at the same moment, re-checks eligibility, publishes a proof that re-runs to the same winner and
 * matches the commitment published with the notice; too few eligible entries fail the notice; objections suspend it and
 * an upheld one voids the result and selects again; the award follows the publicity period; a direct pick names an
 * enrolled firm only.
 */
class SelectionIT {

    /** 水土保持方案编制: no qualification requirement, so test firms need only offer it. */
    static final long ITEM = 3;

    static String bids(long notice) {
        return "/api/notices/" + notice + "/bids";
    }

    static void enrol(String firm, long notice, String json) {
        HttpResponse<String> r = as(firm).postJson(bids(notice), json);
        assertEquals(201, r.statusCode(), r.body());
    }

    static void awaitStatus(long notice, String... states) throws Exception {
        List<String> wanted = List.of(states);
        Fixtures.await("notice " + notice + " in " + wanted, 60, () -> {
            try {
                return wanted.contains(status(notice));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theDeadlinePassesAndTheDrawSelectsOneEligibleFirmWithAProofAnyoneCanRerun() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Selection draw " + System.nanoTime(), ITEM, "RANDOM_DRAW", "90000", null, null, 3);
        String commitment = text("SELECT draw_commitment FROM notice WHERE id = ?", notice);
        assertTrue(commitment.matches("[0-9a-f]{64}"), "a commitment is published at publication");
        assertTrue(new WebClient().get("/notice.xhtml?id=" + notice).body().contains(commitment), "and shown on the notice");

        List<String> firms = Fixtures.firms(4, ITEM);
        firms.forEach(f -> enrol(f, notice, "{}"));
        String suspended = firms.get(3);
        Fixtures.sql("UPDATE organisation SET status = 'SUSPENDED' WHERE id = ?", orgOf(suspended));

        Fixtures.expire(notice);
        HttpResponse<String> late = as(Fixtures.firm(ITEM)).postJson(bids(notice), "{}");
        assertEquals(400, late.statusCode(), "nothing is accepted once the deadline has passed");
        awaitStatus(notice, "ANNOUNCED");

        assertEquals(1, number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice));
        long winner = number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ?", notice);
        List<Long> eligible = List.of(orgOf(firms.get(0)), orgOf(firms.get(1)), orgOf(firms.get(2)));
        assertTrue(eligible.contains(winner), "the winner is one of the eligible firms");
        assertEquals(orgOf(suspended), number("SELECT e.firm_id FROM selection_exclusion e JOIN selection_result r "
                + "ON r.id = e.selection_id WHERE r.notice_id = ?", notice), "the suspended firm is excluded at selection");
        assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'RESULT'", notice));
        assertEquals(4, number("SELECT COUNT(*) FROM enrolment WHERE notice_id = ? AND firm_id IS NOT NULL", notice),
                "after the deadline the enrolments are opened");
        String closed = text("SELECT details FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                + "AND action = 'NOTICE_CLOSED'", String.valueOf(notice));
        assertTrue(closed.contains("\"submissions\":\"4\"") && closed.contains("ledgerSha256"),
                "closing anchors the submissions ledger in the audit chain: " + closed);

        String page = new WebClient().get("/notice.xhtml?id=" + notice).body();
        assertTrue(page.contains("id=\"selection\""), "the notice shows its result");
        assertTrue(page.contains(Texts.zh("eligibility.SUSPENDED")), "with the excluded firm and its reason");
        String verify = new WebClient().get("/verify.xhtml?notice=" + notice).body();
        assertTrue(verify.contains("id=\"verify-ok\""), "the verify page re-runs the draw");
        assertTrue(verify.contains(Texts.zh("verify.commitment.ok")), "and finds the published commitment");

        HttpResponse<String> proofJson = new WebClient().get("/api/notices/" + notice + "/proof");
        assertEquals(200, proofJson.statusCode());
        Proof proof = Proof.parse(proofJson.body());
        ProofVerifier.Verification v = ProofVerifier.verify(proof);
        assertTrue(v.verified(), "the downloaded proof verifies: " + v.mismatches());
        assertEquals(winner, v.recomputed().winner().firmId());
        assertEquals(commitment, proof.commitment(), "the proof's commitment is the one published with the notice");
        assertEquals(3, proof.entries().size());

        // the command-line verifier prints the same winner
        Path file = Files.createTempFile("proof", ".json");
        Files.writeString(file, proofJson.body());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = org.zjcs.selection.cli.VerifyDraw.run(new String[] {file.toString()}, System.in,
                new java.io.PrintStream(out, true, "UTF-8"), System.err);
        assertEquals(0, exit);
        assertTrue(out.toString("UTF-8").contains("Winner: " + winner), out.toString("UTF-8"));
    }

    @Test
    void twoSelectionsAskedAtTheSameMomentGiveOneResult() throws Exception {
        long notice = Fixtures.publish(as("owner01"), "Selection race " + System.nanoTime(), ITEM, "RANDOM_DRAW", "90000", null, null, 3);
        Fixtures.firms(3, ITEM).forEach(f -> enrol(f, notice, "{}"));
        WebClient op1 = as("operator01");
        WebClient op2 = as("operator01");
        Fixtures.expire(notice);
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> op1.postJson("/api/operator/due-work", "{}"));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> op2.postJson("/api/operator/due-work", "{}"));
        assertEquals(200, a.get().statusCode(), a.get().body());
        assertEquals(200, b.get().statusCode(), b.get().body());
        awaitStatus(notice, "ANNOUNCED");
        assertEquals(1, number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice), "exactly one result");
        assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'RESULT'", notice));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                + "AND action = 'NOTICE_CLOSED'", String.valueOf(notice)));
        assertEquals(403, as("owner01").postJson("/api/operator/due-work", "{}").statusCode(), "operators only");
    }

    @Test
    void tooFewEligibleEntriesFailTheNoticeInPublic() throws Exception {
        long notice = Fixtures.publish(as("owner01"), "Selection too few " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 3);
        List<String> firms = Fixtures.firms(2, ITEM);
        enrol(firms.get(0), notice, "{\"price\": 52000}");
        enrol(firms.get(1), notice, "{\"price\": 51000}");
        Fixtures.expire(notice);
        awaitStatus(notice, "FAILED");
        assertEquals("FAILED", text("SELECT status FROM selection_result WHERE notice_id = ?", notice));
        assertEquals("TOO_FEW", text("SELECT failure_reason FROM selection_result WHERE notice_id = ?", notice));
        assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'FAILURE'", notice));
        assertTrue(new WebClient().get("/notice.xhtml?id=" + notice).body().contains(Texts.zh("selection.failure.TOO_FEW", 3)));

        // the owner posts it again as a new draft
        HttpResponse<String> repost = as("owner01").postForm("/owner/notice-manage.xhtml?id=" + notice, "manage", Map.of("repost", "x"));
        assertEquals(302, repost.statusCode(), repost.body());
        long draft = number("SELECT id FROM notice WHERE reposted_from = ?", notice);
        assertTrue(repost.headers().firstValue("Location").orElseThrow().contains("id=" + draft));
        assertEquals("DRAFT", status(draft));
        assertEquals(text("SELECT title FROM notice WHERE id = ?", notice), text("SELECT title FROM notice WHERE id = ?", draft));
    }

    @Test
    void anUpheldObjectionVoidsTheResultAndTheNextRoundExcludesTheWinnerThenTheAwardFollows() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Selection objection " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 2);
        List<String> firms = Fixtures.firms(3, ITEM);
        enrol(firms.get(0), notice, "{\"price\": 51000}");
        enrol(firms.get(1), notice, "{\"price\": 52000}");
        enrol(firms.get(2), notice, "{\"price\": 53000}");
        Fixtures.expire(notice);
        awaitStatus(notice, "ANNOUNCED");
        assertEquals(orgOf(firms.get(0)), number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ?", notice),
                "the lowest price wins");

        String before = owner.get("/owner/selection.xhtml?id=" + notice).body();
        assertTrue(before.contains("id=\"publicity-ends\"") && before.contains("id=\"result-link\"")
                && before.contains(Texts.zh("objection.none")), "in the publicity period the owner's page says until when, links the result and says no objection was raised");

        String path = "/notice.xhtml?id=" + notice;
        HttpResponse<String> stranger = as(Fixtures.firm(ITEM)).postMultipart(path, "objection", Map.of("reason", "Not fair", "raise", "x"), Map.of());
        assertTrue(stranger.body().contains(Texts.zh("objection.error.notEnrolled")), "only enrolled firms object");
        HttpResponse<String> empty = as(firms.get(1)).postMultipart(path, "objection", Map.of("reason", "", "raise", "x"), Map.of());
        assertTrue(empty.body().contains(Texts.zh("objection.error.reasonRequired")));
        assertEquals("ANNOUNCED", status(notice));
        HttpResponse<String> raised = as(firms.get(1)).postMultipart(path, "objection",
                Map.of("reason", "The winner's price is below cost", "raise", "x"), Map.of("evidence", TestFiles.pdf("evidence.pdf")));
        assertTrue(raised.body().contains(Texts.zh("objection.raised")), raised.body());
        assertEquals("SUSPENDED", status(notice));
        assertNotNull(text("SELECT evidence_file_id FROM objection WHERE notice_id = ?", notice));

        long objection = number("SELECT id FROM objection WHERE notice_id = ?", notice);
        String sel = "/owner/selection.xhtml?id=" + notice;
        String form = owner.get(sel).body();
        assertTrue(form.contains("The winner"), "the owner sees the objection");
        HttpResponse<String> noAnswer = owner.postForm(sel, "answers", answer(form, "", true));
        assertTrue(noAnswer.body().contains(Texts.zh("objection.error.answerRequired")), noAnswer.body());
        HttpResponse<String> upheld = owner.postForm(sel, "answers", answer(owner.get(sel).body(), "The price is below cost.", true));
        assertTrue(upheld.body().contains(Texts.zh("objection.answered")), upheld.body());

        awaitStatus(notice, "ANNOUNCED");
        assertEquals("VOIDED", text("SELECT status FROM selection_result WHERE notice_id = ? AND round = 1", notice));
        assertEquals(orgOf(firms.get(1)), number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ? AND round = 2", notice),
                "round 2 selects among the others");
        assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'VOIDED'", notice));
        assertEquals("UPHELD", text("SELECT status FROM objection WHERE id = ?", objection));

        Fixtures.endPublicity(notice);
        awaitStatus(notice, "AWARDED");
        assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'AWARD'", notice));
        HttpResponse<String> late = as(firms.get(2)).postMultipart(path, "objection", Map.of("reason", "Too late", "raise", "x"), Map.of());
        assertEquals("AWARDED", status(notice), "no objection after the period: " + late.statusCode());
    }

    /** The answer form's fields: the text and the reject or uphold button of the open objection. */
    static Map<String, String> answer(String page, String text, boolean uphold) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"answers:([^\"]*answer)\"").matcher(page);
        assertTrue(m.find(), "the answer field is on the page");
        String field = m.group(1);
        String prefix = field.substring(0, field.length() - "answer".length());
        return Map.of(field, text, prefix + (uphold ? "uphold" : "reject"), "x");
    }

    @Test
    void aDirectPickNamesOnlyAnEnrolledEligibleFirm() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Selection direct " + System.nanoTime(), ITEM, "DIRECT_PICK", "60000", null, null, 1);
        List<String> firms = Fixtures.firms(2, ITEM);
        firms.forEach(f -> enrol(f, notice, "{}"));
        Fixtures.expire(notice);
        awaitStatus(notice, "CLOSED");
        String sel = "/owner/selection.xhtml?id=" + notice;
        String page = owner.get(sel).body();
        assertTrue(page.contains("Test Firm"), "the owner sees the enrolled firms to pick from");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"(pick:[^\"]*)\"[^>]*value=\"" + Texts.zh("selection.pick") + "\"")
                .matcher(page);
        assertTrue(m.find(), page);
        HttpResponse<String> picked = owner.postForm(sel, "pick", Map.of(m.group(1).substring("pick:".length()), "x"));
        assertTrue(picked.body().contains(Texts.zh("selection.pick.done")), picked.body());
        assertEquals("ANNOUNCED", status(notice));
        long winner = number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ?", notice);
        assertTrue(winner == orgOf(firms.get(0)) || winner == orgOf(firms.get(1)));
        assertNotEquals(-1, winner);
    }
}
