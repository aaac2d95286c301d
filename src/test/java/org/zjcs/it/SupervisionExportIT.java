package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The 差评 ledger (EVALUATION_LEDGER) and the risk warnings (RISK_WARNINGS) as Excel exports: Chinese headers, a known
 * row with its text, number, date and label cells, the page's filters, the scope of the page (a firm only its own
 * lines, comments hidden from a department), the "导出 Excel" buttons on the pages, and refusals for roles whose page it
 * is not.
 */
class SupervisionExportIT {

    /** A fresh firm with one 差评 in March 2021 (long before any other test's period): its id and the notice title. */
    static Object[] badEvaluation() throws Exception {
        String firmUser = Fixtures.firm(3);
        long firm = Fixtures.orgOf(firmUser);
        long fakeNotice = 810_000_000L + firm;
        String title = "导出台账测试项目" + fakeNotice;
        try (Connection c = It.db()) {
            Fixtures.update(c, "INSERT INTO evaluation (notice_id, notice_title, deliverable_id, owner_id, firm_id, accepted_at, "
                    + "due_at, quality, timeliness, attitude, fees, conduct, overall_level, comment, evaluated_at, evaluated_by) "
                    + "VALUES (?, ?, 0, ?, ?, ?, ?, 2, 3, 2, 3, 1, 'VERY_DISSATISFIED', '导出测试的私密评语', ?, 'owner01')",
                    fakeNotice, title, Fixtures.orgOf("owner01"), firm, LocalDateTime.of(2021, 3, 2, 2, 0),
                    LocalDateTime.of(2021, 3, 5, 2, 0), LocalDateTime.of(2021, 3, 3, 2, 0));
        }
        return new Object[] {firmUser, firm, title};
    }

