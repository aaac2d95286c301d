package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.it.EnrolmentIT.bids;
import static org.zjcs.it.EnrolmentIT.count;
import static org.zjcs.it.EnrolmentIT.insertNotice;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.orgOf;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Bad input at enrolment, rule by rule: a suspended firm, a firm on the notice's avoidance list, a firm whose
 * registration is not approved, a firm whose required qualification has expired. Each is refused with the rule's
 * message, over REST and on the notice page, and nothing is stored. (Prices with more than two decimals or outside
 * the floor and ceiling: EnrolmentIT.)
 */
class EligibilityIT {

    /** 房地产估价 (item 13): demo firm03 offers it, but its REAL_ESTATE_APPR qualification expired on 2026-06-30. */
    static final long APPRAISAL_ITEM = 13;
    /** Demo firm04 (registration waiting for review) offers item 9. */
    static final long FIRM04_ITEM = 9;

    static long openNotice(long item, String requirement) throws Exception {
        return insertNotice("RANDOM_DRAW", item, "80000.00", null, null, Instant.now().plus(Duration.ofHours(2)), requirement);
    }

    /** The enrolment is refused with {@code text} under {@code key}, and no enrolment row is added. */
    static void refused(WebClient firm, long notice, String key, String text) throws Exception {
        long before = count(notice);
        HttpResponse<String> r = firm.postJson(bids(notice), "{}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"code\":\"" + key + "\""), r.body());
        assertTrue(r.body().contains(text), "the message reads " + text + ": " + r.body());
        assertEquals(before, count(notice), "nothing stored");
        assertFalse(firm.get(bids(notice)).body().contains("\"myStatus\":\"ACTIVE\""), "the firm has no enrolment");
    }

    /** The rules the firm's standing names (GET bids), in order. */
    static List<String> failedRules(WebClient firm, long notice) {
        String body = firm.get(bids(notice)).body();
        Matcher m = Pattern.compile("\"ineligibleBecause\":\\[([^\\]]*)\\]").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1).isEmpty() ? List.of() : List.of(m.group(1).replace("\"", "").split(","));
    }

    /** The notice page of a logged-in ineligible firm lists the failed rules and offers no enrol button. */
    static void pageShowsFailures(WebClient firm, long notice, String... texts) {
        String page = firm.get("/notice.xhtml?id=" + notice).body();
        int at = page.indexOf("id=\"enrolment-failures\"");
        assertTrue(at > 0, "the failed rules are listed: " + page);
        String list = page.substring(at, page.indexOf("</ul>", at));
        assertEquals(texts.length, list.split("<li>", -1).length - 1, list);
        for (String text : texts) {
            assertTrue(list.contains(text), text + " in " + list);
        }
        assertTrue(page.contains(Texts.zh("enrolment.ineligible")));
        assertFalse(page.contains("enrol:enrolButton"), "no enrol button");
    }

    @Test
    void aSuspendedFirmIsRefused() throws Exception {
        long notice = openNotice(SelectionIT.ITEM, null);
        String user = Fixtures.firm(SelectionIT.ITEM);
        WebClient firm = as(user);
        assertEquals(List.of(), failedRules(firm, notice), "eligible before the suspension");
        assertTrue(firm.get("/notice.xhtml?id=" + notice).body().contains("enrol:enrolButton"), "and offered the button");

        Fixtures.sql("UPDATE organisation SET status = 'SUSPENDED' WHERE id = ?", orgOf(user));
        refused(firm, notice, "eligibility.SUSPENDED", Texts.zh("eligibility.SUSPENDED"));
        assertEquals(List.of("eligibility.SUSPENDED"), failedRules(firm, notice));
        pageShowsFailures(firm, notice, Texts.zh("eligibility.SUSPENDED"));
    }

    @Test
    void aFirmOnTheAvoidanceListIsRefusedWithTheReason() throws Exception {
        long notice = openNotice(SelectionIT.ITEM, null);
        String user = Fixtures.firm(SelectionIT.ITEM);
        String reason = "Drew up the feasibility study of this project " + System.nanoTime();
        Fixtures.sql("INSERT INTO notice_avoidance (notice_id, position, firm_id, reason) VALUES (?, 0, ?, ?)",
                notice, orgOf(user), reason);
        WebClient firm = as(user);
        refused(firm, notice, "eligibility.AVOIDED", Texts.zh("eligibility.AVOIDED", reason));
        assertEquals(List.of("eligibility.AVOIDED"), failedRules(firm, notice));
        pageShowsFailures(firm, notice, Texts.zh("eligibility.AVOIDED", reason));

        // another firm is not concerned by the list
        WebClient other = as(Fixtures.firm(SelectionIT.ITEM));
        assertEquals(201, other.postJson(bids(notice), "{}").statusCode());
        assertEquals(1, count(notice));
    }

    @Test
    void aFirmWhoseRegistrationIsNotApprovedIsRefused() throws Exception {
        assertEquals("PENDING", Fixtures.text("SELECT status FROM organisation WHERE id = 1004"), "demo firm04 waits for review");
        long notice = openNotice(FIRM04_ITEM, null);
        WebClient firm = as("firm04");
        refused(firm, notice, "eligibility.NOT_APPROVED", Texts.zh("eligibility.NOT_APPROVED"));
        assertEquals(List.of("eligibility.NOT_APPROVED"), failedRules(firm, notice), "the item is offered; only the approval fails");
        pageShowsFailures(firm, notice, Texts.zh("eligibility.NOT_APPROVED"));
    }

    @Test
    void aFirmWhoseRequiredQualificationHasExpiredIsRefused() throws Exception {
        assertEquals("2026-06-30", Fixtures.text("SELECT MAX(valid_to) FROM firm_qualification WHERE firm_id = 1003 "
                + "AND type_code = 'REAL_ESTATE_APPR'"), "demo firm03's appraisal qualification expired");
        String name = Fixtures.text("SELECT name_zh FROM qualification_type WHERE code = 'REAL_ESTATE_APPR'");
        String missing = Texts.zh("eligibility.QUALIFICATION_MISSING", name);

        long notice = openNotice(APPRAISAL_ITEM, "REAL_ESTATE_APPR");
        WebClient firm = as("firm03");
        refused(firm, notice, "eligibility.QUALIFICATION_MISSING", missing);
        assertEquals(List.of("eligibility.QUALIFICATION_MISSING"), failedRules(firm, notice),
                "firm03 offers the item; only the expired qualification fails");
        pageShowsFailures(firm, notice, missing);

        // the same firm with a qualification still valid (LAND_APPRAISAL, to 2029) may enrol
        long land = openNotice(APPRAISAL_ITEM, "LAND_APPRAISAL");
        assertEquals(List.of(), failedRules(firm, land));
        assertEquals(201, firm.postJson(bids(land), "{}").statusCode());
        assertEquals(1, count(land));
    }

    @Test
    void aFormPostedByAnIneligibleFirmStoresNothing() throws Exception {
        long notice = openNotice(SelectionIT.ITEM, null);
        String user = Fixtures.firm(SelectionIT.ITEM);
        WebClient firm = as(user);
        String path = "/notice.xhtml?id=" + notice;
        String viewState = firm.viewStateOf(path);
        Fixtures.sql("UPDATE organisation SET status = 'SUSPENDED' WHERE id = ?", orgOf(user));
        HttpResponse<String> r = firm.postForm(path, "enrol", viewState, Map.of("enrolButton", "x"));
        assertTrue(r.body().contains(Texts.zh("eligibility.SUSPENDED")), r.body());
        assertFalse(r.body().contains(Texts.zh("enrolment.done.ENROL")), r.body());
        assertEquals(0, count(notice));
    }
}
