package org.zjcs.supervision.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zjcs.credit.domain.AppealStatus;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportParameters;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.XlsxWriter;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.supervision.domain.LedgerState;

/**
 * The 差评 ledger's export rows: one value per column, typed as the columns say (numbers, date-times in Beijing time,
 * levels and states as their texts), the keyset position that of the page, and the scope and filter read back from the
 * job's parameters as they were fixed.
 */
class SupervisionExportRowsTest {

    static final Instant AT = Instant.parse("2021-03-03T02:00:00Z");

    static LedgerLine line(EvaluationLevel revised, AppealStatus appeal, String comment) {
        return new LedgerLine(41, AT, 8013, "环评报告编制", "XC-2021-001", 1002, "西安华测地理信息技术有限公司", 2001,
                "西安市新城区城市建设投资集团有限公司", new int[] {2, 3, 2, 3, 1}, EvaluationLevel.VERY_DISSATISFIED, revised,
                comment, appeal, appeal == null ? null : AT.plusSeconds(86_400), appeal == null ? null : "维持原评价理由", null,
                null, null, null, appeal == null ? LedgerState.TO_RECTIFY : LedgerState.APPEALING);
    }

    static XSSFRow written(List<ExportColumn> columns, ExportRow row, Map<String, String> labels) throws Exception {
        assertEquals(columns.size(), row.values().size(), "one value per column");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter w = new XlsxWriter("差评台账", columns, columns.stream().map(ExportColumn::headerKey).toList(),
                k -> labels.getOrDefault(k, k))) {
            w.add(row.values());
            w.finish(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0).getRow(1);
    }

    @Test
    void aLedgerLineIsARowOfTypedCells() throws Exception {
        EvaluationLedgerExportSource source = new EvaluationLedgerExportSource();
        ExportRow row = EvaluationLedgerExportSource.row(line(null, null, "成果多处数据错误"));
        XSSFRow r = written(source.columns(), row, Map.of("evaluation.level.VERY_DISSATISFIED", "非常不满意",
                "evalstat.state.TO_RECTIFY", "待整改", "evalstat.ledger.noAppeal", "未申诉"));
        assertEquals(CellType.NUMERIC, r.getCell(0).getCellType());
        assertEquals(41, (long) r.getCell(0).getNumericCellValue());
        assertTrue(DateUtil.isCellDateFormatted(r.getCell(1)));
        assertEquals(LocalDateTime.of(2021, 3, 3, 10, 0), r.getCell(1).getLocalDateTimeCellValue(), "Beijing time");
        assertEquals("西安华测地理信息技术有限公司", r.getCell(2).getStringCellValue());
        assertEquals(8013, (long) r.getCell(3).getNumericCellValue());
        assertEquals("XC-2021-001", r.getCell(5).getStringCellValue());
        assertEquals("西安市新城区城市建设投资集团有限公司", r.getCell(6).getStringCellValue());
        assertEquals(2, (long) r.getCell(7).getNumericCellValue(), "the first aspect");
        assertEquals(1, (long) r.getCell(11).getNumericCellValue(), "the fifth aspect");
        assertEquals("非常不满意", r.getCell(12).getStringCellValue());
        assertNull(r.getCell(13), "not revised: an empty cell");
        assertEquals("成果多处数据错误", r.getCell(14).getStringCellValue());
        assertEquals("未申诉", r.getCell(15).getStringCellValue());
        assertEquals("待整改", r.getCell(20).getStringCellValue());
        KeysetCursor key = KeysetCursor.decode(row.key()).orElseThrow();
        assertEquals(41, key.id(), "the page's keyset: (evaluated_at, id)");
        assertEquals(EvaluationLedger.micros(AT), key.numericKey().orElseThrow());
    }

    @Test
    void anAppealedLineShowsTheAppealAndTheRevisedLevel() throws Exception {
        ExportRow row = EvaluationLedgerExportSource.row(line(EvaluationLevel.DISSATISFIED, AppealStatus.PENDING, null));
        assertEquals("evaluation.level.DISSATISFIED", row.values().get(13));
        assertNull(row.values().get(14), "no comment for those who may not read it");
        assertEquals("appeal.status.PENDING", row.values().get(15));
        assertEquals("evalstat.state.APPEALING", row.values().get(20));
    }

    @Test
    void theScopeAndFilterFixedInTheJobAreReadBack() {
        ExportParameters p = ExportParameters.of(Map.of("from", "2021-03-01", "to", "2021-03-31", "scope", "FIRM:1002",
                "firm", "1002", "state", "TO_RECTIFY"));
        StatsScope scope = EvaluationLedgerExportSource.scope(p);
        assertTrue(scope.firm());
        assertEquals(1002L, scope.id());
        EvaluationLedger.Filter f = EvaluationLedgerExportSource.filter(p);
        assertEquals(LocalDate.of(2021, 3, 1), f.period().from());
        assertEquals(LocalDate.of(2021, 3, 31), f.period().to());
        assertEquals(1002L, f.firmId());
        assertNull(f.serviceItemId());
        assertEquals(LedgerState.TO_RECTIFY, f.state());
        assertTrue(EvaluationLedgerExportSource.scope(p.with("scope", "ALL")).all());
        StatsScope department = EvaluationLedgerExportSource.scope(p.with("scope", "DEPARTMENT:3001"));
        assertTrue(department.department());
        assertEquals(3001L, department.id());
        assertThrows(org.zjcs.shared.error.DomainException.class,
                () -> EvaluationLedgerExportSource.filter(p.with("state", "NOPE")));
    }
}
