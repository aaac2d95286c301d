package org.zjcs.shared.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zjcs.shared.i18n.Messages;

/**
 * A small document builder for every context's PDFs: A4, the embedded CJK font ({@link PdfFonts}), a title and
 * subtitle, headings, key–value tables, paragraphs and data tables whose header row repeats on each page; every page
 * has a footer with the platform's name, the generation time and "第 x 页 / 共 y 页" (bundle keys {@code pdf.*}, in the
 * document's locale). It only lays out the texts it is given: no business rules, no access checks.
 */
public final class PdfBuilder {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Color RULE = new Color(0xB0, 0xB8, 0xC4);
    private static final Color HEAD = new Color(0xE8, 0xEE, 0xF5);

    private final Locale locale;
    private final Instant generatedAt;
    private final BaseFont base = PdfFonts.font();
    private final List<Element> blocks = new ArrayList<>();
    private String documentTitle = "";

    private PdfBuilder(Locale locale, Instant generatedAt) {
        this.locale = locale;
        this.generatedAt = generatedAt;
    }

    /** An A4 document in {@code locale} (footer texts), generated at {@code generatedAt} (shown in Beijing time). */
    public static PdfBuilder a4(Locale locale, Instant generatedAt) {
        return new PdfBuilder(locale, generatedAt);
    }

    public Locale locale() {
        return locale;
    }

    /** A text of the bundle in the document's locale. */
    public String text(String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    public PdfBuilder title(String title) {
        documentTitle = title == null ? "" : title;
        Paragraph p = new Paragraph(safe(title), font(18, Font.BOLD));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        blocks.add(p);
        return this;
    }

    public PdfBuilder subtitle(String subtitle) {
        Paragraph p = new Paragraph(safe(subtitle), font(11, Font.NORMAL, Color.DARK_GRAY));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(10);
        blocks.add(p);
        return this;
    }

    public PdfBuilder heading(String heading) {
        Paragraph p = new Paragraph(safe(heading), font(13, Font.BOLD));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        blocks.add(p);
        return this;
    }

    /** A paragraph of running text (line breaks kept). Blank text adds nothing. */
    public PdfBuilder paragraph(String text) {
        if (text != null && !text.isBlank()) {
            Paragraph p = new Paragraph(safe(text), font(10.5f, Font.NORMAL));
            p.setLeading(16);
            p.setSpacingAfter(4);
            blocks.add(p);
        }
        return this;
    }

    /** A two-column table of labels and values, e.g. a notice's terms; a null value shows as "—". */
    public PdfBuilder keyValues(List<KeyValue> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        PdfPTable t = new PdfPTable(new float[] {1, 3});
        t.setWidthPercentage(100);
        t.setSpacingAfter(6);
        for (KeyValue row : rows) {
            t.addCell(cell(row.key(), font(10, Font.BOLD), HEAD));
            t.addCell(cell(row.value() == null || row.value().isBlank() ? "—" : row.value(), font(10, Font.NORMAL), null));
        }
        blocks.add(t);
        return this;
    }

    /**
     * A data table: {@code headers} repeat at the top of every page the table runs over; {@code widths} are relative
     * column widths (null: equal). An empty table shows {@code emptyText} instead.
     */
    public PdfBuilder table(List<String> headers, float[] widths, List<List<String>> rows, String emptyText) {
        if (rows.isEmpty()) {
            return paragraph(emptyText);
        }
        PdfPTable t = widths == null ? new PdfPTable(headers.size()) : new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitLate(false);
        t.setSpacingAfter(6);
        for (String h : headers) {
            t.addCell(cell(h, font(9.5f, Font.BOLD), HEAD));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < headers.size(); i++) {
                t.addCell(cell(i < row.size() ? row.get(i) : "", font(9.5f, Font.NORMAL), null));
            }
        }
        blocks.add(t);
        return this;
    }

    /** The document as bytes. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    /** Lays the document out and writes it to {@code out} (not closed). */
    public void writeTo(OutputStream out) {
        Document doc = new Document(PageSize.A4, 50, 50, 56, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, new NonClosing(out));
            writer.setPageEvent(new Footer());
            doc.addTitle(documentTitle);
            doc.addCreator(text("app.name"));
            doc.open();
            if (blocks.isEmpty()) {
                doc.add(new Paragraph(" "));
            }
            for (Element e : blocks) {
                doc.add(e);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF layout failed", e);
        }
    }

    private PdfPCell cell(String text, Font font, Color background) {
        PdfPCell c = new PdfPCell(new Phrase(safe(text), font));
        c.setPadding(4);
        c.setBorderColor(RULE);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }

    private Font font(float size, int style) {
        return font(size, style, Color.BLACK);
    }

    private Font font(float size, int style, Color color) {
        return new Font(base, size, style, color);
    }

    private String safe(String text) {
        return PdfFonts.drawable(base, text);
    }

    /** One row of {@link #keyValues}. */
    public record KeyValue(String key, String value) {
    }

    /**
     * Writes the footer of each page. The page number needs the total, known only at the end: each page gets a
     * template for "第 x 页 / 共 y 页", all filled in (right-aligned) when the document closes.
     */
    private final class Footer extends PdfPageEventHelper {

        private static final float SIZE = 8.5f;
        private static final float PAGE_BOX = 160;
        private final List<PdfTemplate> pageBoxes = new ArrayList<>();

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float y = document.bottomMargin() - 30;
            float right = page.getWidth() - document.rightMargin();
            cb.saveState();
            cb.setColorStroke(RULE);
            cb.moveTo(document.leftMargin(), y + 12);
            cb.lineTo(right, y + 12);
            cb.stroke();
            cb.beginText();
            cb.setFontAndSize(base, SIZE);
            cb.setColorFill(Color.DARK_GRAY);
            cb.setTextMatrix(document.leftMargin(), y);
            cb.showText(safe(text("pdf.footer.generated", text("app.name"),
                    STAMP.format(generatedAt.atZone(BEIJING)))));
            cb.endText();
            PdfTemplate box = cb.createTemplate(PAGE_BOX, 12);
            pageBoxes.add(box);
            cb.addTemplate(box, right - PAGE_BOX, y - 2);
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            int total = pageBoxes.size();
            for (int i = 0; i < total; i++) {
                String s = safe(text("pdf.footer.page", i + 1, total));
                PdfTemplate box = pageBoxes.get(i);
                box.beginText();
                box.setFontAndSize(base, SIZE);
                box.setColorFill(Color.DARK_GRAY);
                box.setTextMatrix(PAGE_BOX - base.getWidthPoint(s, SIZE), 2);
                box.showText(s);
                box.endText();
            }
        }
    }

    /** Keeps the servlet's stream open when the document closes its writer. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
