package org.zjcs.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The .xlsx an export writes, read back with POI's XSSF: header row, cell types and formats, frozen pane, widths. */
class XlsxWriterTest {

    static final List<ExportColumn> COLUMNS = List.of(
            ExportColumn.of("h.name", CellKind.TEXT),
            ExportColumn.of("h.state", CellKind.LABEL),
            ExportColumn.of("h.count", CellKind.INTEGER),
            ExportColumn.of("h.fee", CellKind.MONEY),
            ExportColumn.of("h.day", CellKind.DATE),
            ExportColumn.of("h.at", CellKind.DATE_TIME));
    static final Map<String, String> LABELS = Map.of("state.ACTIVE", "正常");

    static XSSFSheet write(List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter w = new XlsxWriter("入驻机构名单", COLUMNS,
                List.of("机构名称", "状态", "服务事项数", "服务费（元）", "日期", "时间"), k -> LABELS.getOrDefault(k, k))) {
            for (List<Object> r : rows) {
                w.add(r);
            }
            assertEquals(rows.size(), w.rows());
            w.finish(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    @Test
    void theHeaderRowIsBoldFrozenAndInTheGivenLanguage() throws Exception {
        XSSFSheet sheet = write(List.of());
        assertEquals("入驻机构名单", sheet.getSheetName());
        XSSFRow header = sheet.getRow(0);
        assertEquals("机构名称", header.getCell(0).getStringCellValue());
        assertEquals("服务费（元）", header.getCell(3).getStringCellValue());
        assertTrue(header.getCell(0).getCellStyle().getFont().getBold());
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane);
        assertTrue(pane.isFreezePane());
        assertEquals(1, pane.getHorizontalSplitPosition());
        assertEquals(0, pane.getVerticalSplitPosition());
        assertEquals(0, sheet.getLastRowNum());
    }

    @Test
    void numbersAreNumericCellsAndDatesAreDateCells() throws Exception {
        Instant at = Instant.parse("2026-12-06T02:30:00Z"); // 10:30 in Beijing
        XSSFSheet sheet = write(List.of(Arrays.asList("西安市环评咨询有限公司", "state.ACTIVE", 3L,
                new BigDecimal("12345.60"), LocalDate.of(2026, 12, 7), at)));
        XSSFRow r = sheet.getRow(1);
        assertEquals(CellType.STRING, r.getCell(0).getCellType());
        assertEquals("西安市环评咨询有限公司", r.getCell(0).getStringCellValue());
        assertEquals("正常", r.getCell(1).getStringCellValue(), "a label is written as its text");
        assertEquals(CellType.NUMERIC, r.getCell(2).getCellType());
        assertEquals(3.0, r.getCell(2).getNumericCellValue());
        assertFalse(DateUtil.isCellDateFormatted(r.getCell(2)));
        assertEquals(CellType.NUMERIC, r.getCell(3).getCellType());
        assertEquals(12345.6, r.getCell(3).getNumericCellValue(), 1e-9);
        assertEquals("#,##0.00", r.getCell(3).getCellStyle().getDataFormatString());
        assertTrue(DateUtil.isCellDateFormatted(r.getCell(4)));
        assertEquals(LocalDateTime.of(2026, 12, 7, 0, 0), r.getCell(4).getLocalDateTimeCellValue());
        assertEquals("yyyy-mm-dd", r.getCell(4).getCellStyle().getDataFormatString());
        assertTrue(DateUtil.isCellDateFormatted(r.getCell(5)));
        assertEquals(LocalDateTime.of(2026, 12, 6, 10, 30), r.getCell(5).getLocalDateTimeCellValue(),
                "an instant is written in Beijing time");
    }

    @Test
    void aNullValueLeavesTheCellEmpty() throws Exception {
        XSSFSheet sheet = write(List.of(Arrays.asList("甲", null, null, null, null, null)));
        assertNull(sheet.getRow(1).getCell(2));
    }

    @Test
    void columnsAreAsWideAsTheirLongestTextWithChineseCountingDouble() throws Exception {
        XSSFSheet sheet = write(List.of(Arrays.asList("西安市环评咨询有限公司", "state.ACTIVE", 1, 1, null, null)));
        // 11 Chinese characters = 22 + 1 (wider than the header 机构名称 = 8 + 2)
        assertEquals(23 * 256, sheet.getColumnWidth(0));
        assertEquals(XlsxWriter.MIN_WIDTH * 256, sheet.getColumnWidth(1), "状态 (4 + 2) and 正常: the minimum width");
        assertEquals(20 * 256, sheet.getColumnWidth(5), "a date-time column fits its format");
    }

    @Test
    void displayWidthCountsWideCharactersTwice() {
        assertEquals(4, XlsxWriter.displayWidth("abcd"));
        assertEquals(6, XlsxWriter.displayWidth("机构A1"));
        assertEquals(4, XlsxWriter.displayWidth("（元"));
    }

    @Test
    void aSheetNameLosesTheCharactersExcelRefuses() {
        assertEquals("a b c", XlsxWriter.safeSheetName("a/b?c"));
        assertEquals(31, XlsxWriter.safeSheetName("x".repeat(40)).length());
    }
}
