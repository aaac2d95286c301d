package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Red and black lists on the regulator's page: a listing with evidence (audited, the firm told, public without the
 * evidence), bad input refused storing nothing, ending early, expiry by the date alone, the red list's credit event, and
 * evidence downloads for regulators and the firm itself only.
 */
class CreditListIT {

    static long evidenceCount() throws Exception {
        return number("SELECT COUNT(*) FROM stored_file WHERE purpose = 'CREDIT_EVIDENCE'");
    }

    static String firmName(long firmId) throws Exception {
        return text("SELECT name FROM organisation WHERE id = ?", firmId);
    }

    @Test
    void aRegulatorBlackListsAFirmWithEvidenceAndTheListIsPublicButNotTheEvidence() throws Exception {
        long firm = orgOf(Fixtures.firm(SelectionIT.ITEM));
        String reason = "Forged performance certificates " + System.nanoTime();
        LocalDate today = CreditLists.today();
        long entry = CreditLists.list(as("regulator01"), firm, "BLACK", reason, today, today.plusDays(364));

        assertEquals("BLACK", text("SELECT kind FROM credit_list_entry WHERE id = ?", entry));
        assertEquals(1, number("SELECT COUNT(*) FROM credit_list_evidence WHERE entry_id = ?", entry));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREDIT_LISTED' AND object_id = ?",
                String.valueOf(entry)), "audited");
        assertTrue(number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ? "
                + "AND message_key = 'credit.notify.listed.BLACK'", firm) >= 1, "the firm is told");
        assertEquals(0, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ?", firm), "a black entry has no event");

        String page = new WebClient().get("/credit.xhtml").body();
        int black = page.indexOf("id=\"black-current\"");
        assertTrue(black > 0, page);
        String table = page.substring(black, page.indexOf("</table>", black));
        assertTrue(table.contains(reason) && table.contains(firmName(firm)), "the current black list names the firm");
        assertTrue(table.contains("/firm-credit.xhtml?id=" + firm), "linking to its credit page");
        assertTrue(table.contains(today.plusDays(364).toString()));
        assertFalse(page.contains("/account/credit-files/"), "no evidence link on the public page");
        assertFalse(page.contains("evidence.pdf"), "nor the evidence names");

        String credit = new WebClient().get("/firm-credit.xhtml?id=" + firm).body();
        assertTrue(credit.contains(reason), "the firm's credit page shows the entry");
        assertFalse(credit.contains("/account/credit-files/"), "without evidence");
        assertTrue(credit.contains("id=\"evaluation-summary\""), "with the place of the evaluation summary");
        assertEquals(404, new WebClient().get("/firm-credit.xhtml?id=2001").statusCode(), "only firms have a credit page");
    }

    @Test
    void badInputIsRefusedWithAMessageAndStoresNothing() throws Exception {
        long firm = orgOf(Fixtures.firm(SelectionIT.ITEM));
        WebClient regulator = as("regulator01");
        LocalDate today = CreditLists.today();
        long entries = number("SELECT COUNT(*) FROM credit_list_entry");
        long files = evidenceCount();
        java.nio.file.Path pdf = TestFiles.pdf("evidence.pdf");

        Map<String, HttpResponse<String>> refused = new java.util.LinkedHashMap<>();
        refused.put("credit.list.error.reason", CreditLists.post(regulator, firm, "BLACK", " ", "Rule 28", today, today, pdf));
        refused.put("credit.list.error.legalBasis", CreditLists.post(regulator, firm, "BLACK", "Why", "", today, today, pdf));
        refused.put("credit.list.error.endBeforeStart",
                CreditLists.post(regulator, firm, "BLACK", "Why", "Rule 28", today, today.minusDays(1), pdf));
        refused.put("credit.evidence.error.count", CreditLists.post(regulator, firm, "RED", "Why", "Rule 28", today, today));
        for (Map.Entry<String, HttpResponse<String>> r : refused.entrySet()) {
            String message = r.getKey().equals("credit.evidence.error.count") ? Texts.zh(r.getKey(), 5) : Texts.zh(r.getKey());
            assertTrue(r.getValue().body().contains(message), r.getKey() + ": " + r.getValue().body());
        }
        // an organisation that is not a firm is not offered; posted anyway, the form refuses it (the service would too)
        HttpResponse<String> owner = CreditLists.post(regulator, 2001, "RED", "Why", "Rule 28", today, today, pdf);
        assertFalse(owner.body().contains(Texts.zh("credit.admin.listed")), owner.body());
        assertEquals(entries, number("SELECT COUNT(*) FROM credit_list_entry"), "no entry stored");
        assertEquals(files, evidenceCount(), "no evidence file kept");

        // a file that is not a PDF or an image: refused, and the entry is not kept either
        java.nio.file.Path exe = TestFiles.executableNamedPdf();
        HttpResponse<String> bad = CreditLists.post(regulator, firm, "BLACK", "Why", "Rule 28", today, today, exe);
        assertFalse(bad.body().contains(Texts.zh("credit.admin.listed")), bad.body());
        assertEquals(entries, number("SELECT COUNT(*) FROM credit_list_entry"));
        assertFalse(as(Fixtures.firm(SelectionIT.ITEM)).get(CreditLists.LISTS).body().contains("id=\"credit-admin-title\""),
                "the page is for regulators");
    }

    @Test
    void aRegulatorEndsAnEntryEarlyWithAReason() throws Exception {
        long firm = orgOf(Fixtures.firm(SelectionIT.ITEM));
        WebClient regulator = as("regulator01");
        LocalDate today = CreditLists.today();
        long entry = CreditLists.list(regulator, firm, "BLACK", "Late filings " + System.nanoTime(), today, today.plusDays(30));

        HttpResponse<String> noReason = regulator.postForm(CreditLists.LISTS, "endForm",
                Map.of("entryId", String.valueOf(entry), "endReason", "", "confirm", "x"));
        assertTrue(noReason.body().contains(Texts.zh("credit.list.error.endReason")), noReason.body());
        assertEquals(null, text("SELECT ended_on FROM credit_list_entry WHERE id = ?", entry));

        HttpResponse<String> r = regulator.postForm(CreditLists.LISTS, "endForm",
                Map.of("entryId", String.valueOf(entry), "endReason", "Decision annulled on review", "confirm", "x"));
        assertTrue(r.body().contains(Texts.zh("credit.admin.ended")), r.body());
        assertEquals(today.toString(), text("SELECT ended_on FROM credit_list_entry WHERE id = ?", entry));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREDIT_LIST_ENDED' AND object_id = ?",
                String.valueOf(entry)));
        String page = new WebClient().get("/credit.xhtml").body();
        int ended = page.indexOf("id=\"black-ended\"");
        assertTrue(ended > 0 && page.substring(ended, page.indexOf("</table>", ended)).contains("Decision annulled on review"),
                "it moves to the ended entries with the reason");

        HttpResponse<String> again = regulator.postForm(CreditLists.LISTS, "endForm",
                Map.of("entryId", String.valueOf(entry), "endReason", "Twice", "confirm", "x"));
        assertTrue(again.body().contains(Texts.zh("credit.list.error.over")), again.body());
    }

    @Test
    void anEntryExpiresByItsDateAloneAndTheFirmMayEnrolAgain() throws Exception {
        String user = Fixtures.firm(SelectionIT.ITEM);
        long firm = orgOf(user);
        LocalDate today = CreditLists.today();
        long entry = CreditLists.black(firm, today.minusDays(10), today);
        // open for three days: still open when the clock is a day on
        long notice = EnrolmentIT.insertNotice("RANDOM_DRAW", SelectionIT.ITEM, "80000.00", null, null,
                Instant.now().plus(Duration.ofDays(3)), null);
        WebClient client = as(user);
        assertEquals(java.util.List.of("eligibility.BLACK_LISTED"), EligibilityIT.failedRules(client, notice),
                "current on its end date");

        TestClock.advance(Duration.ofDays(1));
        assertEquals(java.util.List.of(), EligibilityIT.failedRules(client, notice), "the day after its end date it is over");
        String page = new WebClient().get("/firm-credit.xhtml?id=" + firm).body();
        assertTrue(page.contains(Texts.zh("credit.state.EXPIRED")), "shown as 已到期");
        assertEquals(null, text("SELECT ended_on FROM credit_list_entry WHERE id = ?", entry), "nothing was written");
    }

    @Test
    void aRedListingRecordsTheRedListedEventShownOnThePublicCreditPage() throws Exception {
        long firm = orgOf(Fixtures.firm(SelectionIT.ITEM));
        LocalDate today = CreditLists.today();
        long entry = CreditLists.list(as("regulator01"), firm, "RED", "Outstanding service " + System.nanoTime(), today,
                today.plusDays(365));
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = 'RED_LISTED' "
                + "AND source_type = 'LIST_ENTRY' AND source_id = ?", firm, String.valueOf(entry)));
        // the points and version of the event as recorded (another test may have published a later rule version)
        long points = number("SELECT points FROM credit_event WHERE firm_id = ? AND code = 'RED_LISTED'", firm);
        long version = number("SELECT v.version_no FROM credit_event e JOIN credit_rule_version v ON v.id = e.rule_version_id "
                + "WHERE e.firm_id = ? AND e.code = 'RED_LISTED'", firm);
        assertEquals(points, number("SELECT r.points FROM credit_rule r JOIN credit_rule_version v ON v.id = r.version_id "
                + "WHERE v.version_no = ? AND r.code = 'RED_LISTED'", version), "the points of the version it names");
        String page = new WebClient().get("/firm-credit.xhtml?id=" + firm).body();
        assertTrue(page.contains("id=\"credit-score\">" + (100 + points) + "<"), page);
        assertTrue(page.contains(Texts.zh("credit.code.RED_LISTED")) && page.contains("+" + points));
        assertTrue(page.contains(Texts.zh("credit.ruleVersion", version)));
        String red = new WebClient().get("/credit.xhtml").body();
        int at = red.indexOf("id=\"red-current\"");
        assertTrue(at > 0 && red.substring(at, red.indexOf("</table>", at)).contains("/firm-credit.xhtml?id=" + firm));
        assertTrue(new WebClient().get("/firm-profile.xhtml?id=1001").body().contains("/firm-credit.xhtml?id=1001"),
                "the firm profile links its credit page");
        assertTrue(new WebClient().get("/firms.xhtml").body().contains("/firm-credit.xhtml?id=1001"),
                "and so does the directory, with the score");
    }

    @Test
    void evidenceIsForRegulatorsAndTheFirmItselfOnly() throws Exception {
        String user = Fixtures.firm(SelectionIT.ITEM);
        long firm = orgOf(user);
        LocalDate today = CreditLists.today();
        long entry = CreditLists.list(as("regulator01"), firm, "BLACK", "Bid rigging " + System.nanoTime(), today,
                today.plusDays(100));
        long file = number("SELECT file_id FROM credit_list_evidence WHERE entry_id = ?", entry);
        String path = "/account/credit-files/" + file;
        HttpResponse<String> regulator = as("regulator01").get(path);
        assertEquals(200, regulator.statusCode());
        assertTrue(regulator.body().startsWith("%PDF"));
        assertEquals(200, as(user).get(path).statusCode(), "the firm itself");
        assertEquals(404, as(Fixtures.firm(SelectionIT.ITEM)).get(path).statusCode(), "another firm");
        assertEquals(404, as("owner01").get(path).statusCode(), "an owner");
        assertNotEquals(200, new WebClient().get(path).statusCode(), "anonymous");
        assertTrue(as(user).get("/firm/credit.xhtml").body().contains(path), "the firm's own page links it");
        assertTrue(as("regulator01").get("/regulator/firm-credit.xhtml?id=" + firm).body().contains(path),
                "and the regulator's credit file");
    }

    @Test
    void aRegulatorRecordsAFindingOfFalseMaterialsOnTheCreditFile() throws Exception {
        long firm = orgOf(Fixtures.firm(SelectionIT.ITEM));
        WebClient regulator = as("regulator01");
        String path = "/regulator/firm-credit.xhtml?id=" + firm;
        HttpResponse<String> none = regulator.postMultipart(path, "finding", Map.of("reason", "Forged licence", "save", "x"),
                Map.of());
        assertTrue(none.body().contains(Texts.zh("credit.evidence.error.count", 5)), none.body());
        assertEquals(0, number("SELECT COUNT(*) FROM credit_finding WHERE firm_id = ?", firm));

        HttpResponse<String> r = regulator.postMultipart(path, "finding", Map.of("reason", "Forged licence", "save", "x"),
                Map.of("files", TestFiles.pdf("finding.pdf")));
        assertTrue(r.body().contains(Texts.zh("credit.file.finding.done")), r.body());
        long finding = number("SELECT id FROM credit_finding WHERE firm_id = ?", firm);
        assertEquals(1, number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = 'FALSE_MATERIALS' "
                + "AND source_type = 'REGULATOR_FINDING' AND source_id = ?", firm, String.valueOf(finding)));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREDIT_FALSE_MATERIALS_FOUND' AND object_id = ?",
                String.valueOf(finding)));
        String pub = new WebClient().get("/firm-credit.xhtml?id=" + firm).body();
        assertTrue(pub.contains(Texts.zh("credit.code.FALSE_MATERIALS")), "the event is public");
        assertFalse(pub.contains("Forged licence"), "the finding's text and evidence are not");
    }
}
