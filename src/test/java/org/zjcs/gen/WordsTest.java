package org.zjcs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class WordsTest {

    private static List<String> texts(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            out.add(Words.projectName(r, "雁塔区") + "|" + Words.firmName(r, "西安市") + "|" + Words.person(r) + "|"
                    + Words.phone(r) + "|" + Words.projectScale(r) + "|" + Words.serviceContent(r, "水土保持方案编制", "水务局"));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameTexts() {
        assertEquals(texts(20261204L), texts(20261204L));
        assertNotEquals(texts(20261204L), texts(1L));
    }

    @Test
    void textsArePlausibleChinese() {
        SplittableRandom r = new SplittableRandom(7);
        String project = Words.projectName(r, "新城区");
        assertTrue(project.startsWith("新城区") && (project.endsWith("工程") || project.endsWith("项目")), project);
        String firm = Words.firmName(r, "西安市");
        assertTrue(firm.startsWith("西安") && firm.endsWith("有限公司") && !firm.startsWith("西安市"), firm);
        assertEquals("内蒙古", Words.shortPlace("内蒙古自治区"));
        assertTrue(Words.phone(r).matches("0\\d{2,3}-\\d{8}"));
    }

    @Test
    void sqlLiteralsEscapeQuotesAndBackslashes() {
        StringBuilder sb = new StringBuilder();
        Loader.literal(sb, "a'b\\c\nd");
        assertEquals("'a''b\\\\c\\nd'", sb.toString());
        assertEquals("\"x\\\"y\"", DataGenerator.json("x\"y"));
        StringBuilder tsv = new StringBuilder();
        Loader.field(tsv, "a\tb\\c\nd");
        Loader.field(tsv, null);
        assertEquals("a\\tb\\\\c\\nd\\N", tsv.toString());
    }

    @Test
    void theGeneratedPdfIsAPdf() {
        String pdf = new String(DataGenerator.pdf("x"), java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(pdf.startsWith("%PDF-1.4") && pdf.endsWith("%%EOF\n"));
    }
}
