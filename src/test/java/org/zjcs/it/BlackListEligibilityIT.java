package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.it.EnrolmentIT.bids;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.text;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The black list in the one eligibility check: a black-listed firm cannot enrol (REST and page name the black list and
 * its end date); a firm listed after it enrolled is excluded at selection with that reason; after an approved credit
 * repair it can enrol again.
 */
class BlackListEligibilityIT {

    @Test
    void aBlackListedFirmCannotEnrolAndIsToldUntilWhen() throws Exception {
        String user = Fixtures.firm(SelectionIT.ITEM);
        LocalDate today = CreditLists.today();
        LocalDate end = today.plusDays(120);
        CreditLists.black(orgOf(user), today, end);
        long notice = EligibilityIT.openNotice(SelectionIT.ITEM, null);
        WebClient firm = as(user);
        String message = Texts.zh("eligibility.BLACK_LISTED", end.toString());
        EligibilityIT.refused(firm, notice, "eligibility.BLACK_LISTED", message);
        assertEquals(List.of("eligibility.BLACK_LISTED"), EligibilityIT.failedRules(firm, notice));
        EligibilityIT.pageShowsFailures(firm, notice, message);
    }

    @Test
    void aFirmListedAfterItEnrolledIsExcludedAtSelectionWithTheBlackListReason() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Black list at selection " + System.nanoTime(), SelectionIT.ITEM, "RANDOM_DRAW",
                "90000", null, null, 3);
        List<String> firms = Fixtures.firms(4, SelectionIT.ITEM);
        firms.forEach(f -> SelectionIT.enrol(f, notice, "{}"));
        long listed = orgOf(firms.get(3));
        LocalDate end = CreditLists.today().plusDays(60);
        CreditLists.list(as("regulator01"), listed, "BLACK", "Collusion found after enrolment", CreditLists.today(), end);

        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        assertEquals(listed, number("SELECT e.firm_id FROM selection_exclusion e JOIN selection_result r "
                + "ON r.id = e.selection_id WHERE r.notice_id = ?", notice), "the listed firm is excluded");
        String reasons = text("SELECT e.reasons FROM selection_exclusion e JOIN selection_result r ON r.id = e.selection_id "
                + "WHERE r.notice_id = ?", notice);
        assertTrue(reasons.contains("eligibility.BLACK_LISTED") && reasons.contains(end.toString()), reasons);
        assertTrue(new WebClient().get("/notice.xhtml?id=" + notice).body()
                .contains(Texts.zh("eligibility.BLACK_LISTED", end.toString())), "shown as the exclusion reason");
    }

    @Test
    void afterAnApprovedRepairTheFirmCanEnrolAgain() throws Exception {
        String user = Fixtures.firm(SelectionIT.ITEM);
        LocalDate today = CreditLists.today();
        long entry = CreditLists.black(orgOf(user), today.minusDays(120), today.plusDays(120));
        long notice = EligibilityIT.openNotice(SelectionIT.ITEM, null);
        WebClient firm = as(user);
        assertEquals(400, firm.postJson(bids(notice), "{}").statusCode());

        assertTrue(CreditLists.applyForRepair(firm, entry, "Corrected").body().contains(Texts.zh("credit.repair.applied")));
        long repair = number("SELECT id FROM credit_repair WHERE entry_id = ?", entry);
        assertTrue(CreditLists.decide(as("regulator01"), repair, "Correction verified", true).body()
                .contains(Texts.zh("credit.repairs.approved")));
        assertEquals(List.of(), EligibilityIT.failedRules(firm, notice));
        assertEquals(201, firm.postJson(bids(notice), "{}").statusCode(), "it can enrol again");
    }
}
