package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.status;
import static org.zjcs.support.Fixtures.text;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The contract over REST (session login): the winning firm files a version, the owner unit confirms it, the firm asks
 * for an extension and the owner approves it; 401 without a login, 403 for the wrong role, 404 for a notice the caller
 * is not a party of and for unknown ids.
 */
class ContractApiIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    static long id(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    static String contract(long notice) {
        return "/api/notices/" + notice + "/contract";
    }

    @Test
    void theFirmFilesTheOwnerConfirmsTheFirmAsksForMoreTimeAndTheOwnerApproves() throws Exception {
        Object[] a = ContractIT.awarded("Contract API");
        long notice = (long) a[0];
        WebClient firm = as((String) a[1]);
        WebClient owner = as("owner01");

        HttpResponse<String> view = firm.get(contract(notice));
        assertEquals(200, view.statusCode(), view.body());
        assertTrue(view.body().contains("\"party\":\"FIRM\"") && view.body().contains("\"awardAmount\":52000")
                && view.body().contains("\"versions\":[]") && view.body().contains("\"declinable\":true"), view.body());
        assertTrue(view.body().contains("\"dueAt\":\""), "the filing due time: " + view.body());

        HttpResponse<String> filed = ContractIT.uploadApi(firm, notice, "51000", "2026-12-01", "2027-03-31",
                TestFiles.pdf("contract.pdf"));
        assertEquals(201, filed.statusCode(), filed.body());
        long version = id(filed);
        String location = filed.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/api/contract-versions/" + version), location);
        assertTrue(filed.body().contains("\"status\":\"SUBMITTED\"") && filed.body().contains("\"uploaderParty\":\"FIRM\""),
                filed.body());
        HttpResponse<String> read = owner.get(URI.create(location).getRawPath().replaceFirst("^/[^/]+/api/", "/api/"));
        assertEquals(200, read.statusCode(), location + " " + read.body());
        assertEquals(404, as(Fixtures.firm(ContractIT.ITEM)).get("/api/contract-versions/" + version).statusCode(),
                "a non-party does not see the version");

        HttpResponse<String> ownerView = owner.get(contract(notice));
        assertTrue(ownerView.body().contains("\"party\":\"OWNER\"") && ownerView.body().contains("\"status\":\"SUBMITTED\"")
                && ownerView.body().contains("\"declinable\":false"), ownerView.body());

        HttpResponse<String> confirmed = owner.postJson("/api/contract-versions/" + version + "/confirm", "{}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("\"status\":\"CONFIRMED\"") && confirmed.body().contains("\"late\":false"),
                confirmed.body());
        assertEquals("CONTRACTED", status(notice));
        AwardDeclineIT.refused(owner.postJson("/api/contract-versions/" + version + "/confirm", "{}"), 400,
                "contract.error.notSubmitted");

        HttpResponse<String> asked = ContractExtensionIT.requestApi(firm, notice, "2027-06-30", "Extra monitoring season");
        assertEquals(201, asked.statusCode(), asked.body());
        long extension = id(asked);
        assertTrue(asked.headers().firstValue("Location").orElse("").endsWith("/api/contract-extensions/" + extension));
        assertTrue(asked.body().contains("\"status\":\"REQUESTED\"") && asked.body().contains("\"requestedEnd\":\"2027-06-30\""),
                asked.body());

        HttpResponse<String> approved = owner.postJson("/api/contract-extensions/" + extension + "/approve", "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"status\":\"APPROVED\""), approved.body());
        HttpResponse<String> after = firm.get(contract(notice));
        assertTrue(after.body().contains("\"serviceEnd\":\"2027-06-30\"") && after.body().contains("\"noticeStatus\":\"CONTRACTED\"")
                && after.body().contains("\"declinable\":false"), after.body());

        assertEquals(1, DeliverableIT.audits(notice, "CONTRACT_SUBMITTED"));
        assertEquals(1, DeliverableIT.audits(notice, "CONTRACT_CONFIRMED"));
        assertEquals(1, DeliverableIT.audits(notice, "CONTRACT_EXTENSION_REQUESTED"));
        assertEquals(1, DeliverableIT.audits(notice, "CONTRACT_EXTENSION_APPROVED"));
        assertEquals("APPROVED", text("SELECT status FROM contract_extension WHERE notice_id = ?", notice));
    }

    @Test
    void withoutALoginTheWrongRoleANonPartyAndUnknownIds() throws Exception {
        Object[] a = ContractIT.awarded("Contract API refused");
        long notice = (long) a[0];
        WebClient firm = as((String) a[1]);
        WebClient owner = as("owner01");
        WebClient anonymous = new WebClient();

        AwardDeclineIT.refused(anonymous.get(contract(notice)), 401, "security.error.loginRequired");
        AwardDeclineIT.refused(ContractIT.uploadApi(anonymous, notice, "50000", "2026-12-01", "2027-01-31",
                TestFiles.pdf("c.pdf")), 401, "security.error.loginRequired");
        AwardDeclineIT.refused(anonymous.postJson("/api/contract-versions/1/confirm", "{}"), 401, "security.error.loginRequired");

        HttpResponse<String> stranger = as(Fixtures.firm(ContractIT.ITEM)).get(contract(notice));
        AwardDeclineIT.refused(stranger, 404, "notice.error.notFound");
        assertTrue(stranger.body().contains(Texts.zh("notice.error.notFound")), stranger.body());
        AwardDeclineIT.refused(as("approver01").get(contract(notice)), 404, "notice.error.notFound");
        AwardDeclineIT.refused(owner.get(contract(999_999_999L)), 404, "notice.error.notFound");
        AwardDeclineIT.refused(ContractIT.uploadApi(owner, 999_999_999L, "50000", "2026-12-01", "2027-01-31",
                TestFiles.pdf("c.pdf")), 404, "notice.error.notFound");
        AwardDeclineIT.refused(owner.postJson("/api/contract-versions/999999999/confirm", "{}"), 404, "contract.error.notFound");
        AwardDeclineIT.refused(owner.postJson("/api/contract-extensions/999999999/approve", "{}"), 404,
                "extension.error.notFound");

        // bad input: refused with the rule's key, in English when asked
        AwardDeclineIT.refused(ContractIT.uploadApi(owner, notice, "fifty", "2026-12-01", "2027-01-31", TestFiles.pdf("c.pdf")),
                400, "money.error.format");
        AwardDeclineIT.refused(ContractIT.uploadApi(owner, notice, "50000", "01.12.2026", "2027-01-31", TestFiles.pdf("c.pdf")),
                400, "contract.error.dateFormat");
        assertEquals(0, ContractIT.versions(notice), "nothing stored");

        HttpResponse<String> filed = ContractIT.uploadApi(owner, notice, "52000", "2026-12-01", "2027-03-31",
                TestFiles.pdf("contract.pdf"));
        assertEquals(201, filed.statusCode(), filed.body());
        long version = id(filed);
        AwardDeclineIT.refused(ContractIT.uploadApi(firm, notice, "52000", "2026-12-01", "2027-03-31", TestFiles.pdf("c.pdf")),
                400, "contract.error.pending");
        AwardDeclineIT.refused(firm.postJson("/api/contract-versions/" + version + "/return", "{\"reason\": \" \"}"), 400,
                "contract.error.reasonRequired");
        AwardDeclineIT.refused(as(Fixtures.firm(ContractIT.ITEM)).postJson("/api/contract-versions/" + version + "/confirm", "{}"),
                404, "contract.error.notFound"); // another firm: the version looks absent
        assertEquals("SUBMITTED", text("SELECT status FROM contract_version WHERE id = ?", version));
        assertEquals(1, ContractIT.versions(notice));

        // the wrong role: only a firm asks for an extension, only an owner answers one
        AwardDeclineIT.refused(ContractExtensionIT.requestApi(owner, notice, "2027-06-30", "By the owner"), 403,
                "security.error.forbidden");
        AwardDeclineIT.refused(firm.postJson("/api/contract-extensions/1/approve", "{}"), 403, "security.error.forbidden");
        AwardDeclineIT.refused(ContractExtensionIT.requestApi(firm, notice, "2027-06-30", "Not contracted yet"), 400,
                "extension.error.notWinner");
        assertEquals(0, ContractExtensionIT.extensions(notice));
        assertEquals("AWARDED", status(notice));
        assertEquals(0, number("SELECT COUNT(*) FROM contract_version WHERE notice_id = ? AND status = 'CONFIRMED'", notice));
    }
}
