package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.it.RankFixtures.late;
import static org.zjcs.it.RankFixtures.onTime;
import static org.zjcs.it.RankFixtures.organisation;
import static org.zjcs.support.Fixtures.as;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.WebClient;

/**
 * The 通报 as PDF ({@code /bulletin-pdf/{id}}), read back with PDFBox: drafted and published through the regulators'
 * API as BulletinIT does, the published one downloads without login with its Chinese title, the issuing regulator, the
 * unit named and its figures as copied at drafting (5 closed, 2 late: 60.0%); its page links the PDF. A draft's PDF is
 * 404 to a visitor, a firm and another regulator organisation, and only its own regulator organisation reads it.
 */
class BulletinPdfIT {

    static final String MONTH = "2024-05";
    static final Instant MID = Instant.parse("2024-05-14T02:00:00Z");
    static String unitName;
    static long unit;

    @BeforeAll
    static void data() throws Exception {
        unitName = "通报下载测试部门" + System.nanoTime();
        unit = organisation("DEPARTMENT", unitName);
        onTime("DEPARTMENT", unit, 3, MID);
        late("DEPARTMENT", unit, 2, MID); // 5 closed, 2 late: 60.0 %
    }

    static long draft(WebClient regulator, String title) {
        HttpResponse<String> drafted = regulator.postJson("/api/supervision/bulletins",
                BulletinIT.body(MONTH, title, "经查，以下审批部门在2024年5月存在超时办理情况，现予通报。", BulletinIT.dept(unit)));
        assertEquals(201, drafted.statusCode(), drafted.body());
        Matcher m = BulletinIT.ID.matcher(drafted.body());
        assertTrue(m.find(), drafted.body());
        return Long.parseLong(m.group(1));
    }

    static String pdfText(HttpResponse<byte[]> r) throws IOException {
        assertEquals(200, r.statusCode(), "downloaded");
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.body().length < 400_000, "small: the font embedded as a subset, " + r.body().length + " bytes");
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aPublishedBulletinIsAPublicPdfWithItsUnitsAndFigures() throws Exception {
        WebClient regulator = as("regulator01");
        String title = "2024年5月办理时限通报" + System.nanoTime() % 100_000;
        long id = draft(regulator, title);
        HttpResponse<String> published = regulator.postJson("/api/supervision/bulletins/" + id + "/publish", "{}");
        assertEquals(200, published.statusCode(), published.body());

        WebClient visitor = new WebClient();
        HttpResponse<byte[]> r = visitor.getBytes("/bulletin-pdf/" + id);
        String pdf = pdfText(r);
        String flat = pdf.replaceAll("\\s+", "");
        assertTrue(flat.contains(title), "the Chinese title: " + pdf);
        assertTrue(flat.contains(unitName), "the unit named: " + pdf);
        assertTrue(flat.contains("60.0%"), "its on-time rate as drafted: " + pdf);
        assertTrue(flat.contains("超时办结") && flat.contains("被通报单位及数据"), "the table's Chinese headers: " + pdf);
        String issuer = Fixtures.text("SELECT o.name FROM organisation o JOIN user_account u ON u.organisation_id = o.id "
                + "WHERE u.username = 'regulator01'");
        assertTrue(flat.contains(issuer.replaceAll("\\s+", "")), "the issuing regulator: " + pdf);
        assertTrue(flat.contains("2024-05-01至2024-05-31"), "the period: " + pdf);
        assertTrue(flat.contains("第" + id + "号"), "its number: " + pdf);
        assertTrue(flat.contains("经查，以下审批部门"), "the text: " + pdf);
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        int at = disposition.indexOf("filename*=UTF-8''");
        assertTrue(at > 0, disposition);
        assertEquals(title + ".pdf", URLDecoder.decode(disposition.substring(at + 17), StandardCharsets.UTF_8));

        assertTrue(visitor.get("/bulletin.xhtml?id=" + id).body().contains("/bulletin-pdf/" + id),
                "the public page links the PDF");
        assertTrue(regulator.get("/regulator/bulletins.xhtml?id=" + id).body().contains("/bulletin-pdf/" + id),
                "and so does the regulator's page");

        WebClient english = new WebClient();
        english.getFollowing("/?lang=en");
        String en = pdfText(english.getBytes("/bulletin-pdf/" + id));
        assertTrue(en.contains("Issued by") && en.contains("Page 1 of"), "English labels for an English reader: " + en);
        assertTrue(en.replaceAll("\\s+", "").contains(unitName), "the data as entered: " + en);
    }

    @Test
    void aDraftsPdfIsOnlyForItsRegulatorOrganisation() throws Exception {
        WebClient regulator = as("regulator01");
        String title = "通报草稿下载" + System.nanoTime() % 100_000;
        long id = draft(regulator, title);
        assertEquals(404, new WebClient().getBytes("/bulletin-pdf/" + id).statusCode(), "a visitor: a draft looks absent");
        assertEquals(404, as("firm01").getBytes("/bulletin-pdf/" + id).statusCode(), "a firm too");
        assertEquals(404, as(RankFixtures.otherRegulator()).getBytes("/bulletin-pdf/" + id).statusCode(),
                "another regulator organisation too");
        String pdf = pdfText(regulator.getBytes("/bulletin-pdf/" + id));
        assertTrue(pdf.replaceAll("\\s+", "").contains(title) && pdf.contains("草稿"), "its own regulator reads it: " + pdf);
        assertEquals(404, new WebClient().getBytes("/bulletin-pdf/99999999999").statusCode(), "an unknown id");
        assertEquals(404, new WebClient().getBytes("/bulletin-pdf/x").statusCode(), "a malformed id");
    }
}
