package org.zjcs.shared.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the session: Simplified Chinese by default, English on request. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final long serialVersionUID = 1L;

    private Locale locale = DEFAULT_LOCALE;

    public Locale getLocale() {
        return locale;
    }

    /** The BCP 47 tag for the html lang attribute: zh-CN or en. */
    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** Selects the language by its tag: "en" for English, anything else for Simplified Chinese. */
    public void select(String tag) {
        locale = "en".equalsIgnoreCase(tag) ? Locale.ENGLISH : DEFAULT_LOCALE;
    }
}
