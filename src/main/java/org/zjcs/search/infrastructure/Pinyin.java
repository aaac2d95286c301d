package org.zjcs.search.infrastructure;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pinyin of a name, so a visitor typing {@code qinchuan}, {@code qin chuan} or the initials {@code sxqc} finds
 * 陕西秦川环境工程咨询有限公司 (docs/search.md, "Pinyin"). Each Han character is transliterated on its own by ICU4J
 * ({@code Han-Latin; Latin-ASCII; Lower}: one reading per character, tones dropped); a run of Latin letters or digits is
 * one syllable; anything else separates. The index keeps every run of two or more consecutive syllables joined
 * ({@link #terms}): full syllables and initials, so a query is one term (spaces removed) and matches a name that
 * contains it at a syllable boundary.
 * <p>Limits: ICU gives one reading per character, so a polyphone takes its commonest reading (长 → zhang in 长安, 重 →
 * chong). A few place words of the province get their usual reading too ({@link #READINGS}: 陕西 also as shaanxi, 长安
 * and 长城 as chang). A name is cut at most at {@value #MAX_SYLLABLES} syllables and runs at {@value #MAX_RUN}.
 */
public final class Pinyin {

    static final int MAX_SYLLABLES = 40;
    static final int MAX_RUN = 12;

    /**
     * Words whose usual reading differs from ICU's per-character one, as extra readings (Han written as escapes: this
     * is data, not text shown to anyone). 陕西 → shaan xi (the official spelling of the province, besides shan xi);
     * 长安, 长城, 长乐 → chang (ICU reads 长 as zhang).
     */
    static final Map<String, List<String>> READINGS = Map.of(
            "\u9655\u897F", List.of("shaan", "xi"),
            "\u957F\u5B89", List.of("chang", "an"),
            "\u957F\u57CE", List.of("chang", "cheng"),
            "\u957F\u4E50", List.of("chang", "le"));

    private static final ThreadLocal<Transliterator> HAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    private Pinyin() {
    }

    /** The syllables of a name by ICU's readings: 陕西环科 → shan, xi, huan, ke; Latin runs kept whole (lower-cased). */
    public static List<String> syllables(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        StringBuilder latin = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (out.size() >= MAX_SYLLABLES) {
                return;
            }
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flush(latin, out);
                String s = ascii(HAN.get().transliterate(new String(Character.toChars(cp))));
                if (!s.isEmpty()) {
                    out.add(s);
                }
            } else if (cp < 128 && Character.isLetterOrDigit(cp)) {
                latin.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flush(latin, out);
            }
        });
        flush(latin, out);
        return out.size() > MAX_SYLLABLES ? out.subList(0, MAX_SYLLABLES) : out;
    }

    /**
     * Every reading of the name: ICU's, and one more for each word of {@link #READINGS} it contains (the syllables
     * before and after the word, the word's own reading in between).
     */
    public static List<List<String>> readings(String name) {
        List<List<String>> out = new ArrayList<>();
        out.add(syllables(name));
        if (name == null) {
            return out;
        }
        for (Map.Entry<String, List<String>> e : READINGS.entrySet()) {
            for (int at = name.indexOf(e.getKey()); at >= 0; at = name.indexOf(e.getKey(), at + 1)) {
                List<String> alt = new ArrayList<>(syllables(name.substring(0, at)));
                alt.addAll(e.getValue());
                alt.addAll(syllables(name.substring(at + e.getKey().length())));
                if (!out.contains(alt)) {
                    out.add(alt.size() > MAX_SYLLABLES ? alt.subList(0, MAX_SYLLABLES) : alt);
                }
            }
        }
        return out;
    }

    /**
     * The terms the index keeps for a name: each run of 2 to {@value #MAX_RUN} consecutive syllables joined
     * ({@code qinchuan}, {@code shanxiqinchuan}…) and the same runs of initials ({@code sxqc}), of every reading.
     */
    public static Set<String> terms(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> r : readings(name)) {
            List<String> initials = r.stream().map(s -> s.substring(0, 1)).toList();
            runs(r, out);
            runs(initials, out);
        }
        return out;
    }

    /** A visitor's text as one pinyin term: only Latin letters (spaces and apostrophes dropped), else null. */
    public static String queryTerm(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s'’]+", "");
        if (t.length() < 2 || t.length() > 60 || !t.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        return t;
    }

    private static void runs(List<String> syllables, Set<String> out) {
        for (int i = 0; i < syllables.size(); i++) {
            StringBuilder b = new StringBuilder(syllables.get(i));
            for (int j = i + 1; j < syllables.size() && j - i < MAX_RUN; j++) {
                b.append(syllables.get(j));
                out.add(b.toString());
            }
        }
    }

    private static void flush(StringBuilder latin, List<String> out) {
        if (latin.length() > 0) {
            out.add(latin.toString());
            latin.setLength(0);
        }
    }

    private static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
