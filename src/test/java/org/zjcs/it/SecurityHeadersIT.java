package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/**
 * Security headers on every kind of response (issue 14, item 4) — pages, REST, stored files, resources, redirects,
 * errors — and the open redirects of issue 14, item 3: only local targets.
 */
class SecurityHeadersIT {

    static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
    static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    /** The headers every response carries over plain HTTP (no HSTS: it would be ignored there). */
    static void common(HttpResponse<?> r, String what) {
        String csp = header(r, "Content-Security-Policy");
        assertNotNull(csp, what + ": a CSP");
        assertEquals(1, r.headers().allValues("Content-Security-Policy").size(), what + ": one policy, not two");
        String scripts = csp.substring(csp.indexOf("script-src"));
        assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'"), what + ": " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), what + ": " + csp);
        assertEquals("DENY", header(r, "X-Frame-Options"), what);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), what);
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), what);
        String permissions = header(r, "Permissions-Policy");
        assertTrue(permissions != null && permissions.contains("camera=()") && permissions.contains("microphone=()")
                && permissions.contains("geolocation=()"), what + ": " + permissions);
        assertEquals(null, header(r, "Strict-Transport-Security"), what + ": no HSTS over plain HTTP");
    }

    /** A page: the policy's nonce is on every script, and no element keeps an inline event handler. */
    static String page(HttpResponse<String> r, String what) {
        assertEquals(200, r.statusCode(), what);
        common(r, what);
        Matcher n = NONCE.matcher(header(r, "Content-Security-Policy"));
        assertTrue(n.find(), what + ": the policy names the page's nonce");
        String nonce = n.group(1);
        Matcher s = SCRIPT.matcher(r.body());
        while (s.find()) {
            assertTrue(s.group().contains("nonce=\"" + nonce + "\""), what + ": a script without the nonce: " + s.group());
        }
        Matcher h = INLINE_HANDLER.matcher(r.body());
        assertFalse(h.find(), what + ": an inline event handler: " + (h.find(0) ? r.body().substring(h.start(),
                Math.min(r.body().length(), h.start() + 200)) : ""));
        return nonce;
    }

    @Test
    void pagesCarryAFreshNonceOnEveryScriptAndNoInlineHandlers() {
        WebClient anonymous = new WebClient();
        String first = page(anonymous.get("/login.xhtml"), "login");
        String second = page(anonymous.get("/login.xhtml"), "login again");
        assertNotEquals(first, second, "a new nonce per response");
        page(anonymous.get("/notices.xhtml"), "public notices");
        page(anonymous.get("/register/firm.xhtml"), "registration");

        WebClient owner = as("owner01");
        page(owner.get("/owner/index.xhtml"), "owner workspace");
        page(owner.get("/owner/notices.xhtml"), "owner notices");
        WebClient operator = as("operator01");
        HttpResponse<String> keys = operator.get("/operator/api-keys.xhtml");
        String nonce = page(keys, "operator api keys (PrimeFaces dialogs)");
        assertTrue(keys.body().contains("<script") && keys.body().contains("nonce=\"" + nonce + "\""),
                "PrimeFaces' scripts carry the nonce");
        assertTrue(keys.body().contains("PrimeFaces.csp.register("), "the dialogs' handlers moved into a nonce'd script");
        page(as("regulator01").get("/regulator/appeals.xhtml"), "regulator appeals (confirm buttons)");
    }

    @Test
    void aPublicPageAnswering304SendsThePolicyOfTheCopyTheBrowserHolds() {
        WebClient visitor = new WebClient();
        HttpResponse<String> first = visitor.get("/catalog.xhtml");
        String nonce = page(first, "catalog");
        String etag = header(first, "ETag");
        assertNotNull(etag);
        HttpResponse<String> again = visitor.sendAs("GET", "/catalog.xhtml", null, null, Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        common(again, "304");
        assertTrue(header(again, "Content-Security-Policy").contains("'nonce-" + nonce + "'"),
                "the kept copy's scripts still run: " + header(again, "Content-Security-Policy"));
        HttpResponse<String> other = new WebClient().get("/catalog.xhtml");
        String otherNonce = page(other, "catalog for another visitor");
        assertNotEquals(nonce, otherNonce, "a page kept for other visitors is served with a fresh nonce");
    }

    @Test
    void restFilesResourcesRedirectsAndErrorsCarryTheHeadersToo() throws Exception {
        HttpResponse<String> rest = new WebClient().get("/api/calendar/days/" + LocalDate.now().getYear() + "-10-01");
        assertEquals(200, rest.statusCode(), rest.body());
        common(rest, "REST");

        Object[] a = ContractIT.awarded("Headers on files");
        long notice = (long) a[0];
        WebClient owner = as("owner01");
        assertEquals(201, ContractIT.uploadApi(owner, notice, "52000", "2026-12-01", "2027-03-31",
                TestFiles.pdf("contract.pdf")).statusCode());
        long file = number("SELECT file_id FROM contract_version WHERE notice_id = ?", notice);
        HttpResponse<String> download = owner.get("/files/" + file);
        assertEquals(200, download.statusCode());
        common(download, "a stored file");

        WebClient anonymous = new WebClient();
        String css = Pattern.compile("href=\"([^\"]*jakarta.faces.resource/[^\"]+)\"").matcher(anonymous.get("/index.xhtml").body())
                .results().map(m -> m.group(1).replace("&amp;", "&")).findFirst().orElseThrow();
        HttpResponse<String> resource = anonymous.get(css.startsWith("http") ? URI.create(css).getRawPath() : css);
        assertEquals(200, resource.statusCode(), css);
        common(resource, "a resource");

        HttpResponse<String> redirect = anonymous.get("/firm/index.xhtml");
        assertEquals(302, redirect.statusCode());
        common(redirect, "a redirect to the login");

        HttpResponse<String> missing = anonymous.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        common(missing, "404 page");
        HttpResponse<String> forbidden = as("firm01").get("/operator/index.xhtml");
        assertEquals(403, forbidden.statusCode());
        common(forbidden, "403 page");
        HttpResponse<String> apiMissing = as("firm01").postJson("/api/contract-versions/999999999/confirm", "{}");
        assertEquals(404, apiMissing.statusCode(), apiMissing.body());
        common(apiMissing, "REST 404");
        HttpResponse<String> otherFile = as("firm02").get("/files/" + file);
        assertEquals(404, otherFile.statusCode());
        common(otherFile, "a file refused");
    }

    /** A Location is local: relative to this site (one leading '/') or absolute on this very host and port. */
    static void local(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() / 100 == 3, what + ": a redirect, got " + r.statusCode());
        String location = header(r, "Location");
        assertNotNull(location, what);
        URI target = URI.create(location);
        URI site = URI.create(It.baseUrl());
        if (target.getHost() != null || location.startsWith("//")) {
            assertEquals(site.getHost(), target.getHost(), what + ": another host in " + location);
            assertEquals(site.getPort(), target.getPort(), what + ": " + location);
        }
        String path = target.getRawPath();
        assertTrue(path != null && path.startsWith("/") && !path.startsWith("//") && !location.contains("\\"),
                what + ": " + location);
    }

    @Test
    void theLanguageSwitchRedirectsOnlyWithinTheSite() {
        WebClient web = new WebClient();
        HttpResponse<String> evil = web.get("//evil.example/?lang=en");
        local(evil, "//evil.example/?lang=en");
        assertFalse(header(evil, "Location").contains("evil.example/"), header(evil, "Location"));
        local(web.get("//evil.example/path?lang=en&x=1"), "with more parameters");
        local(web.get("///evil.example/?lang=zh-CN"), "three slashes");

        HttpResponse<String> normal = web.get("/notices.xhtml?lang=en&status=CLOSED");
        local(normal, "a normal switch");
        assertTrue(header(normal, "Location").endsWith("/notices.xhtml?status=CLOSED"), "still back to the same page");
    }

    @Test
    void theLoginGoesBackOnlyToALocalPage() {
        WebClient web = new WebClient();
        web.get("//evil.example/firm/index.xhtml"); // whatever the server makes of it, it may not lead off the site
        HttpResponse<String> login = web.login("firm01", It.DEMO_PASSWORD);
        local(login, "after asking for //evil.example/firm/index.xhtml");

        WebClient web2 = new WebClient();
        web2.get("//firm/index.xhtml");
        HttpResponse<String> login2 = web2.login("firm01", It.DEMO_PASSWORD);
        local(login2, "after asking for //firm/index.xhtml");

        WebClient normal = new WebClient();
        assertEquals(302, normal.get("/account/notifications.xhtml").statusCode());
        HttpResponse<String> back = normal.login("firm01", It.DEMO_PASSWORD);
        local(back, "a saved local page");
        assertTrue(header(back, "Location").endsWith("/account/notifications.xhtml"), "back to the page asked for");
    }
}
