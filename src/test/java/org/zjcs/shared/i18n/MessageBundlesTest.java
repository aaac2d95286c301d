package org.zjcs.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page works in both languages: the two bundles have the same keys, and every key a page names exists. */
class MessageBundlesTest {

    private static final Path DIR = Path.of("src/main/resources/org/zjcs/i18n");

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws Exception {
        Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "keys without an English text");
        assertEquals(Set.of(), onlyEn, "keys without a Chinese text");
    }

    /**
     * The English texts contain no Chinese character, so no Chinese fragment shows inside an English sentence. The only
     * exemptions: the language switch names the other language in its own script, and the calendar form's example of
     * a line an operator types (the official Chinese holiday name, then the English one).
     */
    static final Set<String> CJK_EXEMPT = Set.of("nav.lang.zh", "calendar.add.holidays");
    static final Pattern CJK = Pattern.compile("[\\u2E80-\\u2FFF\\u3000-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF"
            + "\\uF900-\\uFAFF\\uFF00-\\uFFEF]");

    @Test
    void englishTextsHoldNoChineseCharacters() throws Exception {
        Properties en = load("messages_en.properties");
        Set<String> chinese = new TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            if (!CJK_EXEMPT.contains(k) && CJK.matcher(en.getProperty(k)).find()) {
                chinese.add(k + "=" + en.getProperty(k));
            }
        }
        assertEquals(Set.of(), chinese, "English texts with Chinese characters");
        for (String k : CJK_EXEMPT) {
            assertTrue(CJK.matcher(en.getProperty(k)).find(), k + " is exempt only while it needs to be");
        }
    }

    /** Every level of the reference data (V4__catalog_service_items.sql) and of the demo data has an English name. */
    @Test
    void everyStoredQualificationLevelHasAnEnglishName() throws Exception {
        Properties en = load("messages_en.properties");
        Properties zh = load("messages_zh_CN.properties");
        String v4 = Files.readString(Path.of("db-scripts/migration/V4__catalog_service_items.sql"));
        Matcher levels = Pattern.compile("'((?:[^',]+,)*[^',]+)'\\)").matcher(v4);
        Set<String> stored = new TreeSet<>();
        while (levels.find()) {
            for (String l : levels.group(1).split(",")) {
                if (CJK.matcher(l).find()) {
                    stored.add(l.trim());
                }
            }
        }
        assertTrue(stored.containsAll(Set.of("甲级", "乙级", "一类", "二类", "综合资质")), "levels read from V4: " + stored);
        for (String l : stored) {
            String english = en.getProperty(QualificationLevels.PREFIX + l);
            assertTrue(english != null && !CJK.matcher(english).find(), "an English name for " + l + ": " + english);
            assertEquals(l, zh.getProperty(QualificationLevels.PREFIX + l), "the Chinese name of " + l + " is the stored one");
        }
    }

    @Test
    void everyLiteralKeyOnThePagesExists() throws Exception {
        Properties zh = load("messages_zh_CN.properties");
        Pattern key = Pattern.compile("msg\\['([a-zA-Z0-9._]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = key.matcher(Files.readString(page));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && zh.getProperty(m.group(1)) == null) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used on pages but missing: " + missing);
    }

    /**
     * MessageFormat treats a single quote as the start of a literal, so in a text with {0} a lone apostrophe
     * ("the unit's {0}") silently swallows the placeholder. Such texts must double it or avoid it.
     */
    @Test
    void parameterisedTextsHaveNoLoneApostrophes() throws Exception {
        Set<String> broken = new TreeSet<>();
        for (String bundle : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                if (v.matches("(?s).*\\{\\d+[^}]*\\}.*") && v.replace("''", "").contains("'")) {
                    broken.add(bundle + ": " + k);
                }
            }
        }
        assertTrue(broken.isEmpty(), "texts with {n} and a lone apostrophe: " + broken);
    }
}
