package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.status;
import static org.zjcs.support.Fixtures.text;

import java.time.Duration;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Service-period extensions over HTTP: the winning firm of a CONTRACTED notice (service 2026-12-01 – 2027-03-31) asks
 * for a new end date with a reason, the owner unit approves (the service end and the deliverable time limit move) or
 * refuses with a reason; every request stays visible; each refusal stores nothing. Only the winning firm sees the
 * request form (none while a request is pending), only the owner unit the answer form while one is pending; everyone
 * else's refusals are checked over the REST API.
 */
class ContractExtensionIT {

    static HttpResponse<String> request(WebClient who, long notice, String end, String reason) {
        Map<String, String> f = new HashMap<>();
        f.put("extensionEnd", end);
        f.put("extensionReason", reason);
        f.put("requestExtension", "x");
        return who.postForm(ContractIT.page(notice), "extension", f);
    }

    static HttpResponse<String> approve(WebClient who, long notice) {
        return who.postForm(ContractIT.page(notice), "extensionAnswer", Map.of("approveExtension", "x"));
    }

    static HttpResponse<String> refuse(WebClient who, long notice, String reason) {
        return who.postForm(ContractIT.page(notice), "extensionAnswer", Map.of("answerReason", reason, "refuseExtension", "x"));
    }

    static HttpResponse<String> requestApi(WebClient who, long notice, String end, String reason) {
        return who.postJson("/api/notices/" + notice + "/contract/extensions",
                "{\"end\": \"" + end + "\", \"reason\": \"" + reason + "\"}");
    }

    static long extensions(long notice) throws Exception {
        return number("SELECT COUNT(*) FROM contract_extension WHERE notice_id = ?", notice);
    }

    static long audits(long notice, String action) throws Exception {
        return DeliverableIT.audits(notice, action);
    }

    @Test
    void approvedTheServiceEndAndTheDeliverableTimeLimitMove() throws Exception {
        Object[] a = DeliverableIT.contracted("Extension approved");
        long notice = (long) a[0];
        WebClient firm = as((String) a[1]);
        WebClient owner = as("owner01");
        String firmPage = firm.get(ContractIT.page(notice)).body();
        assertTrue(firmPage.contains("id=\"extension\""), "the firm may ask for an extension");
        assertTrue(firmPage.contains("2027-03-31"), "the current service end is shown");
        assertFalse(owner.get(ContractIT.page(notice)).body().contains("id=\"extensionAnswer\""), "nothing to answer yet");

        HttpResponse<String> asked = request(firm, notice, "2027-06-30", "Extra monitoring season");
        assertTrue(asked.body().contains(Texts.zh("extension.requested")), asked.body());
        assertEquals("REQUESTED", text("SELECT status FROM contract_extension WHERE notice_id = ?", notice));
        assertEquals(1, number("SELECT COUNT(*) FROM notification WHERE message_key = 'extension.notify.requested' "
                + "AND recipient_organisation_id = ? AND link = ?", Fixtures.orgOf("owner01"), ContractIT.page(notice)));

        String ownerPage = owner.get(ContractIT.page(notice)).body();
        assertTrue(ownerPage.contains("id=\"extensionAnswer\"") && ownerPage.contains("Extra monitoring season"), ownerPage);
        HttpResponse<String> approved = approve(owner, notice);
        assertTrue(approved.body().contains(Texts.zh("extension.approved")), approved.body());
        assertEquals("APPROVED", text("SELECT status FROM contract_extension WHERE notice_id = ?", notice));
        assertTrue(firm.get(ContractIT.page(notice)).body().contains("<span id=\"service-end\">2027-06-30</span>"),
                "the new end is visible to the firm");
        assertEquals(1, number("SELECT COUNT(*) FROM notification WHERE message_key = 'extension.notify.approved' "
                + "AND recipient_organisation_id = ?", Fixtures.orgOf((String) a[1])));

        // the service_days limit (20 working days after the confirmation) now lies far in the past: without the
        // extension the deliverable would be overdue; with it, it is due at the end of 30 June 2027 (Beijing time)
        TestClock.advance(Duration.ofDays(90)); // 90 days after the confirmation
        String deliverables = firm.get(DeliverableIT.page(notice)).body();
        assertTrue(deliverables.contains("2027-06-30 23:59"), "the deliverable time limit moved: " + deliverables);
        assertFalse(deliverables.contains("id=\"overdue\""), "not overdue");
        HttpResponse<String> v1 = DeliverableIT.upload(firm, notice, "Report", TestFiles.pdf("report.pdf"));
        assertTrue(v1.body().contains(Texts.zh("deliverable.submitted")), v1.body());
        assertEquals(0, number("SELECT late FROM deliverable WHERE notice_id = ?", notice), "in time thanks to the extension");
        assertEquals("2027-06-30 15:59:59", text("SELECT DATE_FORMAT(due_at, '%Y-%m-%d %H:%i:%s') FROM deliverable "
                + "WHERE notice_id = ?", notice), "due 23:59:59 Beijing time, stored in UTC");

        // the next request must go beyond the extended end; it is allowed while IN_SERVICE
        HttpResponse<String> notLater = request(firm, notice, "2027-06-30", "Again");
        assertTrue(notLater.body().contains(Texts.zh("extension.error.notAfterCurrentEnd", "2027-06-30")), notLater.body());
        assertEquals(1, extensions(notice));
        assertEquals(1, audits(notice, "CONTRACT_EXTENSION_REQUESTED"));
        assertEquals(1, audits(notice, "CONTRACT_EXTENSION_APPROVED"));

        // the case's department sees the steps on the timeline
        String timeline = CaseTimelineIT.page(as("approver01"), CaseTimelineIT.caseOf(notice));
        assertTrue(timeline.contains("CONTRACT_EXTENSION_REQUESTED") && timeline.contains("CONTRACT_EXTENSION_APPROVED"),
                timeline);
    }

