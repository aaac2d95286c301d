package org.zjcs.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Qualification levels (资质等级) in the reader's language. Levels are reference data stored in Chinese, as the
 * certificates name them (qualification_type.levels, qualifications.level, requirements' minimum level: 甲级, 乙级,
 * 一类, 综合资质 …); their names for each language are in the message bundles under {@value #PREFIX} followed by the
 * stored level. A level the bundles do not know is shown as stored.
 */
public final class QualificationLevels {

    public static final String PREFIX = "qualification.level.";

    private QualificationLevels() {
    }

    /** The level's name in {@code locale}; null or blank stays as it is. */
    public static String name(Locale locale, String level) {
        if (level == null || level.isBlank()) {
            return level;
        }
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(PREFIX + level.trim());
        } catch (MissingResourceException e) {
            return level;
        }
    }

    /** A comma-separated list of stored levels (highest first), each named in {@code locale}, joined for reading. */
    public static String names(Locale locale, String levels) {
        if (levels == null || levels.isBlank()) {
            return "";
        }
        return Arrays.stream(levels.split(",")).map(String::trim).filter(l -> !l.isEmpty()).map(l -> name(locale, l))
                .collect(Collectors.joining(Messages.text(locale, "common.listSeparator")));
    }

    /**
     * The stored level that {@code typed} names in {@code locale} among a type's {@code levels} (its stored form or its
     * name, ignoring case and surrounding spaces); {@code typed} itself when it names none of them (the catalogue then
     * refuses it as an unknown level).
     */
    public static String stored(Locale locale, String typed, java.util.List<String> levels) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String t = typed.trim();
        for (String level : levels) {
            if (level.equalsIgnoreCase(t) || name(locale, level).equalsIgnoreCase(t)) {
                return level;
            }
        }
        return typed;
    }

    /** A stored level as a message argument: named in the reader's language when the message is shown. */
    public static LocalizedText arg(String level) {
        return new Level(level);
    }

    private record Level(String stored) implements LocalizedText, java.io.Serializable {
        @Override
        public String in(Locale locale) {
            return name(locale, stored);
        }

        @Override
        public String toString() {
            return stored;
        }
    }

    /** A required qualification: its name, and "(level or higher)" when the requirement names a minimum level. */
    public static String requirement(Locale locale, String typeName, String minLevel) {
        return minLevel == null || minLevel.isBlank() ? typeName
                : Messages.text(locale, "catalog.requirement.minLevel", typeName, name(locale, minLevel));
    }
}
