package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.crypto.Sha256;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Approval cases over HTTP: the departments' push API with its API keys (issued and revoked on the operator's page,
 * kept hashed), every bad input refused with its message, and who sees which case — the owner of the credit code and
 * the staff of the case's department only, on the pages and through the API.
 */
class ApprovalCaseIT {

    private static final String API = "/api/approval-cases";
    private static final String OWNER_PAGE = "/owner/cases.xhtml";
    private static final String DEPARTMENT_PAGE = "/approval/cases.xhtml";
    private static final String KEYS_PAGE = "/operator/api-keys.xhtml";
    /** owner01's unit (organisation 2001). */
    private static final String OWNER_CODE = "91610102MA6U2K30XK";
    private static final long DEPARTMENT_X = 3001;
    private static final Pattern ISSUED_KEY = Pattern.compile("<code id=\"issued-key\"[^>]*>(zjcs_[A-Za-z0-9_-]{43})</code>");
    private static final Pattern DATA_ROW = Pattern.compile("<tr[^>]*data-ri=\"(\\d+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static String suffix;
    /** A key of department X (approver01's) and one of department Y, both known here by their plaintext. */
    private static String keyX;
    private static String keyY;
    private static long departmentY;
    private static String approverY;
    private static String ownerB;
    private static String ownerBCode;

    @BeforeAll
    static void departmentsAndKeys() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Connection c = It.db()) {
            departmentY = insert(c, "INSERT INTO organisation (name, kind, credit_code, status, created_at) "
                    + "VALUES (?, 'DEPARTMENT', NULL, 'ACTIVE', UTC_TIMESTAMP(6))", "Department Y " + suffix);
            approverY = "approvery" + suffix.toLowerCase();
            long user = insert(c, "INSERT INTO user_account (username, password_hash, display_name, organisation_id, status, "
                    + "created_at) SELECT ?, password_hash, 'Y', ?, 'ACTIVE', UTC_TIMESTAMP(6) FROM user_account "
                    + "WHERE username = 'approver01'", approverY, departmentY);
            execute(c, "INSERT INTO user_role (user_id, role) VALUES (?, 'APPROVER')", user);

            ownerBCode = TestFiles.creditCode();
            long orgB = insert(c, "INSERT INTO organisation (name, kind, credit_code, status, created_at) "
                    + "VALUES (?, 'OWNER', ?, 'ACTIVE', UTC_TIMESTAMP(6))", "Owner B " + suffix, ownerBCode);
            ownerB = "ownerb" + suffix.toLowerCase();
            long userB = insert(c, "INSERT INTO user_account (username, password_hash, display_name, organisation_id, status, "
                    + "created_at, unit_admin) SELECT ?, password_hash, 'B', ?, 'ACTIVE', UTC_TIMESTAMP(6), TRUE "
                    + "FROM user_account WHERE username = 'owner01'", ownerB, orgB);
            execute(c, "INSERT INTO user_role (user_id, role) VALUES (?, 'OWNER')", userB);

            keyX = "zjcs_testX" + suffix + UUID.randomUUID().toString().replace("-", "");
            keyY = "zjcs_testY" + suffix + UUID.randomUUID().toString().replace("-", "");
            for (Object[] k : new Object[][] {{DEPARTMENT_X, keyX}, {departmentY, keyY}}) {
                execute(c, "INSERT INTO department_api_key (department_id, key_hash, label, created_at, created_by) "
                        + "VALUES (?, ?, 'test system', UTC_TIMESTAMP(6), 'test')", k[0], Sha256.hex((String) k[1]));
            }
        }
    }

    private static long insert(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void execute(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static long count(String sql, Object... params) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String one(String sql, Object... params) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static WebClient as(String user) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(user, It.DEMO_PASSWORD).statusCode(), "login of " + user);
        return web;
    }

    // The REST API, as a department's system calls it

    private static String number(String tag) {
        return "SP-" + tag + "-" + suffix + "-" + (System.nanoTime() % 1_000_000);
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String body(String caseNumber, String projectName, String projectCode, String item, String ownerCode) {
        return "{\"caseNumber\":" + json(caseNumber) + ",\"projectName\":" + json(projectName) + ",\"projectCode\":"
                + json(projectCode) + ",\"approvalItem\":" + json(item) + ",\"ownerCreditCode\":" + json(ownerCode) + "}";
    }

    private static HttpResponse<String> push(String key, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.baseUrl() + API))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        return send(b);
    }

    private static HttpResponse<String> read(String key, String caseNumber) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(It.baseUrl() + API + "/" + caseNumber)).GET();
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void error(HttpResponse<String> r, int status, String code, String message) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON error");
        assertTrue(r.body().contains("\"code\":\"" + code + "\""), r.body());
        assertTrue(r.body().contains("\"message\":\"" + message + "\""), "expected the message " + message + " in " + r.body());
    }

    private static long cases(String caseNumber) throws Exception {
        return count("SELECT COUNT(*) FROM approval_case WHERE case_number = ?", caseNumber);
    }

    private static String thisYear() {
        return String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    }

    @Test
    void aPushedCaseIsStoredAndSeenByItsDepartmentAndItsOwnerOnly() throws Exception {
        String n = number("PUSH");
        String projectCode = thisYear() + "-610102-47-01-000123";
        HttpResponse<String> r = push(keyX, body(n, "新城区幸福路小学改扩建工程", projectCode, "建设项目环境影响评价文件审批", OWNER_CODE));
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith(API + "/" + n), "Location names the case");
        assertTrue(r.body().contains("\"caseNumber\":\"" + n + "\"") && r.body().contains("\"source\":\"API\"")
                && r.body().contains("\"projectCode\":\"" + projectCode + "\"")
                && r.body().contains("\"departmentId\":" + DEPARTMENT_X)
                && r.body().contains("新城区幸福路小学改扩建工程"), r.body());
        assertEquals(1, count("SELECT COUNT(*) FROM approval_case WHERE case_number = ? AND department_id = ? AND source = 'API' "
                + "AND owner_credit_code = ? AND project_code = ?", n, DEPARTMENT_X, OWNER_CODE, projectCode));
        String keyId = one("SELECT id FROM department_api_key WHERE key_hash = ?", Sha256.hex(keyX));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry a JOIN approval_case c ON a.object_id = CAST(c.id AS CHAR) "
                + "WHERE a.action = 'APPROVAL_CASE_REGISTERED' AND c.case_number = ? AND a.actor = ?", n, "api-key:" + keyId));

        // read back with the department's key; another department's key finds nothing
        HttpResponse<String> mine = read(keyX, n);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("\"caseNumber\":\"" + n + "\""));
        error(read(keyY, n), 404, "case.error.notFound", Texts.zh("case.error.notFound"));
        error(read(keyX, "NO-SUCH-" + suffix), 404, "case.error.notFound", Texts.zh("case.error.notFound"));

        // pages: approver01 (department X) and owner01 (the credit code) see it; department Y and owner B do not
        String department = as("approver01").get(DEPARTMENT_PAGE).body();
        assertTrue(department.contains(n) && department.contains(Texts.zh("case.source.API")), "approver01 sees the case");
        assertFalse(as(approverY).get(DEPARTMENT_PAGE).body().contains(n), "department Y does not see it");
        String owner = as("owner01").get(OWNER_PAGE).body();
        assertTrue(owner.contains(n) && owner.contains(projectCode), "owner01 sees the case pushed for its credit code");
        assertFalse(as(ownerB).get(OWNER_PAGE).body().contains(n), "owner B does not see it");
    }

    @Test
    void aMissingOrUnknownKeyIsRefusedWith401AndNothingIsStored() throws Exception {
        String n = number("NOKEY");
        String json = body(n, "Project", null, "Item", OWNER_CODE);
        String message = Texts.zh("api.error.key");
        long refusedBefore = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_KEY_REFUSED'");
        error(push(null, json), 401, "api.error.key", message);
        error(push("", json), 401, "api.error.key", message);
        String guessed = "zjcs_" + UUID.randomUUID();
        error(push(guessed, json), 401, "api.error.key", message);
        error(push(keyX + "x", json), 401, "api.error.key", message);
        error(read(null, n), 401, "api.error.key", message);
        assertEquals(0, cases(n));
        // the two presented wrong keys are security events: audited without the key, counted in the metrics
        assertEquals(refusedBefore + 2, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_KEY_REFUSED'"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ?", "%" + guessed.substring(5) + "%"));
        assertTrue(new WebClient().get("/metrics?scope=application").body()
                .contains("zjcs_security_events_total{event=\"api_key_refused\""), "counted in the metrics");
        // and the same body with the key is accepted: the refusals were about the key
        assertEquals(201, push(keyX, json).statusCode());
    }

    @Test
    void badInputIsRefusedWith400AndItsMessage() throws Exception {
        String n = number("BAD");
        String y = thisYear();
        error(push(keyX, body(n, "Project", y + "-610102-47-01-00012", "Item", OWNER_CODE)), 400,
                "case.error.projectCodeFormat", Texts.zh("case.error.projectCodeFormat", y + "-610102-47-01-00012"));
        error(push(keyX, body(n, "Project", y + "-999999-47-01-000123", "Item", OWNER_CODE)), 400,
                "case.error.projectCodeRegion", Texts.zh("case.error.projectCodeRegion", "999999"));
        error(push(keyX, body(n, "Project", "2013-610102-47-01-000123", "Item", OWNER_CODE)), 400,
                "case.error.projectCodeYear", Texts.zh("case.error.projectCodeYear", "2013"));
        error(push(keyX, body(n, "Project", y + "-610102-47-01-000000", "Item", OWNER_CODE)), 400,
                "case.error.projectCodeSerial", Texts.zh("case.error.projectCodeSerial", y + "-610102-47-01-000000"));
        error(push(keyX, body("ab", "Project", null, "Item", OWNER_CODE)), 400, "case.error.number", Texts.zh("case.error.number"));
        error(push(keyX, body(n, " ", null, "Item", OWNER_CODE)), 400, "case.error.projectName", Texts.zh("case.error.projectName", "200"));
        error(push(keyX, body(n, "Project", null, null, OWNER_CODE)), 400, "case.error.approvalItem", Texts.zh("case.error.approvalItem", "200"));
        HttpResponse<String> badOwner = push(keyX, body(n, "Project", null, "Item", "91610102MA6U2K30XA"));
        assertEquals(400, badOwner.statusCode(), badOwner.body());
        assertTrue(badOwner.body().contains("\"code\":\"creditCode.error."), badOwner.body());
        assertEquals(0, cases(n), "nothing stored");
    }

    @Test
    void aCaseNumberIsRegisteredOnce() throws Exception {
        String n = number("DUP");
        assertEquals(201, push(keyX, body(n, "Project", null, "Item", OWNER_CODE)).statusCode());
        error(push(keyX, body(n, "Another project", null, "Item", OWNER_CODE)), 409, "case.error.numberTaken",
                Texts.zh("case.error.numberTaken", n));
        error(push(keyY, body(n, "Another project", null, "Item", OWNER_CODE)), 409, "case.error.numberTaken",
                Texts.zh("case.error.numberTaken", n));
        assertEquals("Project", one("SELECT project_name FROM approval_case WHERE case_number = ?", n));
    }

    @Test
    void anotherDepartmentsCaseLooksAbsent() throws Exception {
        String n = number("OTHER");
        assertEquals(201, push(keyY, body(n, "Project of Y", null, "Item", ownerBCode)).statusCode());
        assertEquals(200, read(keyY, n).statusCode());
        error(read(keyX, n), 404, "case.error.notFound", Texts.zh("case.error.notFound"));
        assertFalse(as("approver01").get(DEPARTMENT_PAGE).body().contains(n), "approver01 does not see department Y's case");
        assertTrue(as(approverY).get(DEPARTMENT_PAGE).body().contains(n));
        assertTrue(as(ownerB).get(OWNER_PAGE).body().contains(n), "owner B sees the case pushed for its credit code");
        assertFalse(as("owner01").get(OWNER_PAGE).body().contains(n));
    }

    // The owner's page

    private static Map<String, String> caseForm(String number, String department, String projectCode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("caseNumber", number);
        f.put("department", department);
        f.put("projectName", "Owner project " + number);
        f.put("projectCode", projectCode);
        f.put("approvalItem", "Approval of the feasibility study");
        f.put("register", "x");
        return f;
    }

    @Test
    void anOwnerRegistersACaseThatOnlyItAndTheChosenDepartmentSee() throws Exception {
        WebClient owner = as("owner01");
        String n = number("OWN");
        String projectCode = thisYear() + "-610102-47-01-000777";
        HttpResponse<String> r = owner.postForm(OWNER_PAGE, "caseForm", caseForm(n, String.valueOf(DEPARTMENT_X), projectCode));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(Texts.zh("case.registered", n)), "confirmed on the page");
        assertTrue(r.body().contains(projectCode) && r.body().contains(Texts.zh("case.source.OWNER")), "listed");
        assertEquals(1, count("SELECT COUNT(*) FROM approval_case WHERE case_number = ? AND department_id = ? AND source = 'OWNER' "
                + "AND owner_credit_code = ? AND registered_by = 'owner01'", n, DEPARTMENT_X, OWNER_CODE));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry a JOIN approval_case c ON a.object_id = CAST(c.id AS CHAR) "
                + "WHERE a.action = 'APPROVAL_CASE_REGISTERED' AND c.case_number = ? AND a.actor = 'owner01'", n));

        assertTrue(as("owner02").get(OWNER_PAGE).body().contains(n), "a member of the same unit sees the unit's case");
        assertFalse(as(ownerB).get(OWNER_PAGE).body().contains(n), "owner B does not see owner A's case");
        WebClient approver = as("approver01");
        assertTrue(approver.get(DEPARTMENT_PAGE).body().contains(n), "the chosen department sees it");
        assertFalse(as(approverY).get(DEPARTMENT_PAGE).body().contains(n), "another department does not");

        // the department's filter: by number, project code or name, case-insensitive
        assertTrue(approver.get(DEPARTMENT_PAGE + "?q=" + n.toLowerCase()).body().contains(n));
        assertTrue(approver.get(DEPARTMENT_PAGE + "?q=" + projectCode).body().contains(n));
        String filtered = approver.get(DEPARTMENT_PAGE + "?q=Owner+project+" + n).body();
        assertTrue(filtered.contains(n) && filtered.contains(Texts.zh("case.filter.count", 1)), "only that case");
        String none = approver.get(DEPARTMENT_PAGE + "?q=nothing-" + suffix).body();
        assertFalse(none.contains(n));
        assertTrue(none.contains(Texts.zh("case.department.empty")));
    }

    @Test
    void theOwnersFormRefusesBadInputWithItsMessage() throws Exception {
        WebClient owner = as("owner01");
        String n = number("OWNBAD");
        String y = thisYear();
        String bad = y + "-610102-4-01-000123";
        HttpResponse<String> r = owner.postForm(OWNER_PAGE, "caseForm", caseForm(n, String.valueOf(DEPARTMENT_X), bad));
        assertTrue(r.body().contains(Texts.zh("case.error.projectCodeFormat", bad)), "message next to the form");
        r = owner.postForm(OWNER_PAGE, "caseForm", caseForm(n, String.valueOf(DEPARTMENT_X), y + "-999999-47-01-000123"));
        assertTrue(r.body().contains(Texts.zh("case.error.projectCodeRegion", "999999")));
        r = owner.postForm(OWNER_PAGE, "caseForm", caseForm(n, "", ""));
        assertTrue(r.body().contains(Texts.zh("case.error.department")));
        assertEquals(0, cases(n), "nothing stored");

        String taken = number("OWNTAKEN");
        assertEquals(201, push(keyX, body(taken, "Project", null, "Item", OWNER_CODE)).statusCode());
        r = owner.postForm(OWNER_PAGE, "caseForm", caseForm(taken, String.valueOf(DEPARTMENT_X), ""));
        assertTrue(r.body().contains(Texts.zh("case.error.numberTaken", taken)));
    }

    @Test
    void theWorkspacesAndTheNoticeFormLinkToTheCasePages() {
        assertTrue(as("owner01").get("/owner/index.xhtml").body().contains("id=\"tool-cases\""));
        assertTrue(as("owner01").get("/owner/notice-edit.xhtml").body().contains("id=\"register-case\""));
        assertTrue(as("approver01").get("/approval/index.xhtml").body().contains("id=\"tool-cases\""));
        assertTrue(as("operator01").get("/operator/index.xhtml").body().contains("id=\"tool-api-keys\""));
        assertEquals(403, as("approver01").get(OWNER_PAGE).statusCode());
        assertEquals(403, as("owner01").get(DEPARTMENT_PAGE).statusCode());
        assertEquals(403, as("owner01").get(KEYS_PAGE).statusCode());
        assertEquals(302, new WebClient().get(KEYS_PAGE).statusCode(), "anonymous: to the login page");
    }

    // The operator's key page

    private static final class KeysView {
        private final WebClient web;
        private String viewState;
        private String page;

        KeysView(WebClient web) {
            this.web = web;
            this.page = web.get(KEYS_PAGE).body();
            this.viewState = WebClient.viewStateIn(page);
            assertNotNull(viewState);
        }

        HttpResponse<String> ajax(String form, String source, String execute, String render, Map<String, String> fields) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("jakarta.faces.partial.ajax", "true");
            p.put("jakarta.faces.source", source);
            p.put("jakarta.faces.partial.execute", execute);
            p.put("jakarta.faces.partial.render", render);
            p.put(form + "_SUBMIT", "1");
            p.put(source, source);
            p.putAll(fields);
            p.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> answer = web.postAjax(KEYS_PAGE, p);
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("<partial-response") && !answer.body().contains("<error>"), answer.body());
            String next = WebClient.viewStateIn(answer.body());
            if (next != null) {
                viewState = next;
            }
            return answer;
        }

        String issue(long department, String label) {
            HttpResponse<String> r = ajax("issueForm", "issueForm:issue", "issueForm", "issueForm keysForm:keys",
                    Map.of("issueForm:department", String.valueOf(department), "issueForm:label", label));
            Matcher m = ISSUED_KEY.matcher(r.body());
            assertTrue(m.find(), "the key is shown once: " + r.body());
            return m.group(1);
        }

        void revoke(long keyId) {
            page = web.get(KEYS_PAGE).body();
            viewState = WebClient.viewStateIn(page);
            int at = page.indexOf("id=\"label-" + keyId + "\"");
            assertTrue(at > 0, "key " + keyId + " is listed");
            Matcher m = DATA_ROW.matcher(page.substring(0, at));
            int row = -1;
            while (m.find()) {
                row = Integer.parseInt(m.group(1));
            }
            String button = "keysForm:keys:" + row + ":revoke";
            ajax("keysForm", button, button, "keysForm", Map.of());
        }
    }

    @Test
    void theOperatorIssuesAKeyShownOnceKeptHashedAndRevokesIt() throws Exception {
        WebClient operator = as("operator01");
        KeysView view = new KeysView(operator);
        String label = "Approval system " + suffix;
        String key = view.issue(DEPARTMENT_X, label);
        assertTrue(key.startsWith("zjcs_") && key.length() == 48, key);

        String id = one("SELECT id FROM department_api_key WHERE key_hash = ? AND department_id = ? AND label = ? "
                + "AND created_by = 'operator01' AND revoked_at IS NULL", Sha256.hex(key), DEPARTMENT_X, label);
        assertNotNull(id, "only the hash is stored");
        assertEquals(0, count("SELECT COUNT(*) FROM department_api_key WHERE key_hash = ?", key));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_KEY_ISSUED' AND object_id = ? AND actor = 'operator01'", id));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ?", "%" + key.substring(5) + "%"), "never audited");
        String list = operator.get(KEYS_PAGE).body();
        assertTrue(list.contains(label), "listed");
        assertFalse(list.contains(key), "not shown again");

        String n = number("ISSUED");
        assertEquals(201, push(key, body(n, "Project", null, "Item", OWNER_CODE)).statusCode(), "the issued key works");

        view.revoke(Long.parseLong(id));
        assertEquals(1, count("SELECT COUNT(*) FROM department_api_key WHERE id = ? AND revoked_at IS NOT NULL", id));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_KEY_REVOKED' AND object_id = ?", id));
        assertTrue(operator.get(KEYS_PAGE).body().contains("id=\"status-" + id + "\">" + Texts.zh("apiKey.status.revoked")));

        String m = number("REVOKED");
        error(push(key, body(m, "Project", null, "Item", OWNER_CODE)), 401, "api.error.key", Texts.zh("api.error.key"));
        error(read(key, n), 401, "api.error.key", Texts.zh("api.error.key"));
        assertEquals(0, cases(m));
    }

    @Test
    void aKeyOfADepartmentThatLeftServiceNoLongerWorks() throws Exception {
        String key = "zjcs_testZ" + UUID.randomUUID().toString().replace("-", "");
        long department;
        try (Connection c = It.db()) {
            department = insert(c, "INSERT INTO organisation (name, kind, credit_code, status, created_at) "
                    + "VALUES (?, 'DEPARTMENT', NULL, 'ACTIVE', UTC_TIMESTAMP(6))", "Department Z " + suffix);
            execute(c, "INSERT INTO department_api_key (department_id, key_hash, label, created_at, created_by) "
                    + "VALUES (?, ?, 'test system', UTC_TIMESTAMP(6), 'test')", department, Sha256.hex(key));
        }
        assertEquals(201, push(key, body(number("Z"), "Project", null, "Item", OWNER_CODE)).statusCode());
        try (Connection c = It.db()) {
            execute(c, "UPDATE organisation SET status = 'SUSPENDED' WHERE id = ?", department);
        }
        error(push(key, body(number("Z2"), "Project", null, "Item", OWNER_CODE)), 401, "api.error.key", Texts.zh("api.error.key"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndItsKey() {
        HttpResponse<String> r = new WebClient().get("/openapi");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/approval-cases:"), r.body());
        assertTrue(r.body().contains("/api/approval-cases/{caseNumber}:"), "the read path");
        assertTrue(r.body().contains("X-Api-Key") && r.body().contains("type: apiKey"), "the key scheme");
        assertTrue(r.body().contains("departmentApiKey"), "the security requirement");
    }
}
