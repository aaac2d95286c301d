package org.zjcs.shared.export;

import java.util.Locale;

/** A text cell kept in both languages in the database (a service item's name): written in the requester's. */
public record LocalizedValue(String zh, String en) {

    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String t = english ? en : zh;
        return t == null || t.isBlank() ? (english ? zh : en) : t;
    }
}