    static Row rowWith(XSSFSheet sheet, int column, String value) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && value.equals(r.getCell(column).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value);
    }

    @Test
    void theLedgerExportsWithThePagesFiltersAndScope() throws Exception {
        Object[] e = badEvaluation();
        String firmUser = (String) e[0];
        long firm = (long) e[1];
        String title = (String) e[2];
        String march = "\"from\":\"2021-03-01\",\"to\":\"2021-03-31\"";

        XSSFSheet sheet = ExcelExportIT.exported("regulator01", "EVALUATION_LEDGER", "{" + march + ",\"firm\":\"" + firm + "\"}");
        Row header = sheet.getRow(0);
        assertEquals("评价时间", header.getCell(1).getStringCellValue(), "Chinese headers");
        assertEquals(Texts.zh("evalstat.ledger.firm"), header.getCell(2).getStringCellValue());
        assertEquals(Texts.zh("evalstat.state"), header.getCell(20).getStringCellValue());
        assertEquals(1, sheet.getLastRowNum(), "the firm's one 差评 in the period");
        Row row = rowWith(sheet, 4, title);
        assertEquals(Fixtures.text("SELECT name FROM organisation WHERE id = ?", firm), row.getCell(2).getStringCellValue());
        Cell at = row.getCell(1);
        assertTrue(DateUtil.isCellDateFormatted(at), "the evaluation time is a date cell");
        assertEquals(LocalDateTime.of(2021, 3, 3, 10, 0), at.getLocalDateTimeCellValue(), "in Beijing time");
        assertEquals(CellType.NUMERIC, row.getCell(7).getCellType(), "an aspect score is a number cell");
        assertEquals(2, (int) row.getCell(7).getNumericCellValue());
        assertEquals(1, (int) row.getCell(11).getNumericCellValue());
        assertEquals("非常不满意", row.getCell(12).getStringCellValue(), "the level as its text");
        assertEquals("导出测试的私密评语", row.getCell(14).getStringCellValue(), "regulators read the comment");
        assertEquals(Texts.zh("evalstat.ledger.noAppeal"), row.getCell(15).getStringCellValue());
        assertEquals("待整改", row.getCell(20).getStringCellValue(), "the state: past the appeal period, no follow-up");

        XSSFSheet none = ExcelExportIT.exported("regulator01", "EVALUATION_LEDGER", "{" + march + ",\"firm\":\"" + firm
                + "\",\"state\":\"RECTIFIED\"}");
        assertEquals(0, none.getLastRowNum(), "the state filter applies");

        XSSFSheet own = ExcelExportIT.exported(firmUser, "EVALUATION_LEDGER", "{" + march + "}");
        assertEquals(1, own.getLastRowNum(), "the firm exports its own line");
        assertEquals("导出测试的私密评语", rowWith(own, 4, title).getCell(14).getStringCellValue(), "with the comment");
        XSSFSheet other = ExcelExportIT.exported("firm01", "EVALUATION_LEDGER", "{" + march + ",\"firm\":\"" + firm + "\"}");
        assertEquals(0, other.getLastRowNum(), "another firm never sees it, whatever the filter");

        WebClient regulator = as("regulator01");
        assertEquals(403, as("owner01").postJson("/api/exports", "{\"kind\":\"EVALUATION_LEDGER\"}").statusCode(),
                "owner units have no ledger page");
        assertEquals(401, new WebClient().postJson("/api/exports", "{\"kind\":\"EVALUATION_LEDGER\"}").statusCode());
        HttpResponse<String> reversed = regulator.postJson("/api/exports",
                "{\"kind\":\"EVALUATION_LEDGER\",\"parameters\":{\"from\":\"2021-03-31\",\"to\":\"2021-03-01\"}}");
        assertEquals(400, reversed.statusCode(), reversed.body());
        assertTrue(reversed.body().contains("evalstat.error.periodReversed"), reversed.body());

        // the page's button queues the ledger with the filters shown
        long before = Fixtures.number("SELECT COUNT(*) FROM export_job WHERE kind = 'EVALUATION_LEDGER' AND requested_by = 'regulator01'");
        String page = "/regulator/evaluations.xhtml?tab=ledger&from=2021-03-01&to=2021-03-31&firm=" + firm;
        assertTrue(regulator.get(page).body().contains("ledgerExport:exportExcel"), "the page has the button");
        regulator.postForm(page, "ledgerExport", Map.of("exportExcel", "x"));
        assertEquals(before + 1, Fixtures.number("SELECT COUNT(*) FROM export_job WHERE kind = 'EVALUATION_LEDGER' "
                + "AND requested_by = 'regulator01'"), "queued by the button");
        String parameters = Fixtures.text("SELECT parameters FROM export_job WHERE kind = 'EVALUATION_LEDGER' "
                + "AND requested_by = 'regulator01' ORDER BY id DESC LIMIT 1");
        assertTrue(parameters.contains("firm=" + firm) && parameters.contains("from=2021-03-01"), parameters);
    }

    @Test
    void theRiskWarningsExportForRegulatorsWithThePagesFilters() throws Exception {
        String label = "导出测试业主单位" + System.nanoTime();
        LocalDateTime found = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        Fixtures.sql("INSERT INTO risk_warning (rule_code, subject_kind, subject_key, subject_label, window_from, window_to, "
                + "evidence, found_at, refreshed_at, state, open_key, checked_note, checked_by, checked_at) VALUES "
                + "('LATE_CANCEL', 'OWNER', ?, ?, ?, ?, '{\"figures\":{},\"columns\":[],\"rows\":[]}', ?, ?, 'CHECKED', NULL, "
                + "'已约谈业主单位', 'regulator01', ?)", "export-" + System.nanoTime(), label,
                LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2025, 12, 31, 0, 0), found, found, found);

        XSSFSheet sheet = ExcelExportIT.exported("regulator01", "RISK_WARNINGS", "{\"rule\":\"LATE_CANCEL\",\"state\":\"CHECKED\"}");
        assertEquals(Texts.zh("risk.col.rule"), sheet.getRow(0).getCell(1).getStringCellValue(), "Chinese headers");
        assertEquals("预警对象", sheet.getRow(0).getCell(3).getStringCellValue());
        assertEquals(Fixtures.number("SELECT COUNT(*) FROM risk_warning WHERE rule_code = 'LATE_CANCEL' AND state = 'CHECKED'"),
                sheet.getLastRowNum(), "the filters apply");
        Row row = rowWith(sheet, 3, label);
        assertEquals("截止后撤销", row.getCell(1).getStringCellValue(), "the rule as its text");
        assertEquals("业主单位", row.getCell(2).getStringCellValue());
        assertEquals("已核查", row.getCell(8).getStringCellValue());
        assertEquals("已约谈业主单位", row.getCell(9).getStringCellValue());
        assertEquals(CellType.NUMERIC, row.getCell(0).getCellType(), "the warning number is a number cell");
        assertTrue(DateUtil.isCellDateFormatted(row.getCell(6)), "the time found is a date cell");
        assertEquals(found.plusHours(8), row.getCell(6).getLocalDateTimeCellValue(), "in Beijing time");
        assertNull(rowOrNull(ExcelExportIT.exported("regulator01", "RISK_WARNINGS", "{\"state\":\"OPEN\"}"), label),
                "a checked warning is not among the open ones");

        assertEquals(403, as("operator01").postJson("/api/exports", "{\"kind\":\"RISK_WARNINGS\"}").statusCode(),
                "regulators only, as the page");
        assertEquals(403, as("firm01").postJson("/api/exports", "{\"kind\":\"RISK_WARNINGS\"}").statusCode());
        HttpResponse<String> bad = as("regulator01").postJson("/api/exports",
                "{\"kind\":\"RISK_WARNINGS\",\"parameters\":{\"rule\":\"NOPE\"}}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("risk.error.rule"), bad.body());

        WebClient regulator = as("regulator01");
        long before = Fixtures.number("SELECT COUNT(*) FROM export_job WHERE kind = 'RISK_WARNINGS' AND requested_by = 'regulator01'");
        String page = "/regulator/risks.xhtml?rule=LATE_CANCEL";
        assertTrue(regulator.get(page).body().contains("riskExport:exportExcel"), "the page has the button");
        regulator.postForm(page, "riskExport", Map.of("exportExcel", "x"));
        assertEquals(before + 1, Fixtures.number("SELECT COUNT(*) FROM export_job WHERE kind = 'RISK_WARNINGS' "
                + "AND requested_by = 'regulator01'"), "queued by the button");
        assertTrue(Fixtures.text("SELECT parameters FROM export_job WHERE kind = 'RISK_WARNINGS' AND requested_by = "
                + "'regulator01' ORDER BY id DESC LIMIT 1").contains("rule=LATE_CANCEL"), "with the page's filter");
    }

    static Row rowOrNull(XSSFSheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && label.equals(r.getCell(3).getStringCellValue())) {
                return r;
            }
        }
        return null;
    }
}
