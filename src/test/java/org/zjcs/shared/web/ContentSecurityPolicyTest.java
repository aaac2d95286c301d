package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The policy PrimeFaces sends on pages is the one the filter sends elsewhere, and it never allows inline scripts. */
class ContentSecurityPolicyTest {

    @Test
    void webXmlGivesPrimeFacesTheSamePolicyAndTurnsItsCspOn() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher policy = Pattern.compile("<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>")
                .matcher(webXml);
        assertTrue(policy.find(), "primefaces.CSP_POLICY is set");
        assertEquals(ContentSecurityPolicy.POLICY, policy.group(1));
        assertTrue(Pattern.compile("<param-name>primefaces.CSP</param-name>\\s*<param-value>true</param-value>")
                .matcher(webXml).find(), "PrimeFaces CSP is on");
    }

    @Test
    void scriptsAreNeverInlineUnlessNoncedAndFramingIsRefused() {
        String scripts = ContentSecurityPolicy.POLICY.substring(ContentSecurityPolicy.POLICY.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
        assertTrue(ContentSecurityPolicy.POLICY.endsWith("script-src 'self'"), "a nonce can be appended");
        assertTrue(ContentSecurityPolicy.POLICY.contains("frame-ancestors 'none'"));
        assertTrue(ContentSecurityPolicy.POLICY.contains("object-src 'none'"));
    }

    @Test
    void theNonceIsReadBackFromAHeader() {
        String nonce = "ZjE2YjQ2NzgtMmU1Yy00ZDI2LWFiYzItOGVjNzI5ZWE5ZDYx";
        assertEquals(nonce, ContentSecurityPolicy.nonceOf(ContentSecurityPolicy.withNonce(nonce)));
        assertNull(ContentSecurityPolicy.nonceOf(ContentSecurityPolicy.POLICY));
        assertTrue(ContentSecurityPolicy.isNonce(nonce));
        assertFalse(ContentSecurityPolicy.isNonce("abc'; script-src *"));
    }
}
