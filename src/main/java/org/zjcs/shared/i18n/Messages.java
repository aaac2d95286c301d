package org.zjcs.shared.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.zjcs.shared.error.DomainException;

/**
 * User-facing text from messages_*.properties, in the locale of the current view. Java code names
 * keys; it never holds the text itself.
 */
public final class Messages {

    public static final String BUNDLE = "org.zjcs.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof DomainException.Label label) {
                shown[i] = text(locale, label.key());
            } else if (shown[i] instanceof LocalizedText named) {
                shown[i] = named.in(locale);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public static String text(String key, Object... args) {
        return text(currentLocale(), key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * The reader's language ({@link LocaleBean}, from the language cookie). Not the view root's locale alone: before
     * the template's {@code f:view locale} is applied at rendering (in an {@code f:viewAction}, e.g. the confirmation
     * after publishing a notice) that is still the browser's Accept-Language.
     */
    private static Locale currentLocale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null) {
            try {
                return jakarta.enterprise.inject.spi.CDI.current().select(LocaleBean.class).get().getLocale();
            } catch (RuntimeException e) {
                // no request scope or no CDI here: the view's locale
            }
            if (fc.getViewRoot() != null) {
                return fc.getViewRoot().getLocale();
            }
        }
        return LocaleBean.DEFAULT_LOCALE;
    }
}
