package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.text;

import java.time.Duration;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The versioned credit rule table (docs/credit.md): public over REST and on credit-rules.xhtml; a regulator publishes a
 * new version (the form on regulator/credit-rules.xhtml is prefilled with the points in force), the earlier versions
 * never change, a change in place is refused with 409 and changes nothing, and events recorded after the new version
 * takes effect name it with its points.
 */
class CreditRulesIT {

    static final Pattern POINTS = Pattern.compile("\"points\":\\{([^}]*)}");

    /** The rule table as stored: every version's number, effective time, note and points, for "nothing changed". */
    static String snapshot() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT v.version_no, v.effective_from, v.note, "
                + "r.code, r.points FROM credit_rule_version v JOIN credit_rule r ON r.version_id = v.id "
                + "ORDER BY v.version_no, r.code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.append(rs.getInt(1)).append('|').append(rs.getString(2)).append('|').append(rs.getString(3)).append('|')
                        .append(rs.getString(4)).append('=').append(rs.getInt(5)).append(';');
            }
        }
        return out.toString();
    }

    /** The number of the version in force as the API gives it (the first version object is the one in force). */
    static long versionInForce() {
        Matcher m = Pattern.compile("\"versionNo\":(\\d+)").matcher(new WebClient().get("/api/credit/rules").body().replace(" ", ""));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    static long newest() throws Exception {
        return number("SELECT MAX(version_no) FROM credit_rule_version");
    }

    /** The points object of the version in force, as the API gives it ({"CODE":n,...}). */
    static String pointsInForce(WebClient web) {
        HttpResponse<String> r = web.get("/api/credit/rules");
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = POINTS.matcher(r.body().replace(" ", ""));
        assertTrue(m.find(), r.body());
        return "{" + m.group(1) + "}";
    }

    @Test
    void theTableIsPublicInBothLanguages() {
        WebClient anyone = new WebClient();
        HttpResponse<String> rules = anyone.get("/api/credit/rules");
        assertEquals(200, rules.statusCode(), rules.body());
        String json = rules.body().replace(" ", "");
        assertTrue(json.contains("\"inForce\":{") && json.contains("\"versions\":[") && json.contains("\"versionNo\":1"), json);
        assertTrue(json.contains("\"AWARD_DECLINED\":"), json);
        String zh = anyone.get("/credit-rules.xhtml").body();
        assertTrue(zh.contains(Texts.zh("credit.rules.title")), zh);
        assertTrue(zh.contains(Texts.zh("credit.code.CONTRACT_FILED_LATE")) && zh.contains("id=\"rule-CONTRACT_FILED_LATE\""), zh);
        assertTrue(zh.contains("id=\"version-1\""), "every version is listed");
        String en = anyone.getFollowing("/credit-rules.xhtml?lang=en").body();
        assertTrue(en.contains(Texts.en("credit.code.CONTRACT_FILED_LATE")), en);
        assertFalse(en.contains(Texts.zh("credit.code.CONTRACT_FILED_LATE")), "no Chinese label on the English page");
    }

    @Test
    void aChangeInPlaceIsRefusedAPublishedVersionIsNewAndLaterEventsNameItWithItsPoints() throws Exception {
        WebClient regulator = as("regulator01");
        String before = snapshot();
        long v1 = newest();

        // a change in place: refused, whoever asks, and nothing changes
        String body = "{\"points\": " + pointsInForce(regulator) + ", \"note\": \"edit\"}";
        HttpResponse<String> put = regulator.sendJson("PUT", "/api/credit/rule-versions/" + v1, body);
        assertEquals(409, put.statusCode(), put.body());
        assertTrue(put.body().contains("\"credit.rules.error.immutable\""), put.body());
        assertTrue(put.body().contains(Texts.zh("credit.rules.error.immutable")), put.body());
        assertEquals(404, regulator.sendJson("PUT", "/api/credit/rule-versions/999", body).statusCode());
        assertEquals(401, new WebClient().sendJson("PUT", "/api/credit/rule-versions/" + v1, body).statusCode());
        assertEquals(403, as("owner01").sendJson("PUT", "/api/credit/rule-versions/" + v1, body).statusCode());
        assertEquals(before, snapshot(), "nothing changed");

        // the regulator's form is prefilled with the points in force
        String form = regulator.get("/regulator/credit-rules.xhtml").body();
        long late = number("SELECT r.points FROM credit_rule r JOIN credit_rule_version v ON v.id = r.version_id "
                + "WHERE v.version_no = ? AND r.code = 'CONTRACT_FILED_LATE'", v1);
        assertTrue(form.contains(Texts.zh("credit.code.CONTRACT_FILED_LATE")), form);
        assertTrue(form.contains("value=\"" + late + "\""), "prefilled: " + late);
        assertTrue(regulator.get("/regulator/index.xhtml").body().contains("id=\"tool-credit-rules\""));
        assertEquals(403, as("owner01").get("/regulator/credit-rules.xhtml").statusCode());

        // refusals store nothing
        String points = pointsInForce(regulator);
        assertEquals(403, as("owner01").postJson("/api/credit/rule-versions", body).statusCode());
        HttpResponse<String> noNote = regulator.postJson("/api/credit/rule-versions", "{\"points\": " + points + ", \"note\": \" \"}");
        assertEquals(400, noNote.statusCode(), noNote.body());
        assertTrue(noNote.body().contains("credit.rules.error.noteRequired"));
        HttpResponse<String> same = regulator.postJson("/api/credit/rule-versions", "{\"points\": " + points + ", \"note\": \"same\"}");
        assertTrue(same.body().contains("credit.rules.error.unchanged"), same.body());
        HttpResponse<String> past = regulator.postJson("/api/credit/rule-versions", "{\"points\": "
                + points.replace("\"CONTRACT_FILED_LATE\":" + late, "\"CONTRACT_FILED_LATE\":" + (late - 1))
                + ", \"effectiveFrom\": \"2026-01-01T00:00:00Z\", \"note\": \"backdated\"}");
        assertTrue(past.body().contains("credit.rules.error.backdated"), past.body());
        HttpResponse<String> unknown = regulator.postJson("/api/credit/rule-versions",
                "{\"points\": {\"NO_SUCH\": 1}, \"note\": \"unknown\"}");
        assertTrue(unknown.body().contains("credit.rules.error.unknownCode"), unknown.body());
        assertEquals(before, snapshot(), "nothing stored");

        // a new version, effective at once: the next number; the earlier ones unchanged
        long changed = late - 1;
        HttpResponse<String> published = regulator.postJson("/api/credit/rule-versions", "{\"points\": "
                + points.replace("\"CONTRACT_FILED_LATE\":" + late, "\"CONTRACT_FILED_LATE\":" + changed)
                + ", \"note\": \"Late filing costs one point more\"}");
        assertEquals(201, published.statusCode(), published.body());
        long v2 = v1 + 1;
        assertEquals(v2, newest());
        assertTrue(published.body().replace(" ", "").contains("\"versionNo\":" + v2), published.body());
        assertTrue(snapshot().startsWith(before), "the earlier versions are unchanged");
        assertEquals(late, number("SELECT r.points FROM credit_rule r JOIN credit_rule_version v ON v.id = r.version_id "
                + "WHERE v.version_no = ? AND r.code = 'CONTRACT_FILED_LATE'", v1));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREDIT_RULES_PUBLISHED' AND details LIKE ?",
                "%\"version\":\"" + v2 + "\"%"));
        assertEquals(v2, versionInForce(), "in force at once");
        String page = new WebClient().get("/credit-rules.xhtml").body();
        assertTrue(page.contains("id=\"version-" + v2 + "\"") && page.contains("id=\"version-" + v1 + "\""), "both listed");
        assertTrue(page.contains("Late filing costs one point more"));

        // an event recorded now names the new version with its points
        Object[] a = ContractIT.awarded("Credit rules v" + v2);
        long notice = (long) a[0];
        // the contract comes 30 days after the award (past its filing time limit)
        TestClock.advance(Duration.ofDays(30));
        assertTrue(ContractIT.upload(as((String) a[1]), notice, ContractIT.terms("52000", "2026-12-01", "2026-12-31"),
                TestFiles.pdf("contract.pdf")).body().contains(Texts.zh("contract.submitted")));
        assertTrue(as("owner01").postForm(ContractIT.page(notice), "answer", Map.of("confirm", "x")).body()
                .contains(Texts.zh("contract.confirmed")));
        long firm = orgOf((String) a[1]);
        assertEquals(v2, number("SELECT v.version_no FROM credit_event e JOIN credit_rule_version v ON v.id = e.rule_version_id "
                + "WHERE e.firm_id = ? AND e.code = 'CONTRACT_FILED_LATE'", firm));
        assertEquals(changed, number("SELECT points FROM credit_event WHERE firm_id = ? AND code = 'CONTRACT_FILED_LATE'", firm));
        assertTrue(new WebClient().get("/api/credit/firms/" + firm).body().replace(" ", "")
                .matches(".*\"score\":" + (100 + changed) + "[,}].*"), "the score follows");
    }
}
