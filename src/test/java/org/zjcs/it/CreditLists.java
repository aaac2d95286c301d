package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/** Helpers of the credit list tests: list a firm on the regulator's page, entries made directly, today in Beijing. */
final class CreditLists {

    static final String LISTS = "/regulator/credit-lists.xhtml";

    private CreditLists() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Posts the regulator's add form (blank values are sent as empty fields); the response. */
    static HttpResponse<String> post(WebClient regulator, Object firmId, String kind, String reason, String legalBasis,
                                     LocalDate start, LocalDate end, Path... files) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("firm", firmId == null ? "" : String.valueOf(firmId));
        f.put("kind", kind);
        f.put("reason", reason == null ? "" : reason);
        f.put("legalBasis", legalBasis == null ? "" : legalBasis);
        f.put("startDate", start == null ? "" : start.toString());
        f.put("endDate", end == null ? "" : end.toString());
        f.put("save", "x");
        List<Map.Entry<String, Path>> uploads = new ArrayList<>();
        for (Path file : files) {
            uploads.add(Map.entry("files", file));
        }
        return regulator.postMultipart(LISTS, "entry", f, uploads);
    }

    /** Lists a firm on the page with one PDF; the new entry's id. */
    static long list(WebClient regulator, long firmId, String kind, String reason, LocalDate start, LocalDate end)
            throws Exception {
        long before = Fixtures.number("SELECT COUNT(*) FROM credit_list_entry WHERE firm_id = ?", firmId);
        HttpResponse<String> r = post(regulator, firmId, kind, reason, "Rule 28 of the procurement measures", start, end,
                TestFiles.pdf("evidence.pdf"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(before + 1, Fixtures.number("SELECT COUNT(*) FROM credit_list_entry WHERE firm_id = ?", firmId), r.body());
        return Fixtures.number("SELECT MAX(id) FROM credit_list_entry WHERE firm_id = ?", firmId);
    }

    /** A black entry made directly in the database (start and end as given); its id. */
    static long black(long firmId, LocalDate start, LocalDate end) throws Exception {
        Fixtures.sql("INSERT INTO credit_list_entry (firm_id, kind, reason, legal_basis, start_date, end_date, created_at, "
                + "created_by) VALUES (?, 'BLACK', ?, 'Rule 28', ?, ?, UTC_TIMESTAMP(6), 'test')", firmId,
                "Forged references " + System.nanoTime(), start, end);
        return Fixtures.number("SELECT MAX(id) FROM credit_list_entry WHERE firm_id = ?", firmId);
    }

    /** The firm applies for credit repair of the entry on its credit page with one PDF; the response. */
    static HttpResponse<String> applyForRepair(WebClient firm, long entryId, String reason) throws Exception {
        return firm.postMultipart("/firm/credit.xhtml", "repair",
                Map.of("entry", String.valueOf(entryId), "reason", reason, "submit", "x"),
                Map.of("files", TestFiles.pdf("rectification.pdf")));
    }

    /** A regulator approves ({@code approve}) or refuses the application on the repairs page; the response. */
    static HttpResponse<String> decide(WebClient regulator, long repairId, String note, boolean approve) {
        return regulator.postForm("/regulator/credit-repairs.xhtml?id=" + repairId, "decide",
                Map.of("note", note, approve ? "approve" : "refuse", "x"));
    }
}
