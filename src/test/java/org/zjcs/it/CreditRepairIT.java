package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Credit repair on the firm's and the regulator's pages: refused before the minimum period (naming the date), applied
 * for once at a time, approved (the entry ends early as 修复移出) or refused with a reason.
 */
class CreditRepairIT {

    static long repairs(long entry) throws Exception {
        return number("SELECT COUNT(*) FROM credit_repair WHERE entry_id = ?", entry);
    }

    @Test
    void tooEarlyIsRefusedNamingTheDateFromWhichItIsPossible() throws Exception {
        String user = Fixtures.firm(SelectionIT.ITEM);
        LocalDate today = CreditLists.today();
        long entry = CreditLists.black(orgOf(user), today.minusDays(10), today.plusDays(200));
        HttpResponse<String> r = CreditLists.applyForRepair(as(user), entry, "Corrected");
        assertTrue(r.body().contains(Texts.zh("credit.repair.error.tooEarly", today.minusDays(10).plusDays(90).toString())),
                r.body());
        assertEquals(0, repairs(entry), "nothing stored");
        assertEquals(0, number("SELECT COUNT(*) FROM stored_file WHERE purpose = 'CREDIT_EVIDENCE' AND owner_organisation_id = ?",
                orgOf(user)), "no file kept");
    }

    @Test
    void theFirmAppliesOnceAndTheRegulatorApprovesTheEntryEndsEarly() throws Exception {
        String user = Fixtures.firm(SelectionIT.ITEM);
        long firm = orgOf(user);
        LocalDate today = CreditLists.today();
        long entry = CreditLists.black(firm, today.minusDays(100), today.plusDays(200));
        WebClient client = as(user);
        HttpResponse<String> r = CreditLists.applyForRepair(client, entry, "Internal review process introduced");
        assertTrue(r.body().contains(Texts.zh("credit.repair.applied")), r.body());
        assertEquals(1, repairs(entry));
        long repair = number("SELECT id FROM credit_repair WHERE entry_id = ?", entry);
        assertEquals("PENDING", text("SELECT status FROM credit_repair WHERE id = ?", repair));
        assertEquals(1, number("SELECT COUNT(*) FROM credit_repair_evidence WHERE repair_id = ?", repair));

        String page = client.get("/firm/credit.xhtml").body();
        assertFalse(page.contains("id=\"repair\""), "one open application at a time: the page offers no second one");
        assertEquals(1, repairs(entry), "one open application at a time");

        WebClient regulator = as("regulator01");
        assertTrue(regulator.get("/regulator/credit-repairs.xhtml").body().contains("credit-repairs.xhtml?id=" + repair),
                "the application is in the regulator's queue");
        HttpResponse<String> ok = CreditLists.decide(regulator, repair, "", true);
        assertTrue(ok.body().contains(Texts.zh("credit.repairs.approved")), ok.body());
        assertEquals("APPROVED", text("SELECT status FROM credit_repair WHERE id = ?", repair));
        assertEquals(today.toString(), text("SELECT ended_on FROM credit_list_entry WHERE id = ?", entry));
        assertEquals(repair, number("SELECT repair_id FROM credit_list_entry WHERE id = ?", entry));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREDIT_REPAIR_APPROVED' AND object_id = ?",
                String.valueOf(repair)));
        assertTrue(new WebClient().get("/firm-credit.xhtml?id=" + firm).body().contains(Texts.zh("credit.state.REPAIRED")),
                "public: removed after credit repair");
        HttpResponse<String> again = CreditLists.decide(regulator, repair, "", false);
        assertEquals("APPROVED", text("SELECT status FROM credit_repair WHERE id = ?", repair), "decided once: " + again.statusCode());
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheEntry() throws Exception {
        String user = Fixtures.firm(SelectionIT.ITEM);
        LocalDate today = CreditLists.today();
        long entry = CreditLists.black(orgOf(user), today.minusDays(90), today.plusDays(200));
        assertTrue(CreditLists.applyForRepair(as(user), entry, "Corrected").body().contains(Texts.zh("credit.repair.applied")),
                "on the 90th day it is possible");
        long repair = number("SELECT id FROM credit_repair WHERE entry_id = ?", entry);
        WebClient regulator = as("regulator01");
        HttpResponse<String> noReason = CreditLists.decide(regulator, repair, " ", false);
        assertTrue(noReason.body().contains(Texts.zh("credit.repair.error.refuseReason")), noReason.body());
        assertEquals("PENDING", text("SELECT status FROM credit_repair WHERE id = ?", repair));

        HttpResponse<String> r = CreditLists.decide(regulator, repair, "The evidence does not show the correction", false);
        assertTrue(r.body().contains(Texts.zh("credit.repairs.refused")), r.body());
        assertEquals("REFUSED", text("SELECT status FROM credit_repair WHERE id = ?", repair));
        assertEquals(null, text("SELECT ended_on FROM credit_list_entry WHERE id = ?", entry), "the entry stays");
        assertTrue(number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = ? "
                + "AND message_key = 'credit.notify.repairRefused'", orgOf(user)) >= 1, "the firm is told");
        assertTrue(as(user).get("/firm/credit.xhtml").body().contains("The evidence does not show the correction"));
    }
}
