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
import java.util.ArrayList;
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
 * Deliverables (服务成果) over HTTP: the winning firm uploads versions, the owner accepts or returns them, the staff of
 * the department linked to the notice's approval case (3001, approver01) checks the accepted one; a return by the
 * department needs a new version, accepted and checked again; when every department passed, the notice is COMPLETED.
 * A late first version is flagged; each refusal stores nothing. Each form is shown only to whoever may use it now;
 * everyone else's refusals are checked over the REST API.
 */
class DeliverableIT {

    /** A CONTRACTED notice of owner01 (its case is of department 3001): {notice id, winner username}. */
    static Object[] contracted(String title) throws Exception {
        Object[] a = ContractIT.awarded(title);
        long notice = (long) a[0];
        HttpResponse<String> filed = ContractIT.upload(as("owner01"), notice,
                ContractIT.terms("52000", "2026-12-01", "2027-03-31"), TestFiles.pdf("contract.pdf"));
        assertTrue(filed.body().contains(Texts.zh("contract.submitted")), filed.body());
        HttpResponse<String> confirmed = as((String) a[1]).postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x"));
        assertTrue(confirmed.body().contains(Texts.zh("contract.confirmed")), confirmed.body());
        assertEquals("CONTRACTED", status(notice));
        return a;
    }

    static String page(long notice) {
        return "/account/deliverables.xhtml?id=" + notice;
    }

    static HttpResponse<String> upload(WebClient who, long notice, String note, Path... files) {
        List<Map.Entry<String, Path>> parts = new ArrayList<>();
        for (Path f : files) {
            parts.add(Map.entry("files", f));
        }
        return who.postMultipart(page(notice), "upload", Map.of("note", note, "submit", "x"), parts);
    }

    /** Uploads a version over the REST API (multipart). */
    static HttpResponse<String> uploadApi(WebClient who, long notice, String note, Path... files) throws Exception {
        Multipart m = new Multipart().field("note", note);
        for (int i = 0; i < files.length; i++) {
            m.file("file" + (i + 1), files[i].getFileName().toString(), "application/pdf", Files.readAllBytes(files[i]));
        }
        return who.postMultipart("/api/notices/" + notice + "/deliverables", m);
    }

    static long versionId(long notice, int revision) throws Exception {
        return number("SELECT id FROM deliverable WHERE notice_id = ? AND revision = ?", notice, revision);
    }

    static String api(long deliverable, String action) {
        return "/api/deliverables/" + deliverable + "/" + action;
    }

    static long versions(long notice) throws Exception {
        return number("SELECT COUNT(*) FROM deliverable WHERE notice_id = ?", notice);
    }

    static long files() throws Exception {
        return number("SELECT COUNT(*) FROM stored_file WHERE purpose = 'DELIVERABLE'");
    }

    static long audits(long notice, String action) throws Exception {
        return number("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'Notice' AND object_id = ? AND action = ?",
                String.valueOf(notice), action);
    }

    static String versionStatus(long notice, int revision) throws Exception {
        return text("SELECT status FROM deliverable WHERE notice_id = ? AND revision = ?", notice, revision);
    }

