package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only relative paths of this application are redirect targets; everything a browser could read as another site is not. */
class LocalRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/firm/index.xhtml?id=3&x=a:b", "/notices.xhtml?q=%E7%8E%AF",
            "/account/contract.xhtml?id=8014"})
    void pathsOfTheApplicationAtTheRootAreLocal(String target) {
        assertTrue(LocalRedirect.isLocal("", target), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "//evil.example/?x=1", "/\\evil.example/", "\\\\evil.example",
            "http://evil.example/", "https://evil.example/firm/index.xhtml", "javascript:alert(1)", "evil.example",
            "", "/%0d%0aSet-Cookie:x", "/a\r\nLocation: http://evil.example/", "/a\tb", "/x:y", "///evil.example"})
    void otherSitesSchemesBackslashesAndControlCharactersAreNot(String target) {
        assertFalse(LocalRedirect.isLocal("", target), target);
    }

    @Test
    void underAContextPathTheTargetMustStartWithIt() {
        assertTrue(LocalRedirect.isLocal("/zjcs", "/zjcs/firm/index.xhtml"));
        assertTrue(LocalRedirect.isLocal("/zjcs", "/zjcs/"));
        assertFalse(LocalRedirect.isLocal("/zjcs", "/other/index.xhtml"));
        assertFalse(LocalRedirect.isLocal("/zjcs", "/zjcs//evil.example/"));
        assertFalse(LocalRedirect.isLocal("/zjcs", "/zjcsx/index.xhtml"));
    }

    @Test
    void aNonLocalTargetIsReplacedByTheFallback() {
        assertEquals("/", LocalRedirect.orElse("", "//evil.example/", "/"));
        assertEquals("/notices.xhtml", LocalRedirect.orElse("", "/notices.xhtml", "/"));
        assertEquals("/", LocalRedirect.orElse("", null, "/"));
    }
}
