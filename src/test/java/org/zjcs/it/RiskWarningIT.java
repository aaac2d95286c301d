package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.text;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Risk warnings over HTTP, from facts made through the real flow: a lowest-price notice whose three opened prices all
 * lie within 2 % under its ceiling (60,000: 59,500, 59,000 and 58,900 ≥ 58,800) gives, on a regulator's scan, one
 * open CEILING warning on the notice with the prices as its evidence (API and page); a rescan refreshes it and raises
 * nothing twice; marking it checked needs a note and is audited; after that a rescan of the same facts raises nothing;
 * a firm may neither read nor scan.
 */
class RiskWarningIT {

    static final long ITEM = 3;

    static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    static JsonObject ceilingWarningOf(WebClient regulator, long notice, String state) {
        HttpResponse<String> r = regulator.get("/api/supervision/risks?rule=CEILING&state=" + state);
        assertEquals(200, r.statusCode(), r.body());
        for (JsonValue v : json(r).getJsonArray("items")) {
            JsonObject w = v.asJsonObject();
            if (w.getString("subjectKind").equals("NOTICE") && w.getString("subjectKey").equals(String.valueOf(notice))) {
                return w;
            }
        }
        return null;
    }

    static long warningsOfNotice(long notice) throws Exception {
        return number("SELECT COUNT(*) FROM risk_warning WHERE rule_code = 'CEILING' AND subject_kind = 'NOTICE' "
                + "AND subject_key = ?", String.valueOf(notice));
    }

