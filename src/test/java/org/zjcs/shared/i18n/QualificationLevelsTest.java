package org.zjcs.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Qualification levels are stored in Chinese and named in the reader's language; typed names map back to them. */
class QualificationLevelsTest {

    private static final List<String> LEVELS = List.of("综合资质", "甲级", "乙级");

    @Test
    void aLevelIsNamedInTheReadersLanguageAndAnUnknownOneAsStored() {
        assertEquals("Grade B", QualificationLevels.name(Locale.ENGLISH, "乙级"));
        assertEquals("乙级", QualificationLevels.name(Locale.SIMPLIFIED_CHINESE, "乙级"));
        assertEquals("丁级", QualificationLevels.name(Locale.ENGLISH, "丁级"), "not in the bundles: as stored");
        assertEquals("Grade A, Grade B", QualificationLevels.names(Locale.ENGLISH, "甲级,乙级"));
        assertEquals("甲级、乙级", QualificationLevels.names(Locale.SIMPLIFIED_CHINESE, "甲级,乙级"));
    }

    @Test
    void aRequirementReadsLevelOrHigherInBothLanguages() {
        assertEquals("Surveying (Grade B or higher)", QualificationLevels.requirement(Locale.ENGLISH, "Surveying", "乙级"));
        assertEquals("测绘资质（乙级及以上）", QualificationLevels.requirement(Locale.SIMPLIFIED_CHINESE, "测绘资质", "乙级"));
        assertEquals("Surveying", QualificationLevels.requirement(Locale.ENGLISH, "Surveying", null));
        assertEquals("Grade B", QualificationLevels.arg("乙级").in(Locale.ENGLISH), "as a message argument");
    }

    @Test
    void aTypedNameMapsBackToTheStoredLevel() {
        assertEquals("乙级", QualificationLevels.stored(Locale.ENGLISH, " grade b ", LEVELS));
        assertEquals("乙级", QualificationLevels.stored(Locale.ENGLISH, "乙级", LEVELS), "the stored form is accepted too");
        assertEquals("综合资质", QualificationLevels.stored(Locale.SIMPLIFIED_CHINESE, "综合资质", LEVELS));
        assertEquals("Grade C", QualificationLevels.stored(Locale.ENGLISH, "Grade C", LEVELS), "not a level of the type: unchanged");
    }
}
