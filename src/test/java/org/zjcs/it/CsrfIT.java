package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.support.It;
import org.zjcs.support.Multipart;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Cross-site request forgery on the REST API (issue 14, item 3): another site's form or no-cors fetch, sent by a
 * logged-in user's browser with the session cookie, changes nothing — a multipart upload of a contract version or a
 * deliverable, a body-less confirm or accept — and is answered 403 with a message in the user's language and audited;
 * the same call from this site (same Origin, the X-ZJCS-CSRF header) works; a department's API-key call needs neither.
 */
class CsrfIT {

    static final String EVIL = "https://evil.example";
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /** What a cross-site HTML form makes the browser send: the other site's Origin, no custom header. */
    static Map<String, String> fromEvil() {
        return Map.of("Origin", EVIL, "Referer", EVIL + "/prize.html");
    }

    static void refusedAsCrossSite(HttpResponse<String> r, String language) {
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"security.error.csrf\""), r.body());
        String message = "en".equals(language) ? Texts.en("security.error.csrf") : Texts.zh("security.error.csrf");
        assertTrue(r.body().contains(message), "the message in the user's language: " + r.body());
    }

    static long refusals() throws Exception {
        return number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CSRF_REFUSED'");
    }

    static Multipart contractForm() throws Exception {
        return new Multipart().field("amount", "52000")
                .field("serviceContent", "Soil and water conservation plan for the east site")
                .field("serviceStart", "2026-12-01").field("serviceEnd", "2027-03-31")
                .file("file", "contract.pdf", "application/pdf", TestFiles.pdfBytes());
    }

    @Test
    void aCrossSiteContractUploadAndConfirmChangeNothingTheSameFromThisSiteWork() throws Exception {
        Object[] a = ContractIT.awarded("CSRF contract");
        long notice = (long) a[0];
        WebClient owner = as("owner01");
        WebClient firm = as((String) a[1]);
        String versionsApi = "/api/notices/" + notice + "/contract/versions";
        long files = ContractIT.files();
        long audited = refusals();

        Multipart evilForm = contractForm();
        refusedAsCrossSite(owner.sendAs("POST", versionsApi, evilForm.contentType(), evilForm.toByteArray(), fromEvil()), "zh");
        Multipart noOrigin = contractForm(); // a browser that sends neither Origin nor Referer
        refusedAsCrossSite(owner.sendAs("POST", versionsApi, noOrigin.contentType(), noOrigin.toByteArray(),
                Map.of(WebClient.CSRF_HEADER, "1")), "zh");
        Multipart noHeader = contractForm(); // this site's Origin, but a plain form: no custom header
        refusedAsCrossSite(owner.sendAs("POST", versionsApi, noHeader.contentType(), noHeader.toByteArray(),
                Map.of("Origin", WebClient.siteOrigin())), "zh");
        assertEquals(0, ContractIT.versions(notice), "no version filed");
        assertEquals(files, ContractIT.files(), "no file stored");
        assertEquals(audited + 3, refusals(), "each refusal is audited");
        assertEquals(0, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CSRF_REFUSED' AND details LIKE ?",
                "%JSESSIONID%"), "no session id in the audit log");

        HttpResponse<String> filed = owner.postMultipart(versionsApi, contractForm());
        assertEquals(201, filed.statusCode(), "from this site it works: " + filed.body());
        Matcher m = ID.matcher(filed.body());
        assertTrue(m.find(), filed.body());
        String confirm = "/api/contract-versions/" + m.group(1) + "/confirm";

        // a body-less POST: a cross-site form (url-encoded, empty) and a no-cors fetch (text/plain)
        refusedAsCrossSite(firm.sendAs("POST", confirm, "application/x-www-form-urlencoded", new byte[0], fromEvil()), "zh");
        refusedAsCrossSite(firm.sendAs("POST", confirm, "text/plain", "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("Origin", EVIL)), "zh");
        firm.get("/index.xhtml?lang=en"); // the user reads in English: so does the refusal
        refusedAsCrossSite(firm.sendAs("POST", confirm, null, null, Map.of("Origin", "null")), "en");
        assertEquals("AWARDED", status(notice), "not confirmed");

        HttpResponse<String> confirmed = firm.postJson(confirm, "{}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("CONTRACTED", status(notice));
    }

    @Test
    void aCrossSiteDeliverableUploadAndAcceptChangeNothingTheSameFromThisSiteWork() throws Exception {
        Object[] a = DeliverableIT.contracted("CSRF deliverable");
        long notice = (long) a[0];
        WebClient owner = as("owner01");
        WebClient firm = as((String) a[1]);
        String api = "/api/notices/" + notice + "/deliverables";
        long files = DeliverableIT.files();

        Multipart evil = new Multipart().field("note", "Forged report")
                .file("file1", "report.pdf", "application/pdf", TestFiles.pdfBytes());
        refusedAsCrossSite(firm.sendAs("POST", api, evil.contentType(), evil.toByteArray(), fromEvil()), "zh");
        assertEquals(0, DeliverableIT.versions(notice), "no version stored");
        assertEquals(files, DeliverableIT.files(), "no file stored");

        HttpResponse<String> uploaded = DeliverableIT.uploadApi(firm, notice, "Site survey report", TestFiles.pdf("report.pdf"));
        assertEquals(2, uploaded.statusCode() / 100, uploaded.body());
        long version = DeliverableIT.versionId(notice, 1);

        refusedAsCrossSite(owner.sendAs("POST", DeliverableIT.api(version, "accept"), "application/x-www-form-urlencoded",
                new byte[0], fromEvil()), "zh");
        assertEquals("SUBMITTED", DeliverableIT.versionStatus(notice, 1), "not accepted");

        HttpResponse<String> accepted = owner.postJson(DeliverableIT.api(version, "accept"), "{}");
        assertEquals(2, accepted.statusCode() / 100, accepted.body());
        assertEquals("ACCEPTED", DeliverableIT.versionStatus(notice, 1));
    }

    @Test
    void aDepartmentsApiKeyCallNeedsNoOriginNorHeaderEvenWithASessionCookie() throws Exception {
        String key = "zjcs_testC" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO department_api_key "
                + "(department_id, key_hash, label, created_at, created_by) VALUES (3001, ?, 'csrf test', UTC_TIMESTAMP(6), 'test')")) {
            ps.setString(1, Sha256.hex(key));
            ps.executeUpdate();
        }
        String number = "SP-CSRF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        String json = "{\"caseNumber\":\"" + number + "\",\"projectName\":\"CSRF test project\",\"projectCode\":\"" + year
                + "-610102-47-01-000123\",\"approvalItem\":\"Item\",\"ownerCreditCode\":\"91610102MA6U2K30XK\"}";
        WebClient withSession = as("approver01");
        HttpResponse<String> r = withSession.sendAs("POST", "/api/approval-cases", "application/json",
                json.getBytes(StandardCharsets.UTF_8), Map.of("X-Api-Key", key));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(1, number("SELECT COUNT(*) FROM approval_case WHERE case_number = ?", number));
    }

    @Test
    void readsAreNotChecked() {
        WebClient owner = as("owner01");
        HttpResponse<String> r = owner.sendAs("GET", "/api/calendar/days/" + LocalDate.now().getYear() + "-10-01", null, null,
                Map.of("Origin", EVIL));
        assertEquals(200, r.statusCode(), "a GET is never refused as cross-site: " + r.body());
    }
}