    @Test
    void refusedWithAReasonAndEveryRefusalStoresNothing() throws Exception {
        Object[] a = DeliverableIT.contracted("Extension refused");
        long notice = (long) a[0];
        WebClient firm = as((String) a[1]);
        WebClient owner = as("owner01");

        HttpResponse<String> noReason = request(firm, notice, "2027-05-31", "");
        assertTrue(noReason.body().contains(Texts.zh("extension.error.reasonRequired")), noReason.body());
        HttpResponse<String> notAfter = request(firm, notice, "2027-03-31", "Same day");
        assertTrue(notAfter.body().contains(Texts.zh("extension.error.notAfterCurrentEnd", "2027-03-31")), notAfter.body());
        HttpResponse<String> beforeStart = request(firm, notice, "2026-11-15", "Ends before it starts");
        assertTrue(beforeStart.body().contains(Texts.zh("extension.error.endBeforeStart", "2026-12-01")), beforeStart.body());
        HttpResponse<String> noDate = request(firm, notice, "", "No date");
        assertTrue(noDate.body().contains(Texts.zh("extension.error.endRequired")), noDate.body());
        WebClient otherFirm = as(Fixtures.firm(ContractIT.ITEM));
        String otherPage = otherFirm.get(ContractIT.page(notice)).body();
        assertFalse(otherPage.contains("id=\"extension\"") || otherPage.contains("id=\"extensionAnswer\""),
                "a firm that is not a party sees no form");
        AwardDeclineIT.refused(requestApi(otherFirm, notice, "2027-05-31", "Not mine"), 404, "notice.error.notFound");
        assertFalse(owner.get(ContractIT.page(notice)).body().contains("id=\"extension\""), "the owner gets no request form");
        AwardDeclineIT.refused(requestApi(owner, notice, "2027-05-31", "By the owner"), 403, "security.error.forbidden");
        AwardDeclineIT.refused(requestApi(firm, notice, "31.05.2027", "Bad date"), 400, "contract.error.dateFormat");
        assertEquals(0, extensions(notice), "nothing stored");

        assertTrue(request(firm, notice, "2027-05-31", "Rainy season").body().contains(Texts.zh("extension.requested")));
        String waiting = firm.get(ContractIT.page(notice)).body();
        assertFalse(waiting.contains("id=\"extension\""), "no request form while one is pending");
        assertTrue(waiting.contains("id=\"extension-waiting\""), "the firm is told it waits");
        AwardDeclineIT.refused(requestApi(firm, notice, "2027-06-30", "Second one"), 400, "extension.error.pending");
        assertEquals(1, extensions(notice), "one pending request at a time");

        long pending = number("SELECT id FROM contract_extension WHERE notice_id = ?", notice);
        for (String other : new String[] {"approver01", "owner04"}) {
            assertFalse(as(other).get(ContractIT.page(notice)).body().contains("id=\"extensionAnswer\""),
                    other + " gets no answer form");
        }
        AwardDeclineIT.refused(as("approver01").postJson("/api/contract-extensions/" + pending + "/approve", "{}"), 403,
                "security.error.forbidden");
        AwardDeclineIT.refused(firm.postJson("/api/contract-extensions/" + pending + "/approve", "{}"), 403,
                "security.error.forbidden");
        AwardDeclineIT.refused(as("owner04").postJson("/api/contract-extensions/" + pending + "/approve", "{}"), 400,
                "extension.error.notOwner");
        AwardDeclineIT.refused(as("owner04").postJson("/api/contract-extensions/" + pending + "/refuse", "{\"reason\": \"No\"}"),
                400, "extension.error.notOwner");
        HttpResponse<String> refuseNoReason = refuse(owner, notice, " ");
        assertTrue(refuseNoReason.body().contains(Texts.zh("extension.error.answerReasonRequired")), refuseNoReason.body());
        assertEquals("REQUESTED", text("SELECT status FROM contract_extension WHERE notice_id = ?", notice));
        assertEquals(0, audits(notice, "CONTRACT_EXTENSION_APPROVED") + audits(notice, "CONTRACT_EXTENSION_REFUSED"));

        HttpResponse<String> refused = refuse(owner, notice, "The plan allows no delay");
        assertTrue(refused.body().contains(Texts.zh("extension.refused")), refused.body());
        assertEquals("REFUSED", text("SELECT status FROM contract_extension WHERE notice_id = ?", notice));
        assertEquals("The plan allows no delay", text("SELECT answer_reason FROM contract_extension WHERE notice_id = ?", notice));
        String firmPage = firm.get(ContractIT.page(notice)).body();
        assertTrue(firmPage.contains("The plan allows no delay") && firmPage.contains("<span id=\"service-end\">2027-03-31</span>"),
                "the refusal and its reason are visible; the end did not move");
        assertEquals(1, audits(notice, "CONTRACT_EXTENSION_REFUSED"));
        assertFalse(owner.get(ContractIT.page(notice)).body().contains("id=\"extensionAnswer\""), "nothing left to answer");
        AwardDeclineIT.refused(owner.postJson("/api/contract-extensions/" + pending + "/approve", "{}"), 400,
                "extension.error.notRequested");

        // after the owner accepted the deliverable (DELIVERED) no extension may be asked for
        assertTrue(DeliverableIT.upload(firm, notice, "Report", TestFiles.pdf("r.pdf")).body()
                .contains(Texts.zh("deliverable.submitted")));
        assertTrue(owner.postForm(DeliverableIT.page(notice), "answer", Map.of("accept", "x")).body()
                .contains(Texts.zh("deliverable.accepted")));
        assertEquals("DELIVERED", status(notice));
        assertFalse(firm.get(ContractIT.page(notice)).body().contains("id=\"extension\""), "no form after the delivery");
        AwardDeclineIT.refused(requestApi(firm, notice, "2027-05-31", "Too late"), 400, "extension.error.notInService");
        assertEquals(1, extensions(notice), "nothing stored after the delivery");
        assertEquals(1, audits(notice, "CONTRACT_EXTENSION_REQUESTED"));
    }
}