    @Test
    void uploadedAcceptedCheckedReturnedAndPassedTheNoticeIsCompleted() throws Exception {
        Object[] a = contracted("Deliverable flow");
        long notice = (long) a[0];
        WebClient owner = as("owner01");
        WebClient firm = as((String) a[1]);
        WebClient approver = as("approver01");
        assertTrue(owner.get("/owner/notice-manage.xhtml?id=" + notice).body().contains("id=\"deliverables-link\""));
        assertTrue(firm.get(ContractIT.page(notice)).body().contains("id=\"deliverables-link\""));

        HttpResponse<String> v1 = upload(firm, notice, "Site survey report and photos", TestFiles.pdf("report.pdf"),
                TestFiles.pdf("annex.pdf"));
        assertTrue(v1.body().contains(Texts.zh("deliverable.submitted")), v1.body());
        assertEquals("IN_SERVICE", status(notice), "the first upload starts the service");
        assertEquals(2, number("SELECT COUNT(*) FROM deliverable_file f JOIN deliverable d ON d.id = f.deliverable_id "
                + "WHERE d.notice_id = ?", notice));
        assertEquals(0, audits(notice, "DELIVERABLE_LATE"), "in time");

        assertFalse(firm.get(page(notice)).body().contains("id=\"upload\""), "no upload form while a version awaits the owner");
        assertEquals(1, versions(notice), "only one version awaits the owner");

        long v1Id = versionId(notice, 1);
        String firmPage = firm.get(page(notice)).body();
        assertFalse(firmPage.contains("id=\"answer\""), "the firm gets no accept / return form for its own upload");
        assertTrue(firmPage.contains("id=\"answer-waiting\""), "only the hint that it waits for the owner");
        assertTrue(owner.get(page(notice)).body().contains("id=\"answer\""), "the owner is asked to accept");
        assertFalse(approver.get(page(notice)).body().contains("id=\"check\""), "no check form before the acceptance");
        AwardDeclineIT.refused(firm.postJson(api(v1Id, "accept"), "{}"), 403, "security.error.forbidden");
        AwardDeclineIT.refused(firm.postJson(api(v1Id, "return"), "{\"reason\": \"Mine\"}"), 403, "security.error.forbidden");
        AwardDeclineIT.refused(as("owner04").postJson(api(v1Id, "accept"), "{}"), 404, "notice.error.notFound");
        AwardDeclineIT.refused(approver.postJson(api(v1Id, "checks"), "{\"pass\": true}"), 400, "deliverable.error.notAccepted");
        assertEquals("SUBMITTED", versionStatus(notice, 1));
        assertEquals(0, number("SELECT COUNT(*) FROM deliverable_check c JOIN deliverable d ON d.id = c.deliverable_id "
                + "WHERE d.notice_id = ?", notice));

        HttpResponse<String> noReason = owner.postForm(page(notice), "answer", Map.of("reason", "", "return", "x"));
        assertTrue(noReason.body().contains(Texts.zh("deliverable.error.reasonRequired")), noReason.body());
        HttpResponse<String> returned = owner.postForm(page(notice), "answer", Map.of("reason", "Photos missing", "return", "x"));
        assertTrue(returned.body().contains(Texts.zh("deliverable.returned")), returned.body());
        assertEquals("RETURNED_BY_OWNER", versionStatus(notice, 1));

        HttpResponse<String> v2 = upload(firm, notice, "Report with photos", TestFiles.pdf("report-v2.pdf"));
        assertTrue(v2.body().contains(Texts.zh("deliverable.submitted")), v2.body());
        HttpResponse<String> accepted = owner.postForm(page(notice), "answer", Map.of("accept", "x"));
        assertTrue(accepted.body().contains(Texts.zh("deliverable.accepted")), accepted.body());
        assertEquals("ACCEPTED", versionStatus(notice, 2));
        assertEquals("DELIVERED", status(notice));

        long v2Id = versionId(notice, 2);
        assertTrue(approver.get(page(notice)).body().contains("id=\"check\""), "the linked department is asked to check");
        assertFalse(owner.get(page(notice)).body().contains("id=\"answer\""), "nothing left for the owner to answer");
        String otherPage = as("approver02").get(page(notice)).body();
        assertFalse(otherPage.contains("id=\"check\""), "staff of an unrelated department get no check form");
        assertTrue(otherPage.contains("id=\"not-party\""), otherPage);
        AwardDeclineIT.refused(as("approver02").postJson(api(v2Id, "checks"), "{\"pass\": true}"), 404,
                "notice.error.notFound"); // an unrelated department: looks absent
        AwardDeclineIT.refused(firm.postJson(api(v2Id, "checks"), "{\"pass\": true}"), 403, "security.error.forbidden");
        AwardDeclineIT.refused(approver.postJson(api(v1Id, "checks"), "{\"pass\": true}"), 400, "deliverable.error.notLatest");
        AwardDeclineIT.refused(approver.postJson(api(999_999_999L, "checks"), "{\"pass\": true}"), 404,
                "deliverable.error.unknown");
        assertEquals("ACCEPTED", versionStatus(notice, 2));
        assertEquals(0, number("SELECT COUNT(*) FROM deliverable_check c JOIN deliverable d ON d.id = c.deliverable_id "
                + "WHERE d.notice_id = ?", notice));

        long file = number("SELECT f.file_id FROM deliverable_file f JOIN deliverable d ON d.id = f.deliverable_id "
                + "WHERE d.notice_id = ? AND d.revision = 2", notice);
        assertEquals(200, firm.get("/account/deliverable-files/" + file).statusCode());
        assertEquals(200, owner.get("/account/deliverable-files/" + file).statusCode());
        assertEquals(200, approver.get("/account/deliverable-files/" + file).statusCode());
        assertEquals(404, as("approver02").get("/account/deliverable-files/" + file).statusCode());
        assertEquals(404, as(Fixtures.firm(ContractIT.ITEM)).get("/account/deliverable-files/" + file).statusCode());

        HttpResponse<String> checkReturned = approver.postForm(page(notice), "check",
                Map.of("checkReason", "The soil figures do not match the plan", "checkReturn", "x"));
        assertTrue(checkReturned.body().contains(Texts.zh("deliverable.checkReturned")), checkReturned.body());
        assertEquals("RETURNED_BY_APPROVER", versionStatus(notice, 2));
        assertEquals("DELIVERED", status(notice));
        assertFalse(approver.get(page(notice)).body().contains("id=\"check\""), "checked: the form goes away");
        assertTrue(firm.get(page(notice)).body().contains("id=\"upload\""), "the firm uploads a new version");

        HttpResponse<String> v3 = upload(firm, notice, "Corrected figures", TestFiles.pdf("report-v3.pdf"));
        assertTrue(v3.body().contains(Texts.zh("deliverable.submitted")), v3.body());
        assertTrue(owner.postForm(page(notice), "answer", Map.of("accept", "x")).body().contains(Texts.zh("deliverable.accepted")));
        HttpResponse<String> passed = approver.postForm(page(notice), "check", Map.of("pass", "x"));
        assertTrue(passed.body().contains(Texts.zh("deliverable.checkPassed")), passed.body());
        assertEquals("PASSED", versionStatus(notice, 3));
        assertEquals("COMPLETED", status(notice));
        assertEquals(3, versions(notice), "every version is kept");
        assertEquals(64, text("SELECT MIN(f.sha256) FROM deliverable_file f JOIN deliverable d ON d.id = f.deliverable_id "
                + "WHERE d.notice_id = ?", notice).length());

        assertEquals(3, audits(notice, "DELIVERABLE_SUBMITTED"));
        assertEquals(2, audits(notice, "DELIVERABLE_ACCEPTED"));
        assertEquals(1, audits(notice, "DELIVERABLE_RETURNED"));
        assertEquals(1, audits(notice, "DELIVERABLE_CHECK_RETURNED"));
        assertEquals(1, audits(notice, "DELIVERABLE_CHECK_PASSED"));
        assertTrue(number("SELECT COUNT(*) FROM notification WHERE link = ?", page(notice)) >= 8, "the parties are notified");
        String approverPage = approver.get(page(notice)).body();
        assertTrue(approverPage.contains("/account/deliverable-files/" + file), "the department sees the files");
    }

