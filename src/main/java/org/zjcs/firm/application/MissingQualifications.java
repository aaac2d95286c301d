package org.zjcs.firm.application;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zjcs.catalog.domain.QualificationRequirement;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.shared.i18n.LocalizedText;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.i18n.QualificationLevels;

/**
 * The qualifications a firm lacks for a service item, as one message argument in the reader's language: each type with
 * its minimum level, joined by the bundle's {@code firm.upkeep.join.allOf} (all needed) or
 * {@code firm.upkeep.join.anyOf} (any one of them would do).
 */
record MissingQualifications(List<QualificationRequirement> missing, Map<String, QualificationType> types,
                             RequirementMode mode) implements LocalizedText, Serializable {

    @Override
    public String in(Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        List<String> names = missing.stream().map(r -> {
            QualificationType t = types.get(r.getTypeCode());
            String name = t == null ? r.getTypeCode() : zh ? t.getNameZh() : t.getNameEn();
            return QualificationLevels.requirement(locale, name, r.getMinLevel());
        }).toList();
        String joint = Messages.text(locale, mode == RequirementMode.ANY_OF ? "firm.upkeep.join.anyOf" : "firm.upkeep.join.allOf");
        return String.join(joint, names);
    }

    @Override
    public String toString() {
        return in(Locale.SIMPLIFIED_CHINESE);
    }
}
