package org.zjcs.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zjcs.procurement.api.ApprovalCaseResource;
import org.zjcs.security.infrastructure.CsrfCheck.Verdict;

/** Which REST calls the cross-site check lets through. */
class CsrfCheckTest {

    static final List<String> OWN = List.of("http://localhost:9080");
    static final String SITE = "http://localhost:9080";

    static Verdict check(String method, boolean cookie, boolean key, String origin, String referer, String header) {
        return CsrfCheck.check(method, cookie, key, origin, referer, header, null, OWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "post"})
    void aStateChangingCallWithTheSessionCookieFromAnotherSiteIsRefused(String method) {
        assertEquals(Verdict.FOREIGN_ORIGIN, check(method, true, false, "https://evil.example", null, "1"));
        assertEquals(Verdict.FOREIGN_ORIGIN, check(method, true, false, null, "https://evil.example/page", "1"));
        assertEquals(Verdict.FOREIGN_ORIGIN, check(method, true, false, null, null, "1"), "no origin at all");
        assertEquals(Verdict.FOREIGN_ORIGIN, check(method, true, false, "null", null, "1"), "a sandboxed or file page");
    }

    @Test
    void thisSiteWithoutTheHeaderIsRefused() {
        assertEquals(Verdict.NO_HEADER, check("POST", true, false, SITE, null, null));
        assertEquals(Verdict.NO_HEADER, check("POST", true, false, null, SITE + "/account/contract.xhtml?id=1", " "));
    }

    @Test
    void thisSiteWithTheHeaderIsAllowed() {
        assertEquals(Verdict.ALLOWED, check("POST", true, false, SITE, null, "1"));
        assertEquals(Verdict.ALLOWED, check("DELETE", true, false, null, SITE + "/firm/index.xhtml", "1"));
        assertEquals(Verdict.ALLOWED, check("PUT", true, false, "HTTP://LOCALHOST:9080", null, "1"), "case-insensitive");
        assertEquals(Verdict.ALLOWED, CsrfCheck.check("POST", true, false, SITE, null, null, "XMLHttpRequest", OWN));
    }

    @Test
    void anotherPortOrSchemeIsAnotherSite() {
        assertEquals(Verdict.FOREIGN_ORIGIN, check("POST", true, false, "http://localhost:9081", null, "1"));
        assertEquals(Verdict.FOREIGN_ORIGIN, check("POST", true, false, "https://localhost:9080", null, "1"));
        assertEquals(Verdict.FOREIGN_ORIGIN, check("POST", true, false, "http://localhost.evil.example:9080", null, "1"));
        assertEquals(Verdict.ALLOWED, CsrfCheck.check("POST", true, false, "https://zjcs.example", null, "1", null,
                List.of(SITE, "https://zjcs.example:443")), "a configured public origin, default port");
    }

    @Test
    void readsApiKeyCallsAndCallsWithoutASessionAreLeftToTheirOwnChecks() {
        assertEquals(Verdict.ALLOWED, check("GET", true, false, "https://evil.example", null, null));
        assertEquals(Verdict.ALLOWED, check("HEAD", true, false, null, null, null));
        assertEquals(Verdict.ALLOWED, check("POST", true, true, null, null, null), "a department's API key");
        assertEquals(Verdict.ALLOWED, check("POST", false, false, "https://evil.example", null, null), "no session: 401 later");
    }

    @Test
    void theApiKeyHeaderIsTheOneTheApprovalApiReads() {
        assertEquals(ApprovalCaseResource.KEY_HEADER, CsrfCheck.API_KEY_HEADER);
    }
}
