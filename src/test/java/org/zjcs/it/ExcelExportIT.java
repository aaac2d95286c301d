package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Excel exports over HTTP (issue 17 part 7): queued, produced in the background, downloaded by the requester only,
 * opened with POI: Chinese headers, a Chinese firm name, numeric and date cells; over the row limit TOO_LARGE.
 */
class ExcelExportIT {

    static final String FIRM = "西安华测地理信息技术有限公司";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");

    static long queue(WebClient web, String kind) {
        HttpResponse<String> r = web.postJson("/api/exports", "{\"kind\":\"" + kind + "\",\"parameters\":{}}");
        assertEquals(202, r.statusCode(), r.body());
        Matcher m = ID.matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    /** Polls the job until it has finished: its JSON. */
    static String finished(WebClient web, long id) throws Exception {
        String[] last = {""};
        Fixtures.await("export " + id + " finished", 90, () -> {
            HttpResponse<String> r = web.get("/api/exports/" + id);
            last[0] = r.body();
            Matcher m = STATE.matcher(r.body());
            return r.statusCode() == 200 && m.find() && !m.group(1).equals("QUEUED") && !m.group(1).equals("RUNNING");
        });
        return last[0];
    }

    static XSSFSheet open(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    static Row rowOf(XSSFSheet sheet, String firstCell) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && firstCell.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + firstCell);
    }

