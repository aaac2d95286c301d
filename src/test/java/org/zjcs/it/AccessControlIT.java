package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** Anonymous users are sent to login, the wrong role gets 403, public pages are open, errors are in Chinese. */
class AccessControlIT {

    @ParameterizedTest
    @ValueSource(strings = {"/firm/index.xhtml", "/owner/index.xhtml", "/approval/index.xhtml",
            "/regulator/index.xhtml", "/operator/index.xhtml", "/operator/audit.xhtml", "/firm/"})
    void anonymousUsersAreSentToLogin(String path) {
        HttpResponse<String> r = new WebClient().get(path);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }

    @Test
    void publicPagesNeedNoLogin() {
        WebClient web = new WebClient();
        HttpResponse<String> home = web.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<title>首页 · 中介服务网上超市</title>"), home.body());
        assertEquals(200, web.get("/login.xhtml").statusCode());
    }

    @Test
    void theWrongRoleGetsA403PageInChinese() {
        WebClient firm = new WebClient();
        assertEquals(302, firm.login("firm01", It.DEMO_PASSWORD).statusCode());
        for (String path : new String[] {"/operator/index.xhtml", "/owner/index.xhtml", "/approval/index.xhtml",
                "/regulator/index.xhtml", "/operator/audit.xhtml"}) {
            HttpResponse<String> r = firm.get(path);
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.body().contains("无权访问"), path + ": " + r.body());
            assertNoTrace(r.body());
        }
        assertEquals(200, firm.get("/firm/index.xhtml").statusCode());
    }

    @Test
    void afterLoginTheUserReturnsToThePageAskedFor() {
        WebClient web = new WebClient();
        assertEquals(302, web.get("/operator/audit.xhtml").statusCode());
        HttpResponse<String> r = web.login("operator01", It.DEMO_PASSWORD);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/operator/audit.xhtml"));
    }

    @Test
    void unknownPagesGetA404PageInChinese() {
        HttpResponse<String> r = new WebClient().get("/no-such-page.xhtml");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("页面不存在"), r.body());
        assertNoTrace(r.body());
        HttpResponse<String> other = new WebClient().get("/no/such/file.txt");
        assertEquals(404, other.statusCode());
        assertTrue(other.body().contains("页面不存在"), other.body());
    }

    @Test
    void errorPagesFollowTheChosenLanguage() {
        WebClient web = new WebClient();
        web.getFollowing("/?lang=en");
        HttpResponse<String> r = web.get("/no-such-page.xhtml");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Page not found"), r.body());
    }

    @Test
    void theLanguageSwitchWorksOnAForbiddenPage() {
        WebClient firm = new WebClient();
        firm.login("firm01", It.DEMO_PASSWORD);
        HttpResponse<String> r = firm.get("/operator/index.xhtml?lang=en");
        assertEquals(302, r.statusCode(), "the switch redirects before the role check");
        HttpResponse<String> page = firm.get("/operator/index.xhtml");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("Access denied"), page.body());
    }

    @Test
    void anExpiredViewGetsTheExpiredPage() {
        // A form post whose view state the server does not know: a page left open past its session.
        String viewState = new WebClient().viewStateOf("/login.xhtml");
        WebClient stale = new WebClient();
        HttpResponse<String> expired = stale.postRaw("/login.xhtml", "loginForm_SUBMIT=1&loginForm%3Ausername=x"
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(302, expired.statusCode());
        String location = expired.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/error/expired.xhtml"), location);
        HttpResponse<String> page = stale.get("/error/expired.xhtml");
        assertTrue(page.body().contains("页面已过期"), page.body());
        assertNoTrace(page.body());
    }

    static void assertNoTrace(String body) {
        assertFalse(body.matches("(?s).*\\w+(Exception|Error): .*"), "no exception message: " + body);
        assertFalse(body.matches("(?s).*\\bat (org|com|java|jakarta)\\.[\\w.$]+\\(.*"), "no stack trace: " + body);
    }
}
