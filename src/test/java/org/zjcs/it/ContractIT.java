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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Multipart;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Contract filing (合同备案) over HTTP: after the award either party uploads the signed contract, the other confirms it
 * (the notice becomes CONTRACTED) or returns it with a reason, and the uploader files a corrected version; a filing
 * confirmed after the due time is flagged late; each refusal stores nothing. The page shows each form only to whoever
 * may use it; the refusals of everyone else are checked over the REST API.
 */
class ContractIT {

    static final long ITEM = 3;

    /** An awarded notice of owner01 won by a new firm at 52,000 yuan: {notice id, winner username}. */
    static Object[] awarded(String title) throws Exception {
        long notice = Fixtures.publish(as("owner01"), title + " " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 1);
        String firm = Fixtures.firm(ITEM);
        HttpResponse<String> bid = as(firm).postJson("/api/notices/" + notice + "/bids", "{\"price\": 52000}");
        assertEquals(201, bid.statusCode(), bid.body());
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");
        Fixtures.endPublicity(notice);
        SelectionIT.awaitStatus(notice, "AWARDED");
        return new Object[] {notice, firm};
    }

    static String page(long notice) {
        return "/account/contract.xhtml?id=" + notice;
    }

    static Map<String, String> terms(String amount, String start, String end) {
        Map<String, String> f = new HashMap<>();
        f.put("amount", amount);
        f.put("content", "Soil and water conservation plan for the east site");
        f.put("start", start);
        f.put("end", end);
        f.put("submit", "x");
        return f;
    }

    static HttpResponse<String> upload(WebClient who, long notice, Map<String, String> fields, Path file) {
        return who.postMultipart(page(notice), "upload", fields, file == null ? Map.of() : Map.of("file", file));
    }

    /** Files a version over the REST API (multipart). */
    static HttpResponse<String> uploadApi(WebClient who, long notice, String amount, String start, String end, Path file)
            throws Exception {
        Multipart m = new Multipart().field("amount", amount)
                .field("serviceContent", "Soil and water conservation plan for the east site")
                .field("serviceStart", start).field("serviceEnd", end);
        if (file != null) {
            m.file("file", file.getFileName().toString(), "application/pdf", Files.readAllBytes(file));
        }
        return who.postMultipart("/api/notices/" + notice + "/contract/versions", m);
    }

    static long versions(long notice) throws Exception {
        return number("SELECT COUNT(*) FROM contract_version WHERE notice_id = ?", notice);
    }

    static long files() throws Exception {
        return number("SELECT COUNT(*) FROM stored_file WHERE purpose = 'CONTRACT'");
    }

