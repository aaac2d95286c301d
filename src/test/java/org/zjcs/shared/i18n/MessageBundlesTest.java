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
