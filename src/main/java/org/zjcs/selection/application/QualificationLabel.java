package org.zjcs.selection.application;

import java.util.Locale;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.shared.i18n.LocalizedText;
import org.zjcs.shared.i18n.QualificationLevels;

/** A required qualification as a message argument: the type's name in the reader's language, with its minimum level. */
record QualificationLabel(QualificationType type, String code, String minLevel) implements LocalizedText {

    @Override
    public String in(Locale locale) {
        String name = type == null ? code : "zh".equals(locale.getLanguage()) ? type.getNameZh() : type.getNameEn();
        return QualificationLevels.requirement(locale, name, minLevel);
    }

    @Override
    public String toString() {
        return in(Locale.SIMPLIFIED_CHINESE);
    }
}
