package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.status;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Declining an award (放弃中选) over HTTP: the awarded firm declines with a reason before the contract is filed (its open
 * contract version is withdrawn, the decline is announced, audited as the credit event and notified); for a price
 * method the owner takes the runner-up from the same proof, which is announced, in publicity, awarded and files its
 * contract; a random draw fails at once and is posted again. Each refusal stores nothing.
 */
class AwardDeclineIT {

    static final long ITEM = ContractIT.ITEM;

    static String decline(long notice) {
        return "/api/notices/" + notice + "/award/decline";
    }

    static String ownerPage(long notice) {
        return "/owner/selection.xhtml?id=" + notice;
    }

    static void refused(HttpResponse<String> r, int status, String key) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"" + key + "\""), r.body());
    }

    static long audits(long notice, String action) throws Exception {
        return number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? AND action = ?",
                String.valueOf(notice), action);
    }

    static long results(long notice) throws Exception {
        return number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice);
    }

    /** A LOWEST_PRICE notice of owner01 with the given firms bidding the given prices, awarded. */
    static long awarded(String title, List<String> firms, List<Integer> prices, int minBidders) throws Exception {
        long notice = Fixtures.publish(as("owner01"), title + " " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", minBidders);
        for (int i = 0; i < firms.size(); i++) {
            HttpResponse<String> bid = as(firms.get(i)).postJson("/api/notices/" + notice + "/bids",
                    "{\"price\": " + prices.get(i) + "}");
            assertEquals(201, bid.statusCode(), bid.body());
        }
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        Fixtures.endPublicity(notice);
        SelectionIT.awaitStatus(notice, "AWARDED");
        return notice;
    }

    @Test
    void theWinnerDeclinesTheOwnerTakesTheRunnerUpFromTheSameProofWhichIsAwardedAndFilesItsContract() throws Exception {
        List<String> firms = Fixtures.firms(3, ITEM);
        long notice = awarded("Award declined", firms, List.of(52000, 53000, 54000), 3);
        String winner = firms.get(0);
        String second = firms.get(1);
        assertEquals(orgOf(winner), number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ? AND round = 1", notice));
        WebClient owner = as("owner01");
        WebClient win = as(winner);

        // the owner files the contract; it is still open when the winner declines
        HttpResponse<String> filed = ContractIT.upload(owner, notice, ContractIT.terms("52000", "2026-12-01", "2027-03-31"),
                TestFiles.pdf("contract.pdf"));
        assertTrue(filed.body().contains(Texts.zh("contract.submitted")), filed.body());

        // only the awarded firm sees the form
        assertTrue(win.get(ContractIT.page(notice)).body().contains("id=\"decline\""), "the winner may decline");
        assertFalse(owner.get(ContractIT.page(notice)).body().contains("id=\"decline\""), "the owner may not");
        assertFalse(as(second).get(ContractIT.page(notice)).body().contains("id=\"decline\""), "a losing firm may not");

        // refusals store nothing
        refused(as(second).postJson(decline(notice), "{\"reason\": \"We lost anyway\"}"), 404, "notice.error.notFound");
        refused(owner.postJson(decline(notice), "{\"reason\": \"The owner cannot\"}"), 403, "security.error.forbidden");
        refused(win.postJson(decline(notice), "{\"reason\": \"   \"}"), 400, "decline.error.reasonRequired");
        refused(win.postJson(decline(notice), "{\"reason\": \"" + "x".repeat(501) + "\"}"), 400, "decline.error.reasonTooLong");
        HttpResponse<String> noReason = win.postForm(ContractIT.page(notice), "decline", Map.of("declineReason", "", "declineAward", "x"));
        assertTrue(noReason.body().contains(Texts.zh("decline.error.reasonRequired")), noReason.body());
        assertEquals("AWARDED", status(notice));
        assertEquals("SELECTED", text("SELECT status FROM selection_result WHERE notice_id = ? AND round = 1", notice));
        assertEquals("SUBMITTED", text("SELECT status FROM contract_version WHERE notice_id = ?", notice));
        assertEquals(0, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'DECLINED'", notice));
        assertEquals(0, audits(notice, "AWARD_DECLINED"));

        // the winner declines on its contract page
        String reason = "Our only qualified engineer has left the firm";
        HttpResponse<String> declined = win.postForm(ContractIT.page(notice), "decline",
                Map.of("declineReason", reason, "declineAward", "x"));
        assertTrue(declined.body().contains(Texts.zh("decline.done")), declined.body());
        assertEquals("DECLINED", status(notice));
        assertEquals("DECLINED", text("SELECT status FROM selection_result WHERE notice_id = ? AND round = 1", notice));
        assertEquals(reason, text("SELECT decline_reason FROM selection_result WHERE notice_id = ? AND round = 1", notice));
        assertEquals("WITHDRAWN", text("SELECT status FROM contract_version WHERE notice_id = ?", notice),
                "the open contract version is withdrawn");
        assertEquals(reason, text("SELECT reason FROM announcement WHERE notice_id = ? AND kind = 'DECLINED'", notice));
        String publicPage = new WebClient().get("/notice.xhtml?id=" + notice).body();
        assertTrue(publicPage.contains(Texts.zh("announcement.kind.DECLINED")), "the decline is announced in public");
        assertTrue(publicPage.contains(reason), "with its reason");
        String credit = text("SELECT details FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                + "AND action = 'AWARD_DECLINED'", String.valueOf(notice));
        assertTrue(credit.contains("\"firm\":\"" + orgOf(winner) + "\"") && credit.contains("\"round\":\"1\"")
                && credit.contains(reason), "the credit event names the firm, the round and the reason: " + credit);
        assertEquals(1, audits(notice, "CONTRACT_WITHDRAWN"));
        assertEquals(1, number("SELECT COUNT(*) FROM notification WHERE message_key = 'decline.notify.owner' AND link = ?",
                ownerPage(notice)), "the owner is notified");
        refused(win.postJson(decline(notice), "{\"reason\": \"again\"}"), 400, "decline.error.notWinner");

        // another owner account cannot take the runner-up
        WebClient other = as("owner02");
        String otherPage = other.get(ownerPage(notice)).body();
        assertFalse(otherPage.contains("id=\"declined\""), "another owner account sees nothing to do");
        other.postForm(ownerPage(notice), "declined", Map.of("takeRunnerUp", "x"));
        assertEquals(1, results(notice));
        assertEquals("DECLINED", status(notice));

        // the owner sees the runner-up and takes it
        String page = owner.get(ownerPage(notice)).body();
        assertTrue(page.contains("id=\"runner-up\""), page);
        assertTrue(page.contains(text("SELECT name FROM organisation WHERE id = ?", orgOf(second))), "the runner-up is named");
        assertTrue(page.contains("53,000.00") || page.contains("53000.00"), "with its price");
        HttpResponse<String> taken = owner.postForm(ownerPage(notice), "declined", Map.of("takeRunnerUp", "x"));
        assertTrue(taken.body().contains(Texts.zh("decline.runnerUp.done")), taken.body());
        assertEquals("ANNOUNCED", status(notice), "a new publicity period runs");
        assertEquals(2, results(notice));
        assertEquals("RUNNER_UP", text("SELECT basis FROM selection_result WHERE notice_id = ? AND round = 2", notice));
        assertEquals(1, number("SELECT based_on_round FROM selection_result WHERE notice_id = ? AND round = 2", notice));
        assertEquals(orgOf(second), number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ? AND round = 2", notice));
        assertEquals("53000.00", text("SELECT amount FROM selection_result WHERE notice_id = ? AND round = 2", notice));
        assertEquals(text("SELECT proof_hash FROM selection_result WHERE notice_id = ? AND round = 1", notice),
                text("SELECT proof_hash FROM selection_result WHERE notice_id = ? AND round = 2", notice), "the same proof");
        assertEquals(text("SELECT proof FROM selection_result WHERE notice_id = ? AND round = 1", notice),
                text("SELECT proof FROM selection_result WHERE notice_id = ? AND round = 2", notice));
        assertEquals(2, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'RESULT'", notice));
        assertTrue(text("SELECT content FROM announcement WHERE notice_id = ? AND kind = 'RESULT' ORDER BY id DESC LIMIT 1", notice)
                .contains("\"basis\":\"RUNNER_UP\""), "the result says it is the runner-up");
        assertEquals(1, audits(notice, "RUNNER_UP_SELECTED"));
        String verify = new WebClient().get("/verify.xhtml?notice=" + notice + "&round=2").body();
        assertTrue(verify.contains("id=\"verify-ok\""), "the runner-up result verifies: it is the same proof");
        assertTrue(verify.contains("id=\"verify-runner-up\""), "and says so");
        assertEquals(200, new WebClient().get("/api/notices/" + notice + "/proof?round=2").statusCode());
        assertTrue(new WebClient().get("/notice.xhtml?id=" + notice).body().contains(Texts.zh("selection.runnerUp", 1)),
                "the result panel shows the runner-up and the round it is based on");
        HttpResponse<String> twice = owner.postForm(ownerPage(notice), "declined", Map.of("takeRunnerUp", "x"));
        assertEquals(2, results(notice), "nothing more is taken: " + twice.statusCode());

        // the publicity period ends: awarded; the runner-up files its contract, capped at its own price
        Fixtures.endPublicity(notice);
        SelectionIT.awaitStatus(notice, "AWARDED");
        WebClient runnerUp = as(second);
        assertTrue(runnerUp.get(ContractIT.page(notice)).body().contains("id=\"upload\""), "the runner-up may file");
        HttpResponse<String> above = ContractIT.upload(runnerUp, notice, ContractIT.terms("53000.01", "2026-12-01", "2027-03-31"),
                TestFiles.pdf("c.pdf"));
        assertTrue(above.body().contains(Texts.zh("contract.error.aboveAward", "53000.00")), above.body());
        HttpResponse<String> ok = ContractIT.upload(runnerUp, notice, ContractIT.terms("53000", "2026-12-01", "2027-03-31"),
                TestFiles.pdf("c.pdf"));
        assertTrue(ok.body().contains(Texts.zh("contract.submitted")), ok.body());
        assertEquals(orgOf(second), number("SELECT winner_firm_id FROM contract_version WHERE notice_id = ? AND revision = 2", notice));
        HttpResponse<String> confirmed = owner.postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x"));
        assertTrue(confirmed.body().contains(Texts.zh("contract.confirmed")), confirmed.body());
        assertEquals("CONTRACTED", status(notice));

        // after the contract is filed the runner-up can no longer decline
        refused(runnerUp.postJson(decline(notice), "{\"reason\": \"Too late\"}"), 400, "decline.error.contractFiled");
        assertEquals("CONTRACTED", status(notice));
        assertEquals("SELECTED", text("SELECT status FROM selection_result WHERE notice_id = ? AND round = 2", notice));
        assertEquals(1, audits(notice, "AWARD_DECLINED"));
    }

    @Test
    void withNoEligibleRunnerUpTakingItIsRefusedAndTheOwnerEndsAndPostsAgain() throws Exception {
        List<String> firms = Fixtures.firms(2, ITEM);
        long notice = awarded("Award declined, none left", firms, List.of(52000, 53000), 2);
        HttpResponse<String> d = as(firms.get(0)).postJson(decline(notice), "{\"reason\": \"Capacity\"}");
        assertEquals(200, d.statusCode(), d.body());
        assertTrue(d.body().contains("DECLINED"), d.body());
        Fixtures.sql("UPDATE organisation SET status = 'SUSPENDED' WHERE id = ?", orgOf(firms.get(1)));
        WebClient owner = as("owner01");
        assertTrue(owner.get(ownerPage(notice)).body().contains("id=\"no-runner-up\""), "no eligible runner-up is offered");
        HttpResponse<String> none = owner.postForm(ownerPage(notice), "declined", Map.of("takeRunnerUp", "x"));
        assertTrue(none.body().contains(Texts.zh("decline.error.noRunnerUp")), none.body());
        assertEquals(1, results(notice), "nothing is stored");
        assertEquals("DECLINED", status(notice));

        HttpResponse<String> ended = owner.postForm(ownerPage(notice), "declined", Map.of("endAndRepost", "x"));
        assertEquals(302, ended.statusCode(), ended.body());
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("notice-edit.xhtml"));
        assertEquals("FAILED", status(notice));
        assertEquals(1, number("SELECT COUNT(*) FROM notice WHERE reposted_from = ? AND status = 'DRAFT'", notice));
        assertEquals(1, audits(notice, "NOTICE_ENDED_AFTER_DECLINE"));
    }

    @Test
    void aRandomDrawWinnerDeclinesTheNoticeFailsAndIsPostedAgain() throws Exception {
        long notice = Fixtures.publish(as("owner01"), "Draw declined " + System.nanoTime(), ITEM, "RANDOM_DRAW", "90000",
                null, null, 1);
        String firm = Fixtures.firm(ITEM);
        assertEquals(201, as(firm).postJson("/api/notices/" + notice + "/bids", "{}").statusCode());
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        Fixtures.endPublicity(notice);
        SelectionIT.awaitStatus(notice, "AWARDED");

        HttpResponse<String> declined = as(firm).postForm(ContractIT.page(notice), "decline",
                Map.of("declineReason", "We cannot staff it", "declineAward", "x"));
        assertTrue(declined.body().contains(Texts.zh("decline.done")), declined.body());
        assertEquals("FAILED", status(notice), "no runner-up for a random draw");
        assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'DECLINED'", notice));
        assertEquals(1, audits(notice, "AWARD_DECLINED"));

        HttpResponse<String> repost = as("owner01").postForm("/owner/notice-manage.xhtml?id=" + notice, "manage",
                Map.of("repost", "x"));
        assertEquals(302, repost.statusCode(), repost.body());
        assertEquals(1, number("SELECT COUNT(*) FROM notice WHERE reposted_from = ?", notice));
    }
}
