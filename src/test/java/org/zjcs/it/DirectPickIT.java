package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.status;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The direct pick over REST (POST /api/notices/{id}/direct-pick): only the notice's owner, only an enrolled firm, only
 * once; the pick is announced with its proof like any selection.
 */
class DirectPickIT {

    static String pick(long notice) {
        return "/api/notices/" + notice + "/direct-pick";
    }

    static String firm(long id) {
        return "{\"firmId\": " + id + "}";
    }

    static void refused(HttpResponse<String> r, String key) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"code\":\"" + key + "\""), r.body());
        assertTrue(r.body().contains(Texts.zh(key)), r.body());
    }

    @Test
    void theOwnerPicksAnEnrolledFirmOnceAndNobodyElseMay() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Direct pick API " + System.nanoTime(), SelectionIT.ITEM, "DIRECT_PICK", "60000",
                null, null, 1);
        List<String> firms = Fixtures.firms(2, SelectionIT.ITEM);
        firms.forEach(f -> SelectionIT.enrol(f, notice, "{}"));
        String outsider = Fixtures.firm(SelectionIT.ITEM);

        refused(owner.postJson(pick(notice), firm(orgOf(firms.get(0)))), "selection.error.notClosed");

        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "CLOSED");

        refused(owner.postJson(pick(notice), firm(orgOf(outsider))), "selection.error.directPickNotEnrolled");
        refused(owner.postJson(pick(notice), "{}"), "selection.error.directPickFirmRequired");
        // another owner (owner02: a member of owner01's unit, neither its admin nor the notice's author), a firm, nobody
        HttpResponse<String> member = as("owner02").postJson(pick(notice), firm(orgOf(firms.get(0))));
        assertEquals(404, member.statusCode(), member.body()); // looks absent (authorization matrix)
        assertTrue(member.body().contains("\"notice.error.notFound\""), member.body());
        HttpResponse<String> asFirm = as(firms.get(0)).postJson(pick(notice), firm(orgOf(firms.get(0))));
        assertEquals(403, asFirm.statusCode(), asFirm.body());
        assertTrue(asFirm.body().contains("security.error.forbidden"), asFirm.body());
        HttpResponse<String> anonymous = new WebClient().postJson(pick(notice), firm(orgOf(firms.get(0))));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.body().contains("security.error.loginRequired"), anonymous.body());
        assertEquals("CLOSED", status(notice));
        assertEquals(0, number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice), "nothing stored");

        // an enrolled firm suspended since it enrolled fails today's re-check
        Fixtures.sql("UPDATE organisation SET status = 'SUSPENDED' WHERE id = ?", orgOf(firms.get(0)));
        refused(owner.postJson(pick(notice), firm(orgOf(firms.get(0)))), "selection.error.directPickNotEligible");
        assertEquals("CLOSED", status(notice));
        assertEquals(0, number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice), "still nothing stored");

        long chosen = orgOf(firms.get(1));
        HttpResponse<String> picked = owner.postJson(pick(notice), firm(chosen));
        assertEquals(200, picked.statusCode(), picked.body());
        assertTrue(picked.body().contains("\"round\":1"), picked.body());
        assertTrue(picked.body().contains("\"status\":\"SELECTED\""), picked.body());
        assertTrue(picked.body().contains("\"winnerFirmId\":" + chosen), picked.body());
        Matcher hash = Pattern.compile("\"proofHash\":\"([0-9a-f]{64})\"").matcher(picked.body());
        assertTrue(hash.find(), picked.body());
        assertEquals("ANNOUNCED", status(notice));
        assertEquals(chosen, number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ?", notice));
        assertEquals(hash.group(1), Fixtures.text("SELECT proof_hash FROM selection_result WHERE notice_id = ?", notice));
        assertEquals(1, number("SELECT COUNT(*) FROM announcement WHERE notice_id = ? AND kind = 'RESULT'", notice));

        refused(owner.postJson(pick(notice), firm(orgOf(firms.get(0)))), "selection.error.notClosed");
        assertEquals(1, number("SELECT COUNT(*) FROM selection_result WHERE notice_id = ?", notice), "picked once");
        assertEquals(chosen, number("SELECT winner_firm_id FROM selection_result WHERE notice_id = ?", notice));
    }

    @Test
    void theOpenApiDocumentDescribesTheDirectPick() {
        HttpResponse<String> r = new WebClient().get("/openapi");
        assertEquals(200, r.statusCode());
        int at = r.body().indexOf("/api/notices/{id}/direct-pick:");
        assertTrue(at > 0, r.body());
        String path = r.body().substring(at, Math.min(r.body().length(), at + 3000));
        assertTrue(path.contains("DirectPickRequest") && path.contains("DirectPickResult"), path);
    }

    @Test
    void aRandomDrawNoticeIsNotPickedDirectly() throws Exception {
        WebClient owner = as("owner01");
        long notice = Fixtures.publish(owner, "Direct pick refused " + System.nanoTime(), SelectionIT.ITEM, "RANDOM_DRAW",
                "60000", null, null, 3);
        String f = Fixtures.firm(SelectionIT.ITEM);
        SelectionIT.enrol(f, notice, "{}");
        refused(owner.postJson(pick(notice), firm(orgOf(f))), "selection.error.notDirectPick");
        assertEquals("PUBLISHED", status(notice));
    }
}
