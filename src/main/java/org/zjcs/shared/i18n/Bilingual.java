package org.zjcs.shared.i18n;

import java.io.Serializable;
import java.util.Locale;

/**
 * A name kept in both languages by reference data (a service item's or a qualification type's name_zh / name_en), as
 * a message argument: the Chinese name for Chinese readers, the English one (or the Chinese when there is none) for
 * everyone else.
 */
public record Bilingual(String zh, String en) implements LocalizedText, Serializable {

    @Override
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) || en == null || en.isBlank() ? zh : en;
    }

    @Override
    public String toString() {
        return zh;
    }
}
