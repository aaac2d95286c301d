package org.zjcs.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.i18n.LocaleBean;

/** The language of answers given outside a page: the site's cookie first, then the browser's first language. */
class ApiLocaleTest {

    private static HttpServletRequest request(String cookie, String acceptLanguage) {
        return (HttpServletRequest) Proxy.newProxyInstance(ApiLocaleTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> cookie == null ? null : new Cookie[] {new Cookie("other", "x"),
                            new Cookie(LocaleBean.COOKIE, cookie)};
                    case "getHeader" -> "Accept-Language".equals(args[0]) ? acceptLanguage : null;
                    case "getLocale" -> acceptLanguage == null ? Locale.getDefault()
                            : Locale.forLanguageTag(acceptLanguage.split("[,;]")[0].trim());
                    default -> null;
                });
    }

    @Test
    void theSitesLanguageCookieOutranksTheBrowsersLanguage() {
        assertEquals(Locale.ENGLISH, ApiLocale.of(request("en", "zh-CN,zh;q=0.9")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiLocale.of(request("zh-CN", "en-US,en;q=0.9")));
    }

    @Test
    void withoutTheCookieTheBrowsersFirstLanguageDecidesAndChineseIsTheDefault() {
        assertEquals(Locale.ENGLISH, ApiLocale.of(request(null, "en-GB,en;q=0.8")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiLocale.of(request(null, "fr-FR")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiLocale.of(request(null, null)), "no header: not the server's locale");
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiLocale.of((jakarta.ws.rs.core.HttpHeaders) null));
    }
}
