package org.zjcs.shared.api;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.zjcs.shared.i18n.LocaleBean;

/**
 * The language of an answer given outside a page (REST answers, JAX-RS and servlet filters' refusals), as the site's
 * pages choose it: the site's language cookie (the user switched with 中文 / English), else the first language the
 * client accepts, else Chinese. A malformed Accept-Language header counts as none (it is the client's, and must not
 * turn a refusal into a server error).
 */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers == null ? Locale.SIMPLIFIED_CHINESE
                : choose(() -> cookie(headers.getCookies()), headers::getAcceptableLanguages);
    }

    /** For a JAX-RS filter, before any resource runs. */
    public static Locale of(ContainerRequestContext ctx) {
        return choose(() -> cookie(ctx.getCookies()), ctx::getAcceptableLanguages);
    }

    /** For a servlet filter. */
    public static Locale of(HttpServletRequest req) {
        return choose(() -> {
            Cookie[] cookies = req.getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if (LocaleBean.COOKIE.equals(c.getName())) {
                        return c.getValue();
                    }
                }
            }
            return null;
        }, () -> req.getHeader("Accept-Language") == null ? List.of() : List.of(req.getLocale()));
    }

    private static String cookie(Map<String, jakarta.ws.rs.core.Cookie> cookies) {
        jakarta.ws.rs.core.Cookie lang = cookies == null ? null : cookies.get(LocaleBean.COOKIE);
        return lang == null ? null : lang.getValue();
    }

    private static Locale choose(Supplier<String> cookie, Supplier<List<Locale>> accepted) {
        try {
            String lang = cookie.get();
            if (lang != null) {
                return LocaleBean.of(lang);
            }
            List<Locale> asked = accepted.get();
            return asked != null && !asked.isEmpty() && "en".equals(asked.get(0).getLanguage())
                    ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        } catch (RuntimeException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
