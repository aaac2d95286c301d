package org.zjcs.shared.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zjcs.shared.time.BusinessTime;

/**
 * Writes one export as an .xlsx with POI's streaming SXSSF: at most {@link #WINDOW} rows in memory, the rest in
 * compressed temporary files that {@link #close()} removes. A bold, frozen header row; numbers as numeric cells (money
 * {@code #,##0.00}); dates and date-times as date cells ({@code yyyy-mm-dd}, {@code yyyy-mm-dd hh:mm:ss}) in the
 * business time zone (Excel cells carry no zone); labels (message keys) as their text; column widths from the longest
 * text seen (a CJK character counts two), between 8 and 60 characters.
 */
public final class XlsxWriter implements Closeable {

    public static final int WINDOW = 100;
    static final int MIN_WIDTH = 8;
    static final int MAX_WIDTH = 60;

    private final List<ExportColumn> columns;
    private final Function<String, String> labels;
    private final java.util.Locale locale;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle[] styles;
    private final int[] widths;
    private int next;

    /**
     * @param headers the header texts, one per column, already in the requester's language
     * @param labels the text of a message key in the requester's language (for {@link CellKind#LABEL} cells)
     */
    public XlsxWriter(String sheetName, List<ExportColumn> columns, List<String> headers, Function<String, String> labels) {
        this(sheetName, columns, headers, labels, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** As above; {@code locale} picks the language of {@link LocalizedValue} cells. */
    public XlsxWriter(String sheetName, List<ExportColumn> columns, List<String> headers, Function<String, String> labels,
                      java.util.Locale locale) {
        this.locale = locale;
        if (headers.size() != columns.size()) {
            throw new IllegalArgumentException("one header per column");
        }
        this.columns = List.copyOf(columns);
        this.labels = labels;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(safeSheetName(sheetName));
        CreationHelper helper = workbook.getCreationHelper();
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        this.styles = new CellStyle[columns.size()];
        this.widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String format = switch (columns.get(i).kind()) {
                case INTEGER -> "0";
                case DECIMAL -> "0.00##";
                case MONEY -> "#,##0.00";
                case DATE -> "yyyy-mm-dd";
                case DATE_TIME -> "yyyy-mm-dd hh:mm:ss";
                default -> null;
            };
            if (format != null) {
                CellStyle s = workbook.createCellStyle();
                s.setDataFormat(helper.createDataFormat().getFormat(format));
                styles[i] = s;
            }
            widths[i] = switch (columns.get(i).kind()) {
                case DATE -> 11;
                case DATE_TIME -> 20;
                case MONEY, DECIMAL -> 14;
                default -> MIN_WIDTH;
            };
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
            widths[i] = Math.max(widths[i], displayWidth(headers.get(i)) + 2);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds one data row (values in column order; fewer values leave the last cells empty). */
    public void add(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size() && i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            CellKind kind = columns.get(i).kind();
            switch (kind) {
                case INTEGER, DECIMAL, MONEY -> c.setCellValue(number(v));
                case DATE -> c.setCellValue(date(v));
                case DATE_TIME -> c.setCellValue(dateTime(v));
                case LABEL -> c.setCellValue(text(labels.apply(v.toString()), i));
                default -> c.setCellValue(text(v instanceof LocalizedValue l ? l.in(locale) : v.toString(), i));
            }
            if (styles[i] != null) {
                c.setCellStyle(styles[i]);
            }
        }
    }

    /** Data rows written so far (without the header). */
    public int rows() {
        return next - 1;
    }

    /** Sets the column widths and writes the workbook to {@code out} (not closed). */
    public void finish(OutputStream out) throws IOException {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i])) * 256);
        }
        workbook.write(out);
    }

    /** Closes the workbook and deletes its temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private String text(String s, int column) {
        String t = s.length() > 32_767 ? s.substring(0, 32_767) : s;
        widths[column] = Math.max(widths[column], Math.min(MAX_WIDTH, displayWidth(t) + 1));
        return t;
    }

    static double number(Object v) {
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return new BigDecimal(v.toString().strip()).doubleValue();
    }

    static LocalDate date(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        return dateTime(v).toLocalDate();
    }

    static LocalDateTime dateTime(Object v) {
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, BusinessTime.ZONE);
        }
        if (v instanceof OffsetDateTime o) {
            return LocalDateTime.ofInstant(o.toInstant(), BusinessTime.ZONE);
        }
        if (v instanceof java.sql.Timestamp ts) {
            return LocalDateTime.ofInstant(ts.toInstant(), BusinessTime.ZONE);
        }
        if (v instanceof java.util.Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), BusinessTime.ZONE);
        }
        throw new IllegalArgumentException("not a date: " + v.getClass());
    }

    /** The width of a text in Excel characters: an East Asian wide character counts two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "Export" : name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
