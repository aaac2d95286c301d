package org.zjcs.shared.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF builder, read back with PDFBox: Chinese text extracts as written, footers, tables over pages, the font. */
class PdfBuilderTest {

    private static final Instant AT = Instant.parse("2026-12-06T02:30:00Z");

    @Test
    void chineseTextExtractsAsWrittenWithPageFooter() throws IOException {
        byte[] pdf = PdfBuilder.a4(Locale.SIMPLIFIED_CHINESE, AT)
                .title("环境影响评价报告书")
                .subtitle("公告")
                .keyValues(List.of(new PdfBuilder.KeyValue("项目业主", "西安市新城区住房和城乡建设局"),
                        new PdfBuilder.KeyValue("服务金额", null)))
                .paragraph("本项目采用随机抽取方式选取中介服务机构。")
                .toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("环境影响评价报告书"), text);
            assertTrue(text.contains("西安市新城区住房和城乡建设局"), text);
            assertTrue(text.contains("本项目采用随机抽取方式选取中介服务机构。"), text);
            assertTrue(text.contains("第 1 页 / 共"), text);
            assertTrue(text.replaceAll("\\s+", "").contains("第1页/共1页"), text);
            // 10:30 in Beijing = 02:30 UTC
            assertTrue(text.contains("中介服务网上超市 · 生成于 2026-12-06 10:30"), text);
        }
    }

    @Test
    void englishFooterFollowsTheLocale() throws IOException {
        byte[] pdf = PdfBuilder.a4(Locale.ENGLISH, AT).title("Announcement").paragraph("项目 notice").toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Page 1 of 1"), text);
            assertTrue(text.contains("generated 2026-12-06 10:30 (Beijing time)"), text);
            assertTrue(text.contains("项目 notice"), text);
        }
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeaderRepeated() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of(String.valueOf(i), "陕西第" + i + "工程咨询有限公司", "91610000MA6W" + (1000 + i)));
        }
        byte[] pdf = PdfBuilder.a4(Locale.SIMPLIFIED_CHINESE, AT).title("名单")
                .table(List.of("序号", "机构名称", "统一社会信用代码"), new float[] {1, 4, 3}, rows, "无")
                .toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "80 rows take more than one page: " + pages);
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String page = s.getText(doc).replaceAll("\\s+", "");
                assertTrue(page.contains("机构名称统一社会信用代码"), "header on page " + p + ": " + page);
                assertTrue(page.contains("第" + p + "页/共" + pages + "页"), "footer on page " + p + ": " + page);
            }
            String all = new PDFTextStripper().getText(doc);
            assertTrue(all.contains("陕西第1工程咨询有限公司") && all.contains("陕西第80工程咨询有限公司"), all);
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetSoAOnePagePdfIsSmall() throws IOException {
        byte[] pdf = PdfBuilder.a4(Locale.SIMPLIFIED_CHINESE, AT).title("环境影响评价报告书")
                .paragraph("中介服务网上超市：公开、公平、公正。").toBytes();
        assertTrue(pdf.length < 60_000, "one page with a font subset, not the 2 MB font: " + pdf.length + " bytes");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean embeddedSubset = false;
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                embeddedSubset |= f.isEmbedded() && f.getName().matches("[A-Z]{6}\\+.*");
            }
            assertTrue(embeddedSubset, "an embedded subset font (ABCDEF+Name)");
        }
    }

    @Test
    void aCharacterOutsideTheSubsetIsDrawnAsABoxAndLoggedNotLost() throws IOException {
        // U+9F98 (a rare 64-stroke character) and U+20000 (CJK Extension B) are not in GB 2312 nor in the subset
        String rare = "龘\uD840\uDC00";
        assertFalse(PdfFonts.font().charExists(0x9F98));
        byte[] pdf = PdfBuilder.a4(Locale.SIMPLIFIED_CHINESE, AT).title("机构" + rare + "名称").toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("机构□□名称"), text);
        }
        assertTrue(PdfFonts.logged(0x9F98));
        assertTrue(PdfFonts.logged(0x20000));
    }

    @Test
    void drawableKeepsKnownTextAsIs() {
        String s = "ABC 中文，（全角）１２３";
        assertTrue(s == PdfFonts.drawable(PdfFonts.font(), s));
        assertEquals("", PdfFonts.drawable(PdfFonts.font(), null));
    }
}
