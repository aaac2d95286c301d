package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/**
 * Qualifications after registration, over HTTP: a firm adds or renews one, the operator approves it or returns it with
 * a reason, and only an approved one counts on the public profile. The rules hold whatever the client sends: another
 * firm's qualification cannot be renewed or corrected, bad dates store nothing, nothing is decided twice.
 */
class QualificationReviewIT {

    static final String FIRM_PAGE = "/firm/qualifications.xhtml";
    static final String REVIEW_PAGE = "/operator/qualification-reviews.xhtml";

    private static WebClient login(String user) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(user, It.DEMO_PASSWORD).statusCode(), user + " logs in");
        return web;
    }

    private static String certificate(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    /**
     * The form's fields. Over plain HTTP the level list of a type is not loaded (the browser does that by Ajax when the
     * type changes), so these tests use CMA, a type without levels; the browser test covers levels.
     */
    private static Map<String, String> details(String type, String level, String certificate, String from, String to) {
        Map<String, String> f = new LinkedHashMap<>();
        if (type != null) {
            f.put("qualType", type);
        }
        f.put("qualLevel", level);
        f.put("certificateNo", certificate);
        f.put("issuer", "陕西省市场监督管理局");
        f.put("validFrom", from);
        f.put("validTo", to);
        f.put("submit", "提交审核");
        return f;
    }

    /** The firm submits the form of its qualifications page at {@code path} (add, ?renew= or ?correct=) with a PDF scan. */
    static HttpResponse<String> submit(WebClient firm, String path, Map<String, String> fields, boolean withScan) throws Exception {
        Map<String, Path> files = withScan ? Map.of("scan", TestFiles.pdf("scan.pdf")) : Map.of();
        HttpResponse<String> r = firm.postMultipart(path, "qualForm", fields, files);
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }

    static long add(WebClient firm, String certificate) throws Exception {
        String page = submit(firm, FIRM_PAGE, details("CMA", "", certificate, "2026-01-01", "2030-12-31"), true).body();
        assertTrue(page.contains("资质已提交，等待运行机构审核"), page);
        return idOf(certificate);
    }

    static HttpResponse<String> approve(WebClient operator, long id) {
        return operator.postForm(REVIEW_PAGE + "?id=" + id, "qrForm", Map.of("approve", ""));
    }

    static HttpResponse<String> giveBack(WebClient operator, long id, String reason) {
        return operator.postForm(REVIEW_PAGE + "?id=" + id, "qrForm", Map.of("reason", reason, "return", ""));
    }

    static long idOf(String certificate) throws Exception {
        return Long.parseLong(one("SELECT MAX(id) FROM firm_qualification WHERE certificate_no = ?", certificate));
    }

    static String status(long id) throws Exception {
        return one("SELECT review_status FROM firm_qualification WHERE id = ?", id);
    }

    static String one(String sql, Object... params) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int count(String sql, Object... params) throws Exception {
        return Integer.parseInt(one(sql, params));
    }

    private static String profile(long firmId) {
        HttpResponse<String> r = new WebClient().get("/firm-profile.xhtml?id=" + firmId);
        assertEquals(200, r.statusCode());
        return r.body();
    }

    @Test
    void anAddedQualificationCountsOnThePublicProfileOnceApproved() throws Exception {
        WebClient firm = login("firm03");
        String cert = certificate("LP");
        long id = add(firm, cert);
        assertEquals("PENDING", status(id));
        assertEquals("SUBMITTED", one("SELECT action FROM firm_qualification_event WHERE qualification_id = ?", id));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'QUALIFICATION_ADDED' AND object_type = 'Qualification' AND object_id = ?",
                String.valueOf(id)));
        assertFalse(profile(1003).contains(cert), "not public while it waits for review");
        assertTrue(firm.get(FIRM_PAGE).body().contains(cert), "the firm sees it with its status");

        WebClient operator = login("operator01");
        String queue = operator.get(REVIEW_PAGE).body();
        assertTrue(queue.contains(cert) && queue.contains("陕西天诚房地产估价有限公司"), "in the operator's queue");
        String decided = approve(operator, id).body();
        assertTrue(decided.contains("证书 " + cert + " 已审核通过"), decided);

        assertEquals("APPROVED", status(id));
        assertTrue(profile(1003).contains(cert), "counts on the public profile");
        assertFalse(operator.get(REVIEW_PAGE).body().contains(cert), "no longer in the queue");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'QUALIFICATION_APPROVED' AND object_type = 'Qualification' AND object_id = ?",
                String.valueOf(id)));
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = 1003 "
                + "AND message_key = 'notification.qualification.approved' AND message_args LIKE ?", "%" + cert + "%"));
    }

    @Test
    void anApprovedRenewalSupersedesTheQualificationItRenews() throws Exception {
        WebClient firm = login("firm03");
        WebClient operator = login("operator01");
        String oldCert = certificate("LP-OLD");
        long old = add(firm, oldCert);
        approve(operator, old);

        // Renewing: the type is the old one's (the page does not send it), level and dates are the new certificate's.
        String newCert = certificate("LP-NEW");
        String page = submit(firm, FIRM_PAGE + "?renew=" + old, details(null, "", newCert, "2026-11-01", "2031-10-31"), true).body();
        assertTrue(page.contains("续期已提交"), page);
        long renewal = idOf(newCert);
        assertEquals("PENDING", status(renewal));
        assertEquals(String.valueOf(old), one("SELECT replaces_id FROM firm_qualification WHERE id = ?", renewal));
        assertEquals("CMA", one("SELECT type_code FROM firm_qualification WHERE id = ?", renewal));
        assertEquals("APPROVED", status(old), "the old one counts until the renewal is approved");
        assertTrue(operator.get(REVIEW_PAGE).body().contains(oldCert), "the queue says what the renewal renews");

        // One renewal at a time.
        page = submit(firm, FIRM_PAGE + "?renew=" + old, details(null, "", certificate("LP-X"), "2026-11-01", "2031-10-31"), true).body();
        assertTrue(page.contains("已有一份续期正在审核或等待修改"), page);

        assertTrue(approve(operator, renewal).body().contains("已审核通过"));
        assertEquals("APPROVED", status(renewal));
        assertEquals("SUPERSEDED", status(old));
        assertEquals("SUPERSEDED", one("SELECT action FROM firm_qualification_event WHERE qualification_id = ? "
                + "ORDER BY id DESC LIMIT 1", old));
        String publicPage = profile(1003);
        assertTrue(publicPage.contains(newCert), "the renewal counts");
        assertFalse(publicPage.contains(oldCert), "the superseded one is not public");
        String own = firm.get(FIRM_PAGE).body();
        assertTrue(own.contains(oldCert) && own.contains("已被续期取代"), "kept in the firm's own history");
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = 1003 "
                + "AND message_key = 'notification.qualification.renewalApproved' AND message_args LIKE ?", "%" + newCert + "%"));

        // A superseded qualification cannot be renewed.
        page = submit(firm, FIRM_PAGE + "?renew=" + old, details(null, "", certificate("LP-Y"), "2026-11-01", "2031-10-31"), true).body();
        assertTrue(page.contains("只有审核通过的资质才能续期"), page);
    }

    @Test
    void aReturnNeedsAReasonAndTheFirmCorrectsIt() throws Exception {
        WebClient firm = login("firm03");
        WebClient operator = login("operator01");
        String cert = certificate("LP-R");
        long id = add(firm, cert);

        String refused = giveBack(operator, id, "  ").body();
        assertTrue(refused.contains("必须写明原因"), refused);
        assertEquals("PENDING", status(id));
        assertEquals(0, count("SELECT COUNT(*) FROM firm_qualification_event WHERE qualification_id = ? AND action = 'RETURNED'", id));

        assertTrue(giveBack(operator, id, "证书等级与扫描件不符。").body().contains("已退回机构修改"));
        assertEquals("RETURNED", status(id));
        assertTrue(firm.get(FIRM_PAGE).body().contains("证书等级与扫描件不符。"), "the firm reads the reason");
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = 1003 "
                + "AND message_key = 'notification.qualification.returned' AND message_args LIKE ?", "%" + cert + "%"));

        // Corrected without a new scan: the previous scan is kept; it waits for review again.
        String scan = one("SELECT scan_file_id FROM firm_qualification WHERE id = ?", id);
        Map<String, String> corrected = details("CMA", "", cert, "2026-01-01", "2031-12-31");
        String page = submit(firm, FIRM_PAGE + "?correct=" + id, corrected, false).body();
        assertTrue(page.contains("已重新提交"), page);
        assertEquals("PENDING", status(id));
        assertEquals("2031-12-31", one("SELECT valid_to FROM firm_qualification WHERE id = ?", id));
        assertEquals(scan, one("SELECT scan_file_id FROM firm_qualification WHERE id = ?", id));
    }

    @Test
    void anotherFirmCannotRenewOrCorrectSomeoneElsesQualification() throws Exception {
        WebClient owner = login("firm03");
        WebClient operator = login("operator01");
        long approved = add(owner, certificate("LP-A"));
        approve(operator, approved);
        String returnedCert = certificate("LP-B");
        long returned = add(owner, returnedCert);
        giveBack(operator, returned, "请补充副本。");

        WebClient other = login("firm01");
        String page = submit(other, FIRM_PAGE + "?renew=" + approved, details(null, "", certificate("LP-C"), "2026-11-01", "2031-10-31"), true).body();
        assertTrue(page.contains("找不到该资质"), page);
        assertEquals(0, count("SELECT COUNT(*) FROM firm_qualification WHERE replaces_id = ?", approved));

        page = submit(other, FIRM_PAGE + "?correct=" + returned, details("CMA", "", certificate("LP-D"), "2026-01-01", "2030-12-31"), true).body();
        assertTrue(page.contains("找不到该资质"), page);
        assertEquals("RETURNED", status(returned));
        assertEquals(returnedCert, one("SELECT certificate_no FROM firm_qualification WHERE id = ?", returned));
        assertFalse(page.contains(returnedCert), "nothing of the other firm's qualification is shown");
    }

    @Test
    void validToBeforeValidFromIsRefusedAndNothingIsStored() throws Exception {
        WebClient firm = login("firm03");
        String cert = certificate("LP-D");
        int files = count("SELECT COUNT(*) FROM stored_file WHERE owner_organisation_id = 1003");
        int rows = count("SELECT COUNT(*) FROM firm_qualification WHERE firm_id = 1003");
        String page = submit(firm, FIRM_PAGE, details("CMA", "", cert, "2026-05-01", "2026-04-30"), true).body();
        assertTrue(page.contains("证书有效期的截止日期不能早于起始日期"), page);
        assertEquals(files, count("SELECT COUNT(*) FROM stored_file WHERE owner_organisation_id = 1003"), "no scan stored");
        assertEquals(rows, count("SELECT COUNT(*) FROM firm_qualification WHERE firm_id = 1003"), "no qualification stored");
        assertNull(one("SELECT id FROM firm_qualification WHERE certificate_no = ?", cert));
    }

    @Test
    void anOperatorCannotApproveTheSameQualificationTwice() throws Exception {
        WebClient firm = login("firm03");
        long id = add(firm, certificate("LP-T"));
        WebClient operator = login("operator01");
        // The same qualification open in two tabs: approved in the first, then approved again in the second.
        String first = operator.viewStateOf(REVIEW_PAGE + "?id=" + id);
        String second = operator.viewStateOf(REVIEW_PAGE + "?id=" + id);
        assertTrue(operator.postForm(REVIEW_PAGE + "?id=" + id, "qrForm", first, Map.of("approve", "")).body().contains("已审核通过"));
        String again = operator.postForm(REVIEW_PAGE + "?id=" + id, "qrForm", second, Map.of("approve", "")).body();
        assertTrue(again.contains("该资质不在待审核状态，不能重复审核"), again);
        assertEquals(1, count("SELECT COUNT(*) FROM firm_qualification_event WHERE qualification_id = ? AND action = 'APPROVED'", id));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'QUALIFICATION_APPROVED' AND object_type = 'Qualification' AND object_id = ?",
                String.valueOf(id)));
        assertEquals("APPROVED", status(id));
        String reopened = operator.get(REVIEW_PAGE + "?id=" + id).body();
        assertTrue(reopened.contains("已审核通过") && !reopened.contains("qrForm:approve"), "decided: no buttons any more");
    }

    @Test
    void aRegistrationsQualificationIsDecidedWithTheRegistrationOnly() throws Exception {
        long firm04s = Long.parseLong(one("SELECT MIN(id) FROM firm_qualification WHERE firm_id = 1004"));
        assertEquals("PENDING", status(firm04s));
        WebClient operator = login("operator01");
        assertFalse(operator.get(REVIEW_PAGE).body().contains("陕西正信资产评估有限公司"), "not in the qualification queue");
        String page = approve(operator, firm04s).body();
        assertTrue(page.contains("该资质随入驻申请一并审核"), page);
        assertEquals("PENDING", status(firm04s));

        // And a firm whose registration is not approved yet cannot add one.
        WebClient firm04 = login("firm04");
        assertTrue(firm04.get(FIRM_PAGE).body().contains("入驻申请审核通过后，才能在这里添加或续期资质"));
    }

    @Test
    void theDemoHasARenewalWaitingForReviewAndAReturnedQualification() {
        String queue = login("operator01").get(REVIEW_PAGE).body();
        assertTrue(queue.contains("陕西秦川环境工程咨询有限公司") && queue.contains("HP61013001"), "firm01's renewal waits");
        String firm01 = login("firm01").get(FIRM_PAGE).body();
        assertTrue(firm01.contains("续期办理中"), "firm01 sees its renewal under way");
        String firm02 = login("firm02").get(FIRM_PAGE).body();
        assertTrue(firm02.contains("陕地灾资（乙）2024031") && firm02.contains("已退回")
                && firm02.contains("不是地质灾害评估资质证书"), "firm02 reads why its qualification was returned");
        assertTrue(firm02.contains("?correct="), "and can correct it");
    }
}
