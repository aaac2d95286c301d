package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The board's lists in Excel (issue 17): the item list with the board's filters and scope — everything for a regulator,
 * only its own department's items for approval staff, the platform's for the operator, whatever the request claims —
 * downloaded and opened with POI (Chinese headers and labels, the known overdue check first, real date cells, overdue
 * hours as numbers); the counts table; a firm refused; a bad filter refused with its message.
 */
class BoardExportIT {

    static BoardFixtures f;

    @BeforeAll
    static void rows() throws Exception {
        f = BoardFixtures.insert();
    }

    private static String mine(String more) {
        return "{\"dim\":\"FIRM\",\"value\":\"" + f.firm + "\"" + more + "}";
    }

    private static List<Long> ids(XSSFSheet sheet) {
        List<Long> out = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() > 0) {
                out.add((long) r.getCell(0).getNumericCellValue());
            }
        }
        return out;
    }

    @Test
    void aRegulatorExportsTheFilteredListMostOverdueFirstWithChineseHeadersAndDateCells() throws Exception {
        XSSFSheet sheet = ExcelExportIT.exported("regulator01", "BOARD_ITEMS", mine(""));
        Row header = sheet.getRow(0);
        assertEquals("事项编号", header.getCell(0).getStringCellValue());
        assertEquals(Texts.zh("board.item.kind"), header.getCell(1).getStringCellValue());
        assertEquals("环节", header.getCell(1).getStringCellValue());
        assertEquals(Texts.zh("board.item.due"), header.getCell(11).getStringCellValue());
        assertEquals(Texts.zh("board.item.overdueHours"), header.getCell(12).getStringCellValue());
        assertEquals(4 + BoardFixtures.EXTRA, sheet.getLastRowNum(), "every open item of the firm, not one page of 20");

        Row top = sheet.getRow(1);
        assertEquals(f.overdueCheck(), (long) top.getCell(0).getNumericCellValue(), "the most overdue first, as on the board");
        assertEquals(Texts.zh("board.kind.DEPARTMENT_CHECK"), top.getCell(1).getStringCellValue());
        assertEquals(Texts.zh("board.overdue"), top.getCell(2).getStringCellValue());
        assertEquals(Texts.zh("board.party.DEPARTMENT"), top.getCell(3).getStringCellValue());
        assertEquals("西安市新城区行政审批服务局", top.getCell(4).getStringCellValue());
        assertEquals(8013, (long) top.getCell(8).getNumericCellValue());
        assertEquals(f.caseNumber, top.getCell(9).getStringCellValue());
        for (int c : new int[] {10, 11}) {
            Cell date = top.getCell(c);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date), "column " + c + " is a date cell");
        }
        assertTrue(top.getCell(11).getDateCellValue().after(top.getCell(10).getDateCellValue()), "due after opened");
        Cell hours = top.getCell(12);
        assertEquals(CellType.NUMERIC, hours.getCellType(), "overdue hours are a number");
        assertTrue(hours.getNumericCellValue() >= 400 * 24 - 1, "400 days late: " + hours.getNumericCellValue());

        Row review = sheet.getRow(2);
        assertEquals(Texts.zh("board.kind.REGISTRATION_REVIEW"), review.getCell(1).getStringCellValue());
        Row soon = sheet.getRow(3);
        assertEquals(Texts.zh("board.dueSoon"), soon.getCell(2).getStringCellValue(), "due in five hours");
        Cell none = soon.getCell(12);
        assertTrue(none == null || none.getCellType() == CellType.BLANK, "no overdue hours for an item not overdue");
        assertEquals(Texts.zh("board.open"), sheet.getRow(sheet.getLastRowNum()).getCell(2).getStringCellValue());

        // the board's state filter applies
        XSSFSheet overdue = ExcelExportIT.exported("regulator01", "BOARD_ITEMS", mine(",\"state\":\"OVERDUE\""));
        assertEquals(2, overdue.getLastRowNum(), "the department check and the operator's review");
    }

    @Test
    void aDepartmentExportsOnlyItsOwnItemsAndTheOperatorThePlatformsWhateverTheRequestClaims() throws Exception {
        List<Long> department = ids(ExcelExportIT.exported("approver01", "BOARD_ITEMS",
                mine(",\"scope\":\"ALL\",\"department\":\"" + BoardFixtures.OTHER_DEPT + "\"")));
        List<Long> expected = List.of(f.overdueCheck(),
                Fixtures.number("SELECT id FROM due_item WHERE ref_id = ? AND done_at IS NULL", f.base + 3));
        assertEquals(expected, department, "department 3001 sees its overdue check and the acceptance at it, nothing else");
        assertEquals(BoardFixtures.DEPT, Fixtures.orgOf("approver01"));

        List<Long> platform = ids(ExcelExportIT.exported("operator01", "BOARD_ITEMS", mine("")));
        assertEquals(List.of(Fixtures.number("SELECT id FROM due_item WHERE ref_id = ? AND done_at IS NULL", f.base + 4)),
                platform, "the operator: its registration review only");
        String audited = Fixtures.text("SELECT details FROM audit_entry WHERE action = 'EXPORT_REQUESTED' "
                + "AND actor = 'approver01' ORDER BY id DESC LIMIT 1");
        assertTrue(audited.contains("\"scope\":\"DEPARTMENT\"") && audited.contains("\"department\":\"3001\""),
                "the request is audited with the scope fixed in: " + audited);
    }

    @Test
    void theCountsTableExportsWithItsLights() throws Exception {
        XSSFSheet counts = ExcelExportIT.exported("regulator01", "BOARD_COUNTS", "{\"dim\":\"FIRM\"}");
        assertEquals(Texts.zh("board.export.col.dimension"), counts.getRow(0).getCell(0).getStringCellValue());
        assertEquals("超期", counts.getRow(0).getCell(4).getStringCellValue());
        Row firm = null;
        for (Row r : counts) {
            if (r.getRowNum() > 0 && r.getCell(1) != null && String.valueOf(f.firm).equals(r.getCell(1).getStringCellValue())) {
                firm = r;
            }
        }
        assertTrue(firm != null, "the fixtures' firm has its row");
        assertEquals(Texts.zh("board.dimension.FIRM"), firm.getCell(0).getStringCellValue());
        assertEquals(4 + BoardFixtures.EXTRA, (long) firm.getCell(3).getNumericCellValue());
        assertEquals(2, (long) firm.getCell(4).getNumericCellValue());
        assertEquals(1, (long) firm.getCell(5).getNumericCellValue());
        assertEquals(Texts.zh("board.rag.RED"), firm.getCell(6).getStringCellValue());
        assertTrue(firm.getCell(2).getStringCellValue().startsWith("验证用机构"), firm.getCell(2).getStringCellValue());
    }

    @Test
    void firmsAndOwnersAreRefusedAndABadFilterGetsItsMessage() {
        assertEquals(403, as("firm01").postJson("/api/exports", "{\"kind\":\"BOARD_ITEMS\",\"parameters\":{}}").statusCode());
        assertEquals(403, as("owner01").postJson("/api/exports", "{\"kind\":\"BOARD_COUNTS\",\"parameters\":{}}").statusCode());
        WebClient regulator = as("regulator01");
        HttpResponse<String> bad = regulator.postJson("/api/exports",
                "{\"kind\":\"BOARD_ITEMS\",\"parameters\":{\"state\":\"LATE\"}}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("board.error.state") && bad.body().contains("LATE"), bad.body());
        HttpResponse<String> value = regulator.postJson("/api/exports",
                "{\"kind\":\"BOARD_ITEMS\",\"parameters\":{\"dim\":\"DEPARTMENT\",\"value\":\"x1\"}}");
        assertEquals(400, value.statusCode(), value.body());
        assertTrue(value.body().contains("board.error.value"), value.body());
    }
}
