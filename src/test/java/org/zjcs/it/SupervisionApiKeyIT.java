package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The supervision API key: a regulator issues one on regulator/api-keys.xhtml (shown once, stored hashed); with it a
 * provincial platform GETs /api/supervision/... as that regulator organisation; any other method is 403; a revoked, an
 * unknown or a department's key is 401; the key reaches nothing outside /api/supervision/.
 */
class SupervisionApiKeyIT {

    static final String DEMO_KEY = "zjsv_demo_provincial_platform_key";
    static final String DEPARTMENT_KEY = "zjcs_demo_xincheng_approval_key";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern ISSUED = Pattern.compile("id=\"issued-key\"[^>]*>(zjsv_[A-Za-z0-9_-]{43})<");

    static HttpResponse<String> call(String method, String key, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN").header("Content-Type", "application/json")
                .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        }
    }

    @Test
    void theDemoKeyReadsAsTheRegulatorAndOnlyReads() {
        HttpResponse<String> list = call("GET", DEMO_KEY, "/api/supervision/risks");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"id\":174001") || list.body().contains("\"next\""), list.body());
        assertEquals(200, call("GET", DEMO_KEY, "/api/supervision/risks/174001").statusCode());
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            HttpResponse<String> write = call(method, DEMO_KEY, "/api/supervision/risks/scan");
            assertEquals(403, write.statusCode(), method + " " + write.body());
            assertTrue(write.body().contains("risk.apiKey.error.readOnly"), write.body());
        }
        assertEquals(403, call("POST", DEMO_KEY, "/api/supervision/risks/174001/check").statusCode());
        // the key has no scope outside /api/supervision/: there it is no login at all
        assertEquals(401, call("GET", DEMO_KEY, "/api/complaints/queue").statusCode());
        assertEquals(401, call("GET", DEMO_KEY, "/api/approval-cases/XCSP-2026-001402").statusCode());
    }

    @Test
    void unknownAndDepartmentKeysAre401AndNoKeyIsTheSessionAsBefore() {
        HttpResponse<String> unknown = call("GET", "zjsv_not_a_key", "/api/supervision/risks");
        assertEquals(401, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("api.error.key"), unknown.body());
        assertTrue(unknown.headers().firstValue("WWW-Authenticate").orElse("").contains("X-Api-Key"));
        assertEquals(401, call("GET", DEPARTMENT_KEY, "/api/supervision/risks").statusCode());
        assertEquals(401, call("POST", DEPARTMENT_KEY, "/api/supervision/risks/scan").statusCode());
        assertEquals(401, call("GET", null, "/api/supervision/risks").statusCode());
        assertEquals(200, as("regulator01").get("/api/supervision/risks").statusCode());
    }

    @Test
    void aRegulatorIssuesAKeyShownOnceAndRevokesIt() throws Exception {
        WebClient regulator = as("regulator01");
        String label = "省平台联调 " + System.nanoTime();
        HttpResponse<String> issued = regulator.postForm("/regulator/api-keys.xhtml", "issue", Map.of("label", label, "save", "x"));
        Matcher m = ISSUED.matcher(issued.body());
        assertTrue(m.find(), issued.body());
        String key = m.group(1);
        assertEquals(1, number("SELECT COUNT(*) FROM supervision_api_key WHERE label = ? AND regulator_id = 4001 "
                + "AND key_hash = SHA2(?, 256)", label, key));
        assertEquals(0, number("SELECT COUNT(*) FROM supervision_api_key WHERE key_hash = ?", key));
        assertTrue(!regulator.get("/regulator/api-keys.xhtml").body().contains(key), "the key is shown once");
        assertEquals(200, call("GET", key, "/api/supervision/risks").statusCode());
        long keyId = number("SELECT id FROM supervision_api_key WHERE label = ?", label);
        assertEquals(1, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'SUPERVISION_API_KEY_ISSUED' AND object_id = ?",
                String.valueOf(keyId)));

        // the newest key is the first row of the list
        HttpResponse<String> revoked = regulator.postForm("/regulator/api-keys.xhtml", "keys", Map.of("list:0:revoke", "x"));
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(1, number("SELECT COUNT(*) FROM supervision_api_key WHERE label = ? AND revoked_at IS NOT NULL", label));
        HttpResponse<String> after = call("GET", key, "/api/supervision/risks");
        assertEquals(401, after.statusCode(), after.body());

        // a label is required; a firm reaches neither the page nor the key list
        HttpResponse<String> noLabel = regulator.postForm("/regulator/api-keys.xhtml", "issue", Map.of("label", " ", "save", "x"));
        assertTrue(noLabel.body().contains(org.zjcs.support.Texts.zh("risk.apiKey.error.label", 100)), noLabel.body());
        assertEquals(403, as("firm01").get("/regulator/api-keys.xhtml").statusCode());
    }
}
