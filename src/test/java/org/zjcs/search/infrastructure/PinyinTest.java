package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pinyin of the demo firms' names (db-scripts/demo V1, V4): full syllables, initials, the usual place readings. */
class PinyinTest {

    @Test
    void syllablesOfADemoFirmByIcu() {
        assertEquals(List.of("shan", "xi", "qin", "chuan", "huan", "jing", "gong", "cheng", "zi", "xun", "you", "xian",
                "gong", "si"), Pinyin.syllables("陕西秦川环境工程咨询有限公司"));
        // punctuation separates, Latin runs stay whole and lower-cased
        assertEquals(List.of("xi", "an", "abc", "ce", "hui"), Pinyin.syllables("（西安）ABC测绘"));
    }

    @Test
    void termsHoldEveryRunOfSyllablesAndInitials() {
        Set<String> t = Pinyin.terms("陕西秦川环境工程咨询有限公司");
        assertTrue(t.contains("qinchuan"), "two syllables inside the name");
        assertTrue(t.contains("shanxiqinchuan"));
        assertTrue(t.contains("shaanxiqinchuan"), "陕西 also in its official spelling");
        assertTrue(t.contains("sxqc"), "initials");
        assertTrue(t.contains("qchj"), "initials from inside the name");
        assertTrue(t.contains("huanjinggongcheng"));
        assertFalse(t.contains("qin"), "a single syllable is no term (it would match too much)");
        assertFalse(t.contains("chuanqin"), "syllables stay in order");

        Set<String> huace = Pinyin.terms("西安华测地理信息技术有限公司");
        assertTrue(huace.contains("huace"));
        assertTrue(huace.contains("xahc"));
        assertTrue(huace.contains("xianhuace"));
    }

    @Test
    void polyphonesGetTheUsualReadingOfAFewPlaceWords() {
        // ICU reads 长 as zhang; in 长安 it is chang
        Set<String> t = Pinyin.terms("西安长安测绘有限公司");
        assertTrue(t.contains("zhangan"), "ICU's reading stays");
        assertTrue(t.contains("changan"), "the usual reading too");
        assertTrue(t.contains("xaca"), "initials of the usual reading");
    }

    @Test
    void aQueryTermIsLatinLettersOnlyWithoutSpaces() {
        assertEquals("huanke", Pinyin.queryTerm("huan ke"));
        assertEquals("qinchuan", Pinyin.queryTerm(" Qin Chuan "));
        assertEquals("xian", Pinyin.queryTerm("xi'an"));
        assertNull(Pinyin.queryTerm("秦川"));
        assertNull(Pinyin.queryTerm("q"));
        assertNull(Pinyin.queryTerm("zj003"), "digits: a code, not pinyin");
        assertNull(Pinyin.queryTerm("' OR 1=1; --"));
    }
}
