package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.number;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Multipart;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/**
 * Rate limits per client address (issue 14) at their default settings: 20 registration posts per hour, 60 uploads
 * (multipart posts, pages and REST) per 10 minutes; the answer is HTTP 429 with the reason in the user's language. And
 * an upload larger than upload.max-bytes is refused by the container while it arrives, with the application's message.
 * The clients name their addresses in X-Forwarded-For (the test server trusts its loopback runner as a proxy).
 */
class RateLimitIT {

    private static final String TOO_MANY = "操作过于频繁";

    @Test
    void registrationIsLimitedPerClientAddress() {
        WebClient web = new WebClient("203.0.113.61");
        for (int i = 1; i <= 20; i++) {
            HttpResponse<String> r = web.postForm("/register/firm.xhtml", "reg", Map.of("submit", "提交"));
            assertNotEquals(429, r.statusCode(), "registration post " + i + " is allowed");
        }
        HttpResponse<String> refused = web.postForm("/register/firm.xhtml", "reg", Map.of("submit", "提交"));
        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains(TOO_MANY) && refused.body().endsWith("</html>"), refused.body());
        long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 3600, "Retry-After within the hour: " + retry);
        assertEquals(200, web.get("/register/firm.xhtml").statusCode(), "reading the form is not limited");
        assertNotEquals(429, new WebClient("203.0.113.62").postForm("/register/firm.xhtml", "reg",
                Map.of("submit", "提交")).statusCode(), "another address registers");
        String metrics = new WebClient().get("/metrics?scope=application").body();
        assertTrue(metrics.contains("zjcs_security_events_total{event=\"rate_limited\""), "counted in the metrics");
    }

    @Test
    void restUploadsAreLimitedWith429AndAJsonReason() {
        WebClient api = new WebClient("203.0.113.63");
        Multipart tiny = new Multipart().field("note", "x");
        for (int i = 1; i <= 60; i++) {
            assertNotEquals(429, api.postMultipart("/api/notices/8014/deliverables", tiny).statusCode(), "upload " + i);
        }
        HttpResponse<String> refused = api.postMultipart("/api/notices/8014/deliverables", tiny);
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(refused.body().contains("\"code\":\"ratelimit.error.tooMany\"") && refused.body().contains(TOO_MANY)
                && refused.body().endsWith("秒后再试。\"}"), "the whole JSON answer: " + refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void anOversizeUploadIsRefusedEarlyWithTheApplicationsMessage() throws Exception {
        long filesBefore = number("SELECT COUNT(*) FROM stored_file");
        WebClient web = new WebClient("203.0.113.64");
        String viewState = web.viewStateOf("/register/firm.xhtml");
        Multipart form = new Multipart()
                .field("reg_SUBMIT", "1")
                .field("jakarta.faces.ViewState", viewState)
                .file("reg:licence", "big.pdf", "application/pdf", TestFiles.pdfBytes(20 * 1024 * 1024));
        HttpResponse<String> r = web.postMultipart("/register/firm.xhtml", form);
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("文件不能超过 10 MB") && r.body().endsWith("</html>"), r.body());
        AccessControlIT.assertNoTrace(r.body());
        assertEquals(filesBefore, number("SELECT COUNT(*) FROM stored_file"), "nothing stored");
    }
}