    @Test
    void aFirstVersionAfterTheServiceTimeLimitIsLate() throws Exception {
        Object[] a = contracted("Deliverable late");
        long notice = (long) a[0];
        TestClock.advance(Duration.ofDays(90)); // 90 days after the confirmation
        WebClient firm = as((String) a[1]);
        assertTrue(firm.get(page(notice)).body().contains(Texts.zh("deliverable.overdue")), "flagged before the upload");
        HttpResponse<String> v1 = upload(firm, notice, "Late report", TestFiles.pdf("late.pdf"));
        assertTrue(v1.body().contains(Texts.zh("deliverable.submitted")), v1.body());
        assertEquals(1, number("SELECT late FROM deliverable WHERE notice_id = ?", notice));
        assertEquals(1, audits(notice, "DELIVERABLE_LATE"));
        assertTrue(as("owner01").get(page(notice)).body().contains(Texts.zh("deliverable.overdue")), "and after it");
    }

    @Test
    void refusalsStoreNothing() throws Exception {
        Object[] a = contracted("Deliverable refused");
        long notice = (long) a[0];
        long before = files();

        WebClient loser = as(Fixtures.firm(ContractIT.ITEM));
        assertFalse(loser.get(page(notice)).body().contains("id=\"upload\""), "a firm that did not win gets no upload form");
        AwardDeclineIT.refused(uploadApi(loser, notice, "Not mine", TestFiles.pdf("x.pdf")), 404, "notice.error.notFound"); // looks absent
        assertFalse(as("owner01").get(page(notice)).body().contains("id=\"upload\""), "nor does the owner");
        AwardDeclineIT.refused(uploadApi(as("owner01"), notice, "By the owner", TestFiles.pdf("x.pdf")), 403,
                "security.error.forbidden"); // only a firm uploads

        WebClient firm = as((String) a[1]);
        assertTrue(firm.get(page(notice)).body().contains("id=\"upload\""), "the winning firm may upload");
        AwardDeclineIT.refused(uploadApi(firm, notice, "No file"), 400, "deliverable.error.fileRequired");
        HttpResponse<String> noFile = upload(firm, notice, "No file");
        assertTrue(noFile.body().contains(Texts.zh("deliverable.error.fileRequired")), noFile.body());
        HttpResponse<String> noNote = upload(firm, notice, "", TestFiles.pdf("x.pdf"));
        assertTrue(noNote.body().contains(Texts.zh("deliverable.error.noteRequired")), noNote.body());
        HttpResponse<String> exe = upload(firm, notice, "Executable", TestFiles.executableNamedPdf());
        assertTrue(exe.body().contains(Texts.zh("upload.error.type")), exe.body());

        assertEquals(0, versions(notice));
        assertEquals(before, files(), "no file is kept for a refused upload");
        assertEquals("CONTRACTED", status(notice));
        assertEquals(0, audits(notice, "DELIVERABLE_SUBMITTED"));
    }
}
