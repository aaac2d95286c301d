package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The operator administers approval departments and regulators (REST /api/operator/organisations, the same services as
 * operator/organisations.xhtml): each refusal stores nothing; every change is audited with what changed; the first
 * account comes by an invitation that makes it the unit admin, who invites members of the department's role; a
 * deactivated organisation's users cannot log in (a clear message) and their open sessions end; reactivation lets them
 * in again.
 */
class OrganisationAdminIT {

    static final String API = "/api/operator/organisations";
    static final String PASSWORD = "Qinling-River-2026";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static String json(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String department(String name, String creditCode, String region, String... items) {
        StringBuilder a = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            a.append(i == 0 ? "" : ",").append(json(items[i]));
        }
        return "{\"kind\":\"DEPARTMENT\",\"name\":" + json(name) + ",\"creditCode\":" + json(creditCode) + ",\"regionCode\":"
                + json(region) + ",\"approvalItems\":" + a.append("]") + "}";
    }

    static String regulator(String name, String creditCode, String region, String items) {
        return "{\"kind\":\"REGULATOR\",\"name\":" + json(name) + ",\"creditCode\":" + json(creditCode) + ",\"regionCode\":"
                + json(region) + ",\"serviceItems\":" + items + "}";
    }

    /** Creates an organisation as the operator; its id. */
    static long create(WebClient operator, String body) {
        HttpResponse<String> r = operator.postJson(API, body);
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = ID.matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    /** The operator invites the first account of an organisation; the code. */
    static String inviteAdmin(WebClient operator, long org, String name) {
        HttpResponse<String> r = operator.postJson(API + "/" + org + "/admin-invitation", "{\"displayName\":" + json(name) + "}");
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = CODE.matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    /** Accepts an invitation through invitation.xhtml as a new visitor; the user name chosen. */
    static String accept(String code) {
        String path = "/invitation.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HttpResponse<String> done = new WebClient().postForm(path, "acceptForm",
                Map.of("username", username, "password", PASSWORD, "accept", "x"));
        assertTrue(done.body().contains("id=\"invitation-done\""), done.body());
        return username;
    }

    static WebClient loggedIn(String username, String password) {
        WebClient web = new WebClient();
        assertEquals(302, web.login(username, password).statusCode(), "login of " + username);
        return web;
    }

    private static void refused(HttpResponse<String> r, int status, String key) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"code\":\"" + key + "\""), r.body());
    }

    private static long organisationsNamed(String name) throws Exception {
        return Fixtures.number("SELECT COUNT(*) FROM organisation WHERE name = ?", name);
    }

    private static long audits(String action, long objectId) throws Exception {
        return Fixtures.number("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?", action, String.valueOf(objectId));
    }

    @Test
    void theOperatorCreatesADepartmentWithItsRegionAndApprovalItemsAndItIsAudited() throws Exception {
        WebClient operator = Fixtures.as("operator01");
        String name = unique("测试审批部门");
        long id = create(operator, department(name, TestFiles.creditCode(), "610102", "建设工程施工许可", " ", "建设工程施工许可",
                "建设工程消防设计审查"));
        assertEquals("ACTIVE", Fixtures.text("SELECT status FROM organisation WHERE id = ?", id));
        assertEquals("DEPARTMENT", Fixtures.text("SELECT kind FROM organisation WHERE id = ?", id));
        assertEquals("610102", Fixtures.text("SELECT region_code FROM organisation WHERE id = ?", id));
        assertEquals("建设工程施工许可\n建设工程消防设计审查", Fixtures.text("SELECT approval_items FROM organisation WHERE id = ?", id));
        assertEquals(1, audits("ORGANISATION_CREATED", id));

        assertEquals(200, operator.get("/operator/organisations.xhtml").statusCode());
        assertTrue(operator.get("/operator/api-keys.xhtml").body().contains(name), "API keys can be issued to it");

        // a change is audited with what changed, old and new
        HttpResponse<String> changed = operator.sendJson("PUT", API + "/" + id,
                department(name + "局", Fixtures.text("SELECT credit_code FROM organisation WHERE id = ?", id), "610102",
                        "建设工程施工许可"));
        assertEquals(200, changed.statusCode(), changed.body());
        String details = Fixtures.text("SELECT details FROM audit_entry WHERE action = 'ORGANISATION_CHANGED' AND object_id = ?",
                String.valueOf(id));
        assertTrue(details.contains(name + "局") && details.contains("\"from\"") && details.contains("建设工程消防设计审查"), details);
        assertFalse(details.contains("creditCode"), "only what changed: " + details);
        HttpResponse<String> again = operator.sendJson("PUT", API + "/" + id,
                department(name + "局", Fixtures.text("SELECT credit_code FROM organisation WHERE id = ?", id), "610102",
                        "建设工程施工许可"));
        refused(again, 400, "org.admin.error.nothingChanged");
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsStored() throws Exception {
        WebClient operator = Fixtures.as("operator01");
        String name = unique("拒绝测试部门");
        refused(operator.postJson(API, department(name, TestFiles.creditCode(), null, "事项")), 400, "org.admin.error.regionRequired");
        refused(operator.postJson(API, department(name, TestFiles.creditCode(), "999999", "事项")), 400, "org.admin.error.regionUnknown");
        refused(operator.postJson(API, department(name, "91610103MA6ABCDEF0", "610102", "事项")), 400,
                "creditCode.error.checkCharacter");
        refused(operator.postJson(API, department(name, TestFiles.creditCode(), "610102")), 400,
                "org.admin.error.approvalItemsRequired");
        refused(operator.postJson(API, department("西安市新城区行政审批服务局", TestFiles.creditCode(), "610102", "事项")), 400,
                "org.admin.error.nameTaken");
        refused(operator.postJson(API, department(name, "1161010201613525XR", "610102", "事项")), 400,
                "account.error.creditCodeTaken");
        refused(operator.postJson(API, regulator(name, TestFiles.creditCode(), "610100", "[\"ZJ001\",\"NO-SUCH\"]")), 400,
                "org.admin.error.serviceItemUnknown");
        refused(operator.postJson(API, "{\"kind\":\"FIRM\",\"name\":\"x\",\"creditCode\":\"" + TestFiles.creditCode()
                + "\",\"regionCode\":\"610102\"}"), 400, "org.admin.error.kind");
        assertEquals(0, organisationsNamed(name), "nothing was stored");

        // the English answer for the English site
        WebClient english = Fixtures.as("operator01");
        english.get("/index.xhtml?lang=en"); // the site's language cookie
        HttpResponse<String> en = english.postJson(API, department(name, TestFiles.creditCode(), null, "事项"));
        assertTrue(en.body().contains(Texts.en("org.admin.error.regionRequired")), en.body());

        // only the operator
        refused(Fixtures.as("regulator01").postJson(API, department(name, TestFiles.creditCode(), "610102", "事项")), 403,
                "security.error.forbidden");
        assertEquals(0, organisationsNamed(name));
        // the same name is free in the other kind
        long reg = create(operator, regulator("西安市新城区行政审批服务局", TestFiles.creditCode(), "610100", "[]"));
        assertEquals(200, operator.sendJson("PUT", API + "/" + reg + "/status", "{\"active\":false}").statusCode());
    }

    @Test
    void aRegulatorOverseesTheServiceItemsAssignedToIt() throws Exception {
        WebClient operator = Fixtures.as("operator01");
        String name = unique("测试行业主管部门");
        String code = TestFiles.creditCode();
        long id = create(operator, regulator(name, code, "610100", "[\"ZJ021\"]"));
        assertEquals("ZJ021", Fixtures.text("SELECT s.code FROM service_item_oversight v JOIN service_item s "
                + "ON s.id = v.service_item_id WHERE v.regulator_id = ?", id));
        HttpResponse<String> changed = operator.sendJson("PUT", API + "/" + id, regulator(name, code, "610100", "[\"ZJ021\",\"ZJ023\"]"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(2, Fixtures.number("SELECT COUNT(*) FROM service_item_oversight WHERE regulator_id = ?", id));
        String details = Fixtures.text("SELECT details FROM audit_entry WHERE action = 'OVERSIGHT_CHANGED' AND object_id = ? "
                + "ORDER BY id DESC LIMIT 1", String.valueOf(id));
        assertTrue(details.contains("ZJ021,ZJ023"), details);
        refused(operator.sendJson("PUT", API + "/" + id, regulator(name, code, "610100", "[\"ZJ999\"]")), 400,
                "org.admin.error.serviceItemUnknown");
        assertEquals(2, Fixtures.number("SELECT COUNT(*) FROM service_item_oversight WHERE regulator_id = ?", id), "kept");
        refused(operator.sendJson("PUT", API + "/987654321", regulator(name, code, "610100", "[]")), 404, "org.admin.error.notFound");
        // a test regulator must not take the demo regulator's complaints afterwards
        assertEquals(200, operator.sendJson("PUT", API + "/" + id + "/status", "{\"active\":false}").statusCode());
    }

    @Test
    void theFirstAccountIsTheUnitAdminWhoInvitesStaffThatSeeTheDepartmentsCases() throws Exception {
        WebClient operator = Fixtures.as("operator01");
        long dept = create(operator, department(unique("入驻测试部门"), TestFiles.creditCode(), "610102", "建设工程施工许可"));
        String admin = accept(inviteAdmin(operator, dept, "韩雪"));
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM user_account u JOIN user_role r ON r.user_id = u.id WHERE "
                + "u.username = ? AND u.organisation_id = ? AND u.unit_admin = TRUE AND r.role = 'APPROVER'", admin, dept));
        assertEquals(1, audits("UNIT_ADMIN_INVITED", Fixtures.number(
                "SELECT id FROM account_invitation WHERE organisation_id = ? AND unit_admin = TRUE", dept)));
        refused(operator.postJson(API + "/" + dept + "/admin-invitation", "{\"displayName\":\"又一个\"}"), 400,
                "org.admin.error.hasAdmin");

        WebClient adminWeb = loggedIn(admin, PASSWORD);
        HttpResponse<String> invited = adminWeb.postJson("/api/account/invitations", "{\"displayName\":\"郭涛\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        Matcher m = CODE.matcher(invited.body());
        assertTrue(m.find());
        String member = accept(m.group(1));
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM user_account u JOIN user_role r ON r.user_id = u.id WHERE "
                + "u.username = ? AND u.organisation_id = ? AND u.unit_admin = FALSE AND r.role = 'APPROVER'", member, dept));
        assertTrue(adminWeb.get("/account/members.xhtml").body().contains(member), "the admin's members page lists the member");

        String caseNumber = "ONB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Fixtures.sql("INSERT INTO approval_case (case_number, project_name, project_code, department_id, approval_item, "
                + "owner_credit_code, source, registered_at, registered_by) VALUES (?, 'Onboarding project', NULL, ?, "
                + "'建设工程施工许可', ?, 'OWNER', UTC_TIMESTAMP(6), 'test')", caseNumber, dept, Fixtures.OWNER_CODE);
        assertTrue(loggedIn(member, PASSWORD).get("/approval/cases.xhtml").body().contains(caseNumber),
                "the member sees its department's case");
        assertFalse(Fixtures.as("approver01").get("/approval/cases.xhtml").body().contains(caseNumber),
                "another department's staff do not");
    }

    @Test
    void aDeactivatedOrganisationsUsersCannotLogInAndTheirSessionsEndUntilItIsReactivated() throws Exception {
        WebClient operator = Fixtures.as("operator01");
        long dept = create(operator, department(unique("停用测试部门"), TestFiles.creditCode(), "610102", "建设工程施工许可"));
        String admin = accept(inviteAdmin(operator, dept, "停用测试"));
        WebClient open = loggedIn(admin, PASSWORD);
        assertEquals(200, open.get("/approval/cases.xhtml").statusCode());
        WebClient openApi = loggedIn(admin, PASSWORD);

        HttpResponse<String> off = operator.sendJson("PUT", API + "/" + dept + "/status", "{\"active\":false}");
        assertEquals(200, off.statusCode(), off.body());
        assertTrue(off.body().contains("DEACTIVATED"), off.body());
        assertEquals(1, audits("ORGANISATION_DEACTIVATED", dept));

        HttpResponse<String> next = open.get("/approval/cases.xhtml");
        assertEquals(302, next.statusCode(), "the open session ends at its next request");
        assertTrue(next.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        HttpResponse<String> rest = openApi.postJson("/api/account/invitations", "{\"displayName\":\"x\"}");
        assertEquals(401, rest.statusCode(), rest.body());

        HttpResponse<String> login = new WebClient().login(admin, PASSWORD);
        assertEquals(200, login.statusCode(), "no way in");
        assertTrue(login.body().contains(Texts.zh("org.admin.login.organisationDeactivated")), "a clear message");
        HttpResponse<String> wrong = new WebClient().login(admin, PASSWORD + "x");
        assertFalse(wrong.body().contains(Texts.zh("org.admin.login.organisationDeactivated")),
                "told only after the password matched");
        refused(operator.postJson(API + "/" + dept + "/admin-invitation", "{\"displayName\":\"x\"}"), 400, "org.admin.error.notActive");
        refused(operator.sendJson("PUT", API + "/" + dept + "/status", "{\"active\":false}"), 400, "org.admin.error.notActive");

        HttpResponse<String> on = operator.sendJson("PUT", API + "/" + dept + "/status", "{\"active\":true}");
        assertEquals(200, on.statusCode(), on.body());
        assertEquals(1, audits("ORGANISATION_REACTIVATED", dept));
        loggedIn(admin, PASSWORD);
        refused(operator.sendJson("PUT", API + "/" + dept + "/status", "{}"), 400, "org.admin.error.activeRequired");
    }
}
