package org.zjcs.shared.api;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.zjcs.shared.i18n.LocaleBean;

/**
 * The language of a REST answer, as the site's pages choose it: the site's language cookie (the user switched with
 * 中文 / English), else the first language the client accepts, else Chinese. A malformed Accept-Language header counts
 * as none (it is the client's, and must not turn a refusal into a server error).
 */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            Cookie lang = headers.getCookies() == null ? null : headers.getCookies().get(LocaleBean.COOKIE);
            if (lang != null) {
                return LocaleBean.of(lang.getValue());
            }
            List<Locale> accepted = headers.getAcceptableLanguages();
            return !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        } catch (RuntimeException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
