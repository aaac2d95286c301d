package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.text;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.WebClient;

/**
 * The PDFs (issue 17 part 7), downloaded over HTTP from the demo and read back with PDFBox: the Chinese content is
 * there, the file name is Chinese (RFC 5987), the size stays small (the font is embedded as a subset), and each PDF
 * is refused to those who may not see the page it comes from.
 */
class PdfExportIT {

    private static final long NOTICE = 8013; // DELIVERED, owner01's unit, won by firm08
    private static final int MAX_BYTES = 400_000;

    @Test
    void anAnnouncementIsAPublicPdfWithTheNoticeTitleInChinese() throws Exception {
        long announcement = number("SELECT MIN(id) FROM announcement WHERE notice_id = ?", NOTICE);
        String title = text("SELECT title FROM notice WHERE id = ?", NOTICE);
        HttpResponse<byte[]> r = new WebClient().getBytes("/announcement-pdf/" + NOTICE + "/" + announcement);
        String pdf = pdfText(r);
        assertTrue(pdf.contains(title), pdf);
        assertTrue(pdf.contains("采购公告"), pdf);
        assertTrue(pdf.replaceAll("\\s+", "").contains("第1页/共1页"), pdf);
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        int at = disposition.indexOf("filename*=UTF-8''");
        assertTrue(at > 0, disposition);
        assertTrue(URLDecoder.decode(disposition.substring(at + 17), StandardCharsets.UTF_8).startsWith(title + "-采购公告"),
                "the Chinese file name (RFC 5987): " + disposition);
        assertEquals(404, new WebClient().getBytes("/announcement-pdf/8001/" + announcement).statusCode(),
                "not another (draft) notice's announcement");
        assertEquals(404, new WebClient().getBytes("/announcement-pdf/" + NOTICE + "/x").statusCode());
    }

    @Test
    void aNoticesFullRecordIsForItsOwnerUnitRegulatorsAndOperatorsOnly() throws Exception {
        String title = text("SELECT title FROM notice WHERE id = ?", NOTICE);
        String winner = text("SELECT o.name FROM selection_result r JOIN organisation o ON o.id = r.winner_firm_id "
                + "WHERE r.notice_id = ? AND r.status = 'SELECTED'", NOTICE);
        String department = text("SELECT d.name FROM notice_case nc JOIN approval_case c ON c.id = nc.approval_case_id "
                + "JOIN organisation d ON d.id = c.department_id WHERE nc.notice_id = ? LIMIT 1", NOTICE);
        for (String user : new String[] {"owner01", "owner02", "regulator01", "operator01"}) {
            String pdf = pdfText(Fixtures.as(user).getBytes("/account/notice-record/" + NOTICE));
            assertTrue(pdf.contains(title), user + ": " + pdf);
            assertTrue(pdf.contains("项目全过程记录"), pdf);
            assertTrue(pdf.contains(winner), "the result: " + pdf);
            assertTrue(pdf.contains(department), "the approval case's department: " + pdf);
            assertTrue(pdf.contains("采购公告"), "the announcements: " + pdf);
        }
        assertEquals(404, Fixtures.as("owner04").getBytes("/account/notice-record/" + NOTICE).statusCode(),
                "another owner unit: looks absent");
        assertEquals(403, Fixtures.as("firm08").getBytes("/account/notice-record/" + NOTICE).statusCode(),
                "a firm, even the winner: not its page");
        assertEquals(404, Fixtures.as("regulator01").getBytes("/account/notice-record/8001").statusCode(),
                "a draft is the owner's alone");
        assertEquals(200, Fixtures.as("owner01").getBytes("/account/notice-record/8001").statusCode(),
                "the owner's own draft");
    }

    @Test
    void aFirmsCreditReportShowsTheFullFileToTheFirmAndRegulatorsAndThePublicVersionToEveryone() throws Exception {
        long firm = orgOf("firm02");
        String name = text("SELECT name FROM organisation WHERE id = ?", firm);
        String code = text("SELECT credit_code FROM organisation WHERE id = ?", firm);
        for (String user : new String[] {"firm02", "regulator01"}) {
            String pdf = pdfText(Fixtures.as(user).getBytes("/account/credit-report/" + firm));
            assertTrue(pdf.contains(name) && pdf.contains(code), user + ": " + pdf);
            assertTrue(pdf.contains("机构信用报告") && pdf.contains("信用分") && pdf.contains("黑名单"), pdf);
            assertTrue(pdf.contains("信用修复申请"), "repairs in the full version: " + pdf);
        }
        assertEquals(404, Fixtures.as("firm06").getBytes("/account/credit-report/" + firm).statusCode(),
                "another firm's full report looks absent");
        assertEquals(404, Fixtures.as("owner01").getBytes("/account/credit-report/" + firm).statusCode());

        String pub = pdfText(new WebClient().getBytes("/credit-report/" + firm));
        assertTrue(pub.contains(name) && pub.contains("公示版"), pub);
        assertFalse(pub.contains(code), "the public version shows what 信用公示 shows: no credit code");
        assertFalse(pub.contains("信用修复申请"), "nor repairs");
        assertEquals(404, new WebClient().getBytes("/credit-report/" + orgOf("owner01")).statusCode(),
                "an owner unit has no credit report");
    }

    @Test
    void thePdfFollowsTheReadersLanguage() throws Exception {
        WebClient english = new WebClient();
        english.getFollowing("/?lang=en");
        String pdf = pdfText(english.getBytes("/credit-report/" + orgOf("firm02")));
        assertTrue(pdf.contains("Credit report (public version)"), pdf);
        assertTrue(pdf.contains("Page 1 of"), pdf);
    }

    private static String pdfText(HttpResponse<byte[]> r) throws IOException {
        assertEquals(200, r.statusCode(), "downloaded");
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.body().length < MAX_BYTES, "small: the font embedded as a subset, " + r.body().length + " bytes");
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
