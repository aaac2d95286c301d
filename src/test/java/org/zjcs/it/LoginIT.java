package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** Each demo account logs in and lands on its role's workspace, with a new session id. */
class LoginIT {

    @ParameterizedTest
    @CsvSource({
            "firm01,      /firm/index.xhtml,      中介服务机构工作台, 陕西秦川环境工程咨询有限公司",
            "owner01,     /owner/index.xhtml,     项目业主工作台,     西安市新城区城市建设投资集团有限公司",
            "approver01,  /approval/index.xhtml,  审批部门工作台,     西安市新城区行政审批服务局",
            "regulator01, /regulator/index.xhtml, 行业主管部门工作台, 西安市发展和改革委员会",
            "operator01,  /operator/index.xhtml,  运行机构工作台,     西安市政务服务中心"
    })
    void eachRoleLandsOnItsWorkspace(String username, String landing, String title, String organisation) throws Exception {
        WebClient web = new WebClient();
        web.get("/login.xhtml");
        String before = web.sessionId();
        assertNotNull(before);

        HttpResponse<String> r = web.login(username, It.DEMO_PASSWORD);
        assertEquals(302, r.statusCode(), "login redirects");
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith(landing), r.headers().toString());
        assertNotEquals(before, web.sessionId(), "a new session id after login");

        HttpResponse<String> page = web.get(landing);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(title), "workspace title " + title);
        assertTrue(page.body().contains(organisation), "the user's organisation is shown");

        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN' AND actor = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertTrue(rs.getInt(1) >= 1, "the login is audited");
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        WebClient web = new WebClient();
        HttpResponse<String> r = web.login("regulator01", "wrong-password");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("登录名或密码错误"), r.body());
        assertEquals(302, web.get("/regulator/index.xhtml").statusCode(), "still not logged in");
    }

    @Test
    void anUnknownUserGetsTheSameMessage() {
        HttpResponse<String> r = new WebClient().login("nobody", "whatever");
        assertTrue(r.body().contains("登录名或密码错误"));
    }

    @Test
    void emptyFieldsAreRefused() {
        HttpResponse<String> r = new WebClient().login("", "");
        assertTrue(r.body().contains("请输入登录名和密码"));
    }

    @Test
    void logoutEndsTheSession() {
        WebClient web = new WebClient();
        web.login("owner01", It.DEMO_PASSWORD);
        assertEquals(200, web.get("/owner/index.xhtml").statusCode());
        HttpResponse<String> out = web.postForm("/owner/index.xhtml", "logoutForm", java.util.Map.of("logout", "退出"));
        assertEquals(302, out.statusCode());
        assertEquals(302, web.get("/owner/index.xhtml").statusCode(), "logged out users are sent to login again");
    }
}
