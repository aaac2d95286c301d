package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HSTS only for requests that came over TLS; a page's own policy replaces the default one. */
class SecurityHeadersFilterTest {

    static HttpServletRequest request(boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(loader(HttpServletRequest.class), new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> m.getName().equals("isSecure") ? secure : null);
    }

    static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(loader(HttpServletResponse.class), new Class<?>[] {HttpServletResponse.class},
                (p, m, a) -> switch (m.getName()) {
                    case "setHeader" -> headers.put((String) a[0], (String) a[1]);
                    case "addHeader" -> headers.merge((String) a[0], (String) a[1], (x, y) -> x + "," + y);
                    case "isCommitted" -> false;
                    default -> null;
                });
    }

    static ClassLoader loader(Class<?> c) {
        return c.getClassLoader();
    }

    @Test
    void hstsOnlyOverTls() {
        Map<String, String> plain = new LinkedHashMap<>();
        SecurityHeadersFilter.apply(request(false), response(plain));
        assertFalse(plain.containsKey("Strict-Transport-Security"));
        assertEquals("DENY", plain.get("X-Frame-Options"));
        assertEquals("nosniff", plain.get("X-Content-Type-Options"));
        assertEquals(ContentSecurityPolicy.POLICY, plain.get("Content-Security-Policy"));

        Map<String, String> tls = new LinkedHashMap<>();
        SecurityHeadersFilter.apply(request(true), response(tls));
        assertEquals(SecurityHeadersFilter.HSTS, tls.get("Strict-Transport-Security"));
    }

    @Test
    void aPagesOwnPolicyReplacesTheDefault() {
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletResponse res = response(headers);
        SecurityHeadersFilter.apply(request(false), res);
        new SecurityHeadersFilter.OwnPolicy(res).addHeader("Content-Security-Policy", ContentSecurityPolicy.withNonce("abcdefgh12"));
        assertEquals(ContentSecurityPolicy.withNonce("abcdefgh12"), headers.get("Content-Security-Policy"), "one policy");
    }
}
