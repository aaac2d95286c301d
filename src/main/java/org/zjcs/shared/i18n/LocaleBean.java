package org.zjcs.shared.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The reader's language: Simplified Chinese by default, English on request. It is kept in the {@value #COOKIE}
 * cookie (set by {@link LocaleFilter} on {@code ?lang=}), not in the HTTP session, so that reading a public page
 * never opens a session; logged-in users carry the same cookie.
 */
@Named
@RequestScoped
public class LocaleBean {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** The cookie holding the language tag ("en" or "zh-CN"). */
    public static final String COOKIE = "zjcs_lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie(cookieValue());
        }
        return locale;
    }

    /** The BCP 47 tag for the html lang attribute: zh-CN or en. */
    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    /** Selects the language of this request by its tag: "en" for English, anything else for Simplified Chinese. */
    public void select(String tag) {
        locale = of(tag);
    }

    /** The locale a tag names: "en" is English, anything else (or nothing) Simplified Chinese. */
    public static Locale of(String tag) {
        return "en".equalsIgnoreCase(tag) ? Locale.ENGLISH : DEFAULT_LOCALE;
    }

    static Locale fromCookie(String value) {
        return of(value);
    }

    private String cookieValue() {
        Cookie[] cookies;
        try {
            cookies = request.getCookies();
        } catch (RuntimeException e) {
            return null; // no HTTP request (a timer or a background job): the default language
        }
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