    @Test
    void theOperatorExportsTheFirmListAndOnlyItDownloadsIt() throws Exception {
        WebClient operator = as("operator01");
        long audited = Fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_DOWNLOADED'");
        long id = queue(operator, "FIRMS");
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_REQUESTED' "
                + "AND object_type = 'ExportJob' AND object_id = ?", String.valueOf(id)));
        String job = finished(operator, id);
        assertTrue(job.contains("\"DONE\""), job);
        long firms = Fixtures.number("SELECT COUNT(*) FROM firm WHERE registration_status = 'APPROVED'");
        assertTrue(job.contains("\"rowsDone\":" + firms), "every approved firm is a row: " + job);

        WebClient other = as("regulator01");
        assertEquals(404, other.get("/api/exports/" + id).statusCode(), "another user's job looks absent");
        assertEquals(404, other.getBytes("/api/exports/" + id + "/file").statusCode(), "and its file too");
        assertEquals(403, as("firm01").postJson("/api/exports", "{\"kind\":\"FIRMS\"}").statusCode(),
                "a firm may not export the operator's firm list");
        assertEquals(400, operator.postJson("/api/exports", "{\"kind\":\"NO_SUCH\"}").statusCode());

        HttpResponse<byte[]> file = operator.getBytes("/api/exports/" + id + "/file");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        XSSFSheet sheet = open(file.body());
        Row header = sheet.getRow(0);
        assertEquals(Texts.zh("register.name"), header.getCell(0).getStringCellValue(), "Chinese headers");
        assertEquals("机构名称", header.getCell(0).getStringCellValue());
        assertEquals(Texts.zh("export.column.serviceItems"), header.getCell(7).getStringCellValue());
        assertEquals(firms, sheet.getLastRowNum());
        Row row = rowOf(sheet, FIRM);
        assertEquals(Texts.zh("firms.admin.standing.ACTIVE"), row.getCell(5).getStringCellValue());
        Cell items = row.getCell(7);
        assertEquals(CellType.NUMERIC, items.getCellType(), "a count is a number cell");
        assertEquals(Fixtures.number("SELECT COUNT(*) FROM firm_service_item WHERE firm_id = 1002"),
                (long) items.getNumericCellValue());
        Cell approved = row.getCell(6);
        assertNotNull(approved, "approved firms have their approval time");
        assertTrue(DateUtil.isCellDateFormatted(approved), "a date-time is a date cell");
        assertEquals(audited + 1, Fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_DOWNLOADED'"));

        String page = operator.get("/account/exports.xhtml").body();
        assertTrue(page.contains("/api/exports/" + id + "/file"), "the exports page offers the download");
        assertTrue(!other.get("/account/exports.xhtml").body().contains("/api/exports/" + id + "/file"),
                "another user's page does not list it");
    }

    /** Queues {@code kind} as {@code user}, waits for DONE, downloads and opens it. */
    static XSSFSheet exported(String user, String kind, String parameters) throws Exception {
        WebClient web = as(user);
        HttpResponse<String> r = web.postJson("/api/exports", "{\"kind\":\"" + kind + "\",\"parameters\":" + parameters + "}");
        assertEquals(202, r.statusCode(), r.body());
        Matcher m = ID.matcher(r.body());
        assertTrue(m.find(), r.body());
        long id = Long.parseLong(m.group(1));
        String job = finished(web, id);
        assertTrue(job.contains("\"DONE\""), kind + ": " + job);
        HttpResponse<byte[]> file = web.getBytes("/api/exports/" + id + "/file");
        assertEquals(200, file.statusCode(), kind);
        return open(file.body());
    }

    @Test
    void everyMainListExportsWithItsScope() throws Exception {
        // the owner's own notices only, with Chinese titles and money as numbers
        XSSFSheet notices = exported("owner01", "NOTICES", "{}");
        assertEquals(Texts.zh("notice.title"), notices.getRow(0).getCell(1).getStringCellValue());
        long own = Fixtures.number("SELECT COUNT(*) FROM notice WHERE owner_id = ?", Fixtures.orgOf("owner01"));
        assertEquals(own, notices.getLastRowNum(), "the unit admin exports all of its unit's notices, no other's");
        String title = Fixtures.text("SELECT title FROM notice WHERE owner_id = ? AND fixed_price IS NOT NULL "
                + "ORDER BY id LIMIT 1", Fixtures.orgOf("owner01"));
        Row n = null;
        for (Row r : notices) {
            if (r.getRowNum() > 0 && title.equals(r.getCell(1).getStringCellValue())) {
                n = r;
            }
        }
        assertNotNull(n, "the notice " + title);
        assertEquals(CellType.NUMERIC, n.getCell(7).getCellType(), "a fee is a number cell");
        assertEquals(CellType.NUMERIC, n.getCell(0).getCellType(), "the notice number too");

        XSSFSheet all = exported("regulator01", "NOTICES", "{\"status\":\"DELIVERED\"}");
        assertEquals(Fixtures.number("SELECT COUNT(*) FROM notice WHERE status = 'DELIVERED'"), all.getLastRowNum(),
                "a regulator exports every notice, filtered by status");

        XSSFSheet results = exported("owner01", "RESULTS", "{}");
        assertEquals(Fixtures.number("SELECT COUNT(*) FROM selection_result s JOIN notice n ON n.id = s.notice_id "
                + "WHERE n.owner_id = ?", Fixtures.orgOf("owner01")), results.getLastRowNum());
        assertEquals(Texts.zh("selection.winner"), results.getRow(0).getCell(6).getStringCellValue());

        XSSFSheet credit = exported("regulator01", "CREDIT_LIST", "{}");
        assertEquals(Fixtures.number("SELECT COUNT(*) FROM credit_list_entry"), credit.getLastRowNum());
        if (credit.getLastRowNum() > 0) {
            assertTrue(DateUtil.isCellDateFormatted(credit.getRow(1).getCell(5)), "the start date is a date cell");
        }

        XSSFSheet audit = exported("operator01", "AUDIT_LOG", "{\"action\":\"EXPORT_REQUESTED\"}");
        assertTrue(audit.getLastRowNum() >= 5, "the exports above were audited: " + audit.getLastRowNum());
        for (Row r : audit) {
            if (r.getRowNum() > 0) {
                assertEquals("EXPORT_REQUESTED", r.getCell(3).getStringCellValue(), "the page's filter applies");
                assertTrue(DateUtil.isCellDateFormatted(r.getCell(1)));
            }
        }
        assertEquals(403, as("firm01").postJson("/api/exports", "{\"kind\":\"NOTICES\"}").statusCode());
        assertEquals(403, as("owner01").postJson("/api/exports", "{\"kind\":\"AUDIT_LOG\"}").statusCode());
        assertEquals(403, as("operator01").postJson("/api/exports", "{\"kind\":\"CREDIT_LIST\"}").statusCode());
        assertEquals(400, as("regulator01").postJson("/api/exports",
                "{\"kind\":\"NOTICES\",\"parameters\":{\"status\":\"NOPE\"}}").statusCode());
    }

    @Test
    void overTheRowLimitTheExportIsTooLargeWithAClearMessage() throws Exception {
        WebClient operator = as("operator01");
        setMaxRows(operator, "1");
        try {
            long id = queue(operator, "FIRMS");
            String job = finished(operator, id);
            assertTrue(job.contains("\"TOO_LARGE\""), job);
            assertTrue(job.contains("export.error.tooLarge"), job);
            assertEquals(400, operator.getBytes("/api/exports/" + id + "/file").statusCode(), "no file");
            assertTrue(operator.get("/account/exports.xhtml").body().contains(Texts.zh("export.error.tooLarge")),
                    "the exports page says why");
        } finally {
            setMaxRows(operator, "");
        }
        assertEquals("100000", Fixtures.text("SELECT value FROM setting WHERE setting_key = 'export.max-rows'"));
    }

    /** Changes (or with "" resets) {@code export.max-rows} on the operator's settings page. */
    static void setMaxRows(WebClient operator, String value) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("key", "export.max-rows");
        f.put("version", String.valueOf(Fixtures.number("SELECT version FROM setting WHERE setting_key = 'export.max-rows'")));
        f.put("value", value);
        f.put(value.isEmpty() ? "reset" : "save", "x");
        HttpResponse<String> r = operator.postForm("/operator/settings.xhtml", "editForm", f);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(value.isEmpty() ? "100000" : value,
                Fixtures.text("SELECT value FROM setting WHERE setting_key = 'export.max-rows'"), "the setting changed");
    }
}
