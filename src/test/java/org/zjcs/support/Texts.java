package org.zjcs.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The user-facing texts of the message bundles, so that tests assert what a user reads without copying it. */
public final class Texts {

    private Texts() {
    }

    /** The Chinese text of {@code key}, formatted with {@code args} like the application does. */
    public static String zh(String key, Object... args) {
        return format("messages_zh_CN", Locale.SIMPLIFIED_CHINESE, key, args);
    }

    public static String en(String key, Object... args) {
        return format("messages_en", Locale.ENGLISH, key, args);
    }

    private static String format(String bundle, Locale locale, String key, Object... args) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/org/zjcs/i18n/" + bundle + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = p.getProperty(key);
        if (text == null) {
            throw new AssertionError("No message " + key + " in " + bundle);
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