    @Test
    void pricesJustUnderTheCeilingRaiseOneWarningThatARegulatorChecksWithANote() throws Exception {
        WebClient owner = as("owner01");
        String title = "风险预警报价贴近限价 " + System.nanoTime();
        long notice = Fixtures.publish(owner, title, ITEM, "LOWEST_PRICE", null, "50000", "60000", 1);
        String[] prices = {"59500", "59000", "58900"};
        for (String p : prices) {
            String firm = Fixtures.firm(ITEM);
            HttpResponse<String> bid = as(firm).postJson("/api/notices/" + notice + "/bids", "{\"price\": " + p + "}");
            assertEquals(201, bid.statusCode(), bid.body());
        }
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");

        WebClient regulator = as("regulator01");
        HttpResponse<String> scan = regulator.postJson("/api/supervision/risks/scan", "");
        assertEquals(200, scan.statusCode(), scan.body());
        JsonObject w = ceilingWarningOf(regulator, notice, "OPEN");
        assertNotNull(w, "an open CEILING warning on notice " + notice);
        long id = w.getJsonNumber("id").longValue();
        JsonObject figures = w.getJsonObject("figures");
        assertEquals("3", figures.getString("bids"));
        assertEquals("3", figures.getString("inBand"));
        assertEquals("100%", figures.getString("share"));
        String rows = w.getJsonArray("rows").toString();
        for (String p : prices) {
            assertTrue(rows.contains("\"" + p + ".00\""), rows);
        }
        assertTrue(rows.contains(title), rows);

        // a rescan refreshes the open warning; it is never raised twice
        String refreshed = text("SELECT refreshed_at FROM risk_warning WHERE id = ?", id);
        assertEquals(200, regulator.postJson("/api/supervision/risks/scan", "").statusCode());
        assertEquals(1, warningsOfNotice(notice));
        assertFalse(refreshed.equals(text("SELECT refreshed_at FROM risk_warning WHERE id = ?", id)), "evidence refreshed");

        // the page shows the evidence as a table, in the reader's language
        String page = regulator.get("/regulator/risks.xhtml?id=" + id).body();
        assertTrue(page.contains(Texts.zh("risk.rule.CEILING")), page);
        assertTrue(page.contains("59500.00") && page.contains(Texts.zh("risk.col.ceiling")), page);
        WebClient en = as("regulator01");
        en.getFollowing("/?lang=en");
        String english = en.get("/regulator/risks.xhtml?id=" + id).body();
        assertTrue(english.contains(Texts.en("risk.col.ceiling")), english);

        // the note is required; nothing changes without it
        HttpResponse<String> noNote = regulator.postForm("/regulator/risks.xhtml?id=" + id, "check",
                Map.of("note", "  ", "save", "x"));
        assertTrue(noNote.body().contains(Texts.zh("risk.error.noteRequired")), noNote.body());
        assertEquals("OPEN", text("SELECT state FROM risk_warning WHERE id = ?", id));
        HttpResponse<String> apiNoNote = regulator.postJson("/api/supervision/risks/" + id + "/check", "{\"note\":\"\"}");
        assertEquals(400, apiNoNote.statusCode(), apiNoNote.body());
        assertTrue(apiNoNote.body().contains("risk.error.noteRequired"), apiNoNote.body());

        String note = "已核查：三家报价接近限价，系市场行情所致 " + System.nanoTime();
        HttpResponse<String> checked = regulator.postForm("/regulator/risks.xhtml?id=" + id, "check",
                Map.of("note", note, "save", "x"));
        assertTrue(checked.body().contains(Texts.zh("risk.checked")), checked.body());
        assertEquals("CHECKED", text("SELECT state FROM risk_warning WHERE id = ?", id));
        assertEquals(note, text("SELECT checked_note FROM risk_warning WHERE id = ?", id));
        assertEquals("regulator01", text("SELECT checked_by FROM risk_warning WHERE id = ?", id));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'RISK_WARNING_CHECKED' AND object_id = ?",
                String.valueOf(id)));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'RISK_WARNING_RAISED' AND object_id = ?",
                String.valueOf(id)));
        HttpResponse<String> again = regulator.postJson("/api/supervision/risks/" + id + "/check", "{\"note\":\"再次\"}");
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("risk.error.notOpen"), again.body());

        // the same facts, checked: a rescan raises nothing new
        assertEquals(200, regulator.postJson("/api/supervision/risks/scan", "").statusCode());
        assertEquals(1, warningsOfNotice(notice));

        // firms (and other roles) may not read or scan
        WebClient firm = as("firm01");
        assertEquals(403, firm.get("/api/supervision/risks").statusCode());
        assertEquals(403, firm.postJson("/api/supervision/risks/scan", "").statusCode());
        assertEquals(403, firm.get("/regulator/risks.xhtml").statusCode());
    }

    @Test
    void theDemoShowsAnOpenAndACheckedWarningAndFiltersRefuseUnknownValues() throws Exception {
        WebClient regulator = as("regulator01");
        String open = regulator.get("/regulator/risks.xhtml?id=174001").body();
        assertTrue(open.contains(Texts.zh("risk.rule.DIRECT_PICK")) && open.contains("八府庄片区口袋公园建设项目水土保持方案编制"), open);
        String checked = regulator.get("/regulator/risks.xhtml?id=174002").body();
        assertTrue(checked.contains("已核查：两次撤销") && checked.contains("互助路立交周边绿化提升工程水土保持方案编制"), checked);
        String list = regulator.get("/regulator/risks.xhtml?state=CHECKED").body();
        assertTrue(list.contains(Texts.zh("risk.rule.LATE_CANCEL")), list);
        HttpResponse<String> bad = regulator.get("/api/supervision/risks?rule=NOPE");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("risk.error.rule"), bad.body());
        // the late cancellations of the demo were checked already: a scan does not raise them again
        assertEquals(200, regulator.postJson("/api/supervision/risks/scan", "").statusCode());
        assertEquals(0, number("SELECT COUNT(*) FROM risk_warning WHERE rule_code = 'LATE_CANCEL' AND subject_key = '2001' "
                + "AND state = 'OPEN' AND evidence NOT LIKE '%\"174001\"%'"));
        assertEquals(1, number("SELECT COUNT(*) FROM risk_warning WHERE open_key = 'DIRECT_PICK|OWNER|2001'"));
    }
}