    @Test
    void theOwnerFilesTheFirmReturnsItACorrectedVersionIsConfirmedAndTheNoticeIsContracted() throws Exception {
        Object[] a = awarded("Contract filed");
        long notice = (long) a[0];
        WebClient owner = as("owner01");
        WebClient firm = as((String) a[1]);
        assertTrue(owner.get("/owner/notice-manage.xhtml?id=" + notice).body().contains("id=\"contract-link\""),
                "the owner's notice page links to the filing");
        assertTrue(firm.get("/notice.xhtml?id=" + notice).body().contains("id=\"contract-link\""),
                "the winner's notice page links to the filing");
        assertFalse(new WebClient().get("/notice.xhtml?id=" + notice).body().contains("id=\"contract-link\""),
                "the public's does not");

        HttpResponse<String> filed = upload(owner, notice, terms("51000", "2026-12-01", "2027-03-31"), TestFiles.pdf("contract.pdf"));
        assertTrue(filed.body().contains(Texts.zh("contract.submitted")), filed.body());
        assertEquals("SUBMITTED", text("SELECT status FROM contract_version WHERE notice_id = ? AND revision = 1", notice));
        assertEquals("OWNER", text("SELECT uploader_party FROM contract_version WHERE notice_id = ?", notice));

        String firmPage = firm.get(page(notice)).body();
        assertTrue(firmPage.contains("id=\"answer\""), "the firm is asked to confirm");
        long file = number("SELECT id FROM contract_version WHERE notice_id = ?", notice);
        assertEquals(200, firm.get("/account/contract-files/" + file).statusCode(), "the other party downloads the contract");
        assertEquals(404, as(Fixtures.firm(ITEM)).get("/account/contract-files/" + file).statusCode(), "nobody else does");
        assertEquals(200, as("approver01").get("/account/contract-files/" + file).statusCode(),
                "staff of the case's department open it from the case timeline");
        assertEquals(404, as("approver02").get("/account/contract-files/" + file).statusCode(), "another department's do not");

        String ownerPage = owner.get(page(notice)).body();
        assertFalse(ownerPage.contains("id=\"answer\""), "the uploader gets no confirm / return form");
        assertTrue(ownerPage.contains("id=\"answer-waiting\""), "only the hint that it waits for the other party");
        assertFalse(ownerPage.contains("id=\"upload\""), "nor an upload form while its version is pending");
        assertFalse(firmPage.contains("id=\"upload\""), "the other party neither");
        AwardDeclineIT.refused(owner.postJson("/api/contract-versions/" + file + "/confirm", "{}"), 400, "contract.error.ownUpload");
        AwardDeclineIT.refused(owner.postJson("/api/contract-versions/" + file + "/return", "{\"reason\": \"Mine\"}"), 400,
                "contract.error.ownUpload");
        assertEquals("SUBMITTED", text("SELECT status FROM contract_version WHERE notice_id = ?", notice));
        assertEquals("AWARDED", status(notice));

        HttpResponse<String> noReason = firm.postForm(page(notice), "answer", Map.of("reason", "", "return", "x"));
        assertTrue(noReason.body().contains(Texts.zh("contract.error.reasonRequired")), noReason.body());
        HttpResponse<String> returned = firm.postForm(page(notice), "answer", Map.of("reason", "The service period is wrong", "return", "x"));
        assertTrue(returned.body().contains(Texts.zh("contract.returned")), returned.body());
        assertEquals("RETURNED", text("SELECT status FROM contract_version WHERE notice_id = ?", notice));

        assertTrue(owner.get(page(notice)).body().contains("id=\"upload\""), "the uploader of the returned version may correct it");
        assertFalse(firm.get(page(notice)).body().contains("id=\"upload\""), "the other party may not");
        HttpResponse<String> again = upload(owner, notice, terms("51000", "2026-12-01", "2027-02-28"), TestFiles.pdf("contract-v2.pdf"));
        assertTrue(again.body().contains(Texts.zh("contract.submitted")), again.body());
        assertEquals(2, versions(notice), "both versions are kept");

        HttpResponse<String> confirmed = firm.postForm(page(notice), "answer", Map.of("confirm", "x"));
        assertTrue(confirmed.body().contains(Texts.zh("contract.confirmed")), confirmed.body());
        assertEquals("CONFIRMED", text("SELECT status FROM contract_version WHERE notice_id = ? AND revision = 2", notice));
        assertEquals("RETURNED", text("SELECT status FROM contract_version WHERE notice_id = ? AND revision = 1", notice));
        assertEquals("CONTRACTED", status(notice));
        assertEquals(0, number("SELECT late FROM contract_version WHERE notice_id = ? AND revision = 2", notice), "in time");
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                + "AND action = 'CONTRACT_CONFIRMED'", String.valueOf(notice)));
        assertEquals(0, number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                + "AND action = 'CONTRACT_FILED_LATE'", String.valueOf(notice)));
        assertTrue(number("SELECT COUNT(*) FROM notification WHERE link = ?", page(notice)) >= 4,
                "submissions, the return and the confirmation (to both) are notified");
    }

    @Test
    void aFilingConfirmedAfterTheDueTimeIsFlaggedLate() throws Exception {
        Object[] a = awarded("Contract late");
        long notice = (long) a[0];
        // the contract comes 30 days after the award (past its filing time limit)
        TestClock.advance(Duration.ofDays(30));
        WebClient firm = as((String) a[1]);
        HttpResponse<String> filed = upload(firm, notice, terms("52000", "2026-12-01", "2026-12-01"), TestFiles.pdf("contract.pdf"));
        assertTrue(filed.body().contains(Texts.zh("contract.submitted")), filed.body());
        HttpResponse<String> confirmed = as("owner01").postForm(page(notice), "answer", Map.of("confirm", "x"));
        assertTrue(confirmed.body().contains(Texts.zh("contract.confirmed")), confirmed.body());
        assertEquals("CONTRACTED", status(notice));
        assertEquals(1, number("SELECT late FROM contract_version WHERE notice_id = ?", notice));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? "
                + "AND action = 'CONTRACT_FILED_LATE'", String.valueOf(notice)));
    }

    @Test
    void refusalsStoreNothing() throws Exception {
        Object[] a = awarded("Contract refused");
        long notice = (long) a[0];
        WebClient owner = as("owner01");
        long before = files();

        HttpResponse<String> above = upload(owner, notice, terms("52000.01", "2026-12-01", "2027-01-31"), TestFiles.pdf("c.pdf"));
        assertTrue(above.body().contains(Texts.zh("contract.error.aboveAward", "52000.00")), above.body());

        HttpResponse<String> endFirst = upload(owner, notice, terms("50000", "2027-01-31", "2026-12-01"), TestFiles.pdf("c.pdf"));
        assertTrue(endFirst.body().contains(Texts.zh("contract.error.endBeforeStart")), endFirst.body());

        HttpResponse<String> noFile = upload(owner, notice, terms("50000", "2026-12-01", "2027-01-31"), null);
        assertTrue(noFile.body().contains(Texts.zh("contract.error.fileRequired")), noFile.body());

        Path png = Files.write(Files.createTempDirectory("zjcs-upload").resolve("contract.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        HttpResponse<String> notPdf = upload(owner, notice, terms("50000", "2026-12-01", "2027-01-31"), png);
        assertTrue(notPdf.body().contains(Texts.zh("contract.error.pdfOnly")) || notPdf.body().contains(Texts.zh("upload.error.type")),
                notPdf.body());
        HttpResponse<String> exe = upload(owner, notice, terms("50000", "2026-12-01", "2027-01-31"), TestFiles.executableNamedPdf());
        assertTrue(exe.body().contains(Texts.zh("upload.error.type")), exe.body());

        // a firm that is not a party sees only the hint; over the API it is refused
        WebClient loser = as(Fixtures.firm(ITEM));
        String loserPage = loser.get(page(notice)).body();
        assertFalse(loserPage.contains("id=\"upload\""), "no upload form for a non-party");
        assertTrue(loserPage.contains("id=\"not-party\""), loserPage);
        AwardDeclineIT.refused(uploadApi(loser, notice, "50000", "2026-12-01", "2027-01-31", TestFiles.pdf("c.pdf")), 404,
                "notice.error.notFound"); // no party: the notice's contract looks absent (authorization matrix)
        AwardDeclineIT.refused(uploadApi(as("approver01"), notice, "50000", "2026-12-01", "2027-01-31", TestFiles.pdf("c.pdf")),
                403, "security.error.forbidden"); // neither role of a party
        AwardDeclineIT.refused(uploadApi(owner, notice, "50000", "2026-12-01", "2027-01-31", null), 400,
                "contract.error.fileRequired");

        long open = Fixtures.publish(owner, "Contract not awarded " + System.nanoTime(), ITEM, "LOWEST_PRICE", null, "50000", "60000", 1);
        String openPage = owner.get(page(open)).body();
        assertFalse(openPage.contains("id=\"upload\""), "no upload form before the award");
        assertTrue(openPage.contains("id=\"not-awarded\""), openPage);
        AwardDeclineIT.refused(uploadApi(owner, open, "50000", "2026-12-01", "2027-01-31", TestFiles.pdf("c.pdf")), 400,
                "contract.error.notAwarded");

        assertEquals(0, versions(notice));
        assertEquals(0, versions(open));
        assertEquals(before, files(), "no file is kept for a refused filing");
        assertEquals("AWARDED", status(notice));
        for (String s : List.of(status(open))) {
            assertEquals("PUBLISHED", s);
        }
    }
}
