package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Fair blame for a late contract filing (docs/domain-rules.md, "Who was late"; docs/credit.md): the credit event
 * {@code CONTRACT_FILED_LATE} goes to the firm only when it missed its own limit; an owner unit that answered after its
 * answer limit is flagged owner-late (no event against the firm) and counted per owner unit for supervision.
 */
class ContractBlameIT {

    static final long OWNER_UNIT = 2001; // owner01's unit
    static final String COUNTS = "/api/contracts/owner-late?from=2026-01-01&to=2030-12-31";

    /** A time column of the notice's only contract version as an instant. */
    static Instant moment(String column, long notice) throws Exception {
        return Instant.parse(text("SELECT DATE_FORMAT(" + column + ", '%Y-%m-%dT%H:%i:%s.%fZ') FROM contract_version "
                + "WHERE notice_id = ?", notice));
    }

    static long flag(String column, long notice) throws Exception {
        return number("SELECT " + column + " FROM contract_version WHERE notice_id = ?", notice);
    }

    static long audits(long notice, String action) throws Exception {
        return number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? AND action = ?",
                String.valueOf(notice), action);
    }

    static long firmEvents(String firm) throws Exception {
        return number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = 'CONTRACT_FILED_LATE'", orgOf(firm));
    }

    /** owner01's unit's count of owner-late filings, as regulators read it; 0 when the unit is not listed. */
    static long ownerLateCount(WebClient regulator) {
        HttpResponse<String> r = regulator.get(COUNTS);
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\\{[^}]*\"ownerId\":" + OWNER_UNIT + "[^}]*}").matcher(r.body());
        if (!m.find()) {
            return 0;
        }
        Matcher c = Pattern.compile("\"count\":(\\d+)").matcher(m.group());
        assertTrue(c.find(), r.body());
        return Long.parseLong(c.group(1));
    }

    static void upload(WebClient who, long notice) throws Exception {
        HttpResponse<String> filed = ContractIT.upload(who, notice, ContractIT.terms("52000", "2026-12-01", "2027-03-31"),
                TestFiles.pdf("contract.pdf"));
        assertTrue(filed.body().contains(Texts.zh("contract.submitted")), filed.body());
    }

    static void confirm(WebClient who, long notice) {
        HttpResponse<String> confirmed = who.postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x"));
        assertTrue(confirmed.body().contains(Texts.zh("contract.confirmed")), confirmed.body());
    }

    @Test
    void theFirmUploadsInTimeAndTheOwnerAnswersLateTheOwnerIsFlaggedAndCountedNotTheFirm() throws Exception {
        Object[] a = ContractIT.awarded("Blame owner late");
        long notice = (long) a[0];
        String firm = (String) a[1];
        WebClient regulator = as("regulator01");
        long before = ownerLateCount(regulator);
        upload(as(firm), notice);
        assertTrue(moment("answer_due_at", notice).isAfter(moment("submitted_at", notice)), "the answer limit is fixed");
        TestClock.passTo(moment("answer_due_at", notice));
        WebClient owner = as("owner01");
        confirm(owner, notice);

        assertEquals(1, flag("owner_late", notice));
        assertEquals(0, flag("firm_late", notice));
        assertEquals(1, flag("late", notice));
        assertEquals(0, firmEvents(firm), "no credit event against the firm");
        assertEquals(0, audits(notice, "CONTRACT_FILED_LATE"));
        assertEquals(1, audits(notice, "CONTRACT_OWNER_LATE"));
        assertEquals(before + 1, ownerLateCount(regulator), "counted for the supervision board");
        assertEquals(403, as(firm).get(COUNTS).statusCode(), "firms do not read the counts");

        String page = owner.get(ContractIT.page(notice)).body();
        assertTrue(page.contains("contract-owner-late") && page.contains(Texts.zh("contract.blame.ownerLate")), page);
        assertFalse(page.contains("contract-firm-late"));
        assertTrue(page.contains("contract-upload-due") && page.contains("contract-answer-due")
                && page.contains(Texts.zh("contract.blame.answeredLate")), "the page shows each limit and who missed it");
    }

    @Test
    void theOwnerUploadsAndTheFirmAnswersLateTheFirmGetsTheEvent() throws Exception {
        Object[] a = ContractIT.awarded("Blame firm late");
        long notice = (long) a[0];
        String firm = (String) a[1];
        WebClient regulator = as("regulator01");
        long before = ownerLateCount(regulator);
        upload(as("owner01"), notice);
        TestClock.passTo(moment("answer_due_at", notice));
        WebClient winner = as(firm);
        confirm(winner, notice);

        assertEquals(1, flag("firm_late", notice));
        assertEquals(0, flag("owner_late", notice));
        assertEquals(1, firmEvents(firm), "the firm missed its limit");
        assertEquals(1, audits(notice, "CONTRACT_FILED_LATE"));
        assertEquals(0, audits(notice, "CONTRACT_OWNER_LATE"));
        assertEquals(before, ownerLateCount(regulator), "the owner is not counted");
        String page = winner.get(ContractIT.page(notice)).body();
        assertTrue(page.contains("contract-firm-late") && page.contains(Texts.zh("contract.blame.firmLate")), page);
    }

    @Test
    void bothInTimeIsNobodyLateThoughTheConfirmationComesAfterTheFilingLimit() throws Exception {
        Object[] a = ContractIT.awarded("Blame nobody");
        long notice = (long) a[0];
        String firm = (String) a[1];
        HttpResponse<String> view = as(firm).get("/api/notices/" + notice + "/contract");
        Matcher m = Pattern.compile("\"dueAt\":\"([^\"]+)\"").matcher(view.body());
        assertTrue(m.find(), view.body());
        Instant filingDue = Instant.parse(m.group(1));
        TestClock.passTo(filingDue.minus(Duration.ofHours(1))); // the firm uploads in the last hour
        upload(as(firm), notice);
        Instant due = moment("due_at", notice);
        assertTrue(moment("submitted_at", notice).isBefore(due), "uploaded in time");
        TestClock.passTo(due); // past the filing limit, within the owner's answer window
        assertTrue(TestClock.now().isBefore(moment("answer_due_at", notice)), "still within the answer window");
        confirm(as("owner01"), notice);

        assertEquals(0, flag("late", notice));
        assertEquals(0, flag("firm_late", notice));
        assertEquals(0, flag("owner_late", notice));
        assertEquals(0, firmEvents(firm), "the old rule would have blamed the firm; the firm was in time");
        assertEquals(0, audits(notice, "CONTRACT_FILED_LATE"));
    }
}
