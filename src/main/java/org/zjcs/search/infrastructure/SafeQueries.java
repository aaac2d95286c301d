package org.zjcs.search.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a visitor's text into a Lucene query without ever throwing on it. No query syntax is parsed: every character
 * is text, so {@code AND}, {@code *}, {@code :}, brackets, backslashes and SQL are just words (or nothing). The text is
 * cut at spaces and punctuation and each run analysed by the index's Chinese analyzer; each word must occur in the matched text (title, service item, owner or
 * summary: field {@code all}, where the title is written twice so that its words weigh more). A part in balanced double quotes ("…") must occur as a phrase; an unbalanced quote is ignored.
 * At most {@value #MAX_WORDS} different words are used (a 1,000-character text stays far below Lucene's clause limit).
 * A token without a letter or digit (emoji, symbols SmartCN keeps) is no word. Text with no word at all (only
 * punctuation, emoji, spaces) answers {@link Built#noWords()}: no hits and the message
 * key {@value #NO_WORDS}. Text of Latin letters only (spaces allowed) may also be the pinyin of a firm's name:
 * {@code huanke}, {@code huan ke} and the initials {@code sxhk} are one term of the {@code pinyin} field ({@link Pinyin}),
 * an alternative to the words.
 */
public final class SafeQueries {

    public static final int MAX_WORDS = 32;
    public static final String NO_WORDS = "search.message.noWords";

    private final Analyzer analyzer;

    public SafeQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A built query, or none with the message key that says why. */
    public record Built(Query query, String messageKey) {
        static Built noWords() {
            return new Built(new MatchNoDocsQuery("no words to search for"), NO_WORDS);
        }

        public boolean hasWords() {
            return messageKey == null;
        }
    }

    public Built build(String text) {
        List<List<String>> phrases = new ArrayList<>();
        Set<String> words = new LinkedHashSet<>();
        StringBuilder loose = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('"', i);
            int close = open < 0 ? -1 : text.indexOf('"', open + 1);
            if (open < 0 || close < 0) {
                loose.append(text, i, text.length());
                break;
            }
            loose.append(text, i, open).append(' ');
            List<String> phrase = tokens(text.substring(open + 1, close));
            if (phrase.size() == 1) {
                words.add(phrase.get(0));
            } else if (phrase.size() > 1 && phrases.size() < MAX_WORDS) {
                phrases.add(phrase.subList(0, Math.min(phrase.size(), MAX_WORDS)));
            }
            i = close + 1;
        }
        // an unbalanced quote is only a character: drop it with the other punctuation
        words.addAll(tokens(loose.toString().replace('"', ' ')));
        String pinyin = Pinyin.queryTerm(text);
        if (words.isEmpty() && phrases.isEmpty()) {
            return pinyin == null ? Built.noWords() : new Built(pinyinQuery(pinyin), null);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int used = 0;
        for (List<String> phrase : phrases) {
            all.add(matched(phrase), Occur.MUST);
            used++;
        }
        for (String word : words) {
            if (used++ >= MAX_WORDS) {
                break;
            }
            all.add(matched(List.of(word)), Occur.MUST);
        }
        if (pinyin == null) {
            return new Built(all.build(), null);
        }
        // Latin letters only: the words, or else a firm whose name reads so in pinyin (huanke, huan ke, sxhk)
        return new Built(new BooleanQuery.Builder().add(all.build(), Occur.SHOULD)
                .add(pinyinQuery(pinyin), Occur.SHOULD).build(), null);
    }

    /** A firm name whose pinyin (or initials) contains the run, weighted as a title word. */
    private static Query pinyinQuery(String term) {
        return new BoostQuery(new TermQuery(new Term(SearchFields.PINYIN, term)), 3f);
    }

    /** The word (or phrase) in the matched text ({@link SearchFields#ALL}), required. */
    private static Query matched(List<String> terms) {
        return inField(SearchFields.ALL, terms);
    }

    private static Query inField(String field, List<String> terms) {
        return terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0)))
                : new PhraseQuery(field, terms.toArray(String[]::new));
    }

    /**
     * The words of a text as the title field is analysed, each run between spaces and punctuation analysed on its
     * own: SmartCN segments a run by its context, and a trailing mark changed it (供热管网 is 供热 管网, but 供热管网，
     * was 供热 管 网, which no title holds: no hits), so punctuation now separates words as a space does.
     */
    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean separator = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || punctuation(cp);
            if (separator && start >= 0) {
                analyse(text.substring(start, i), out);
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private static boolean punctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private void analyse(String run, List<String> out) {
        try (TokenStream ts = analyzer.tokenStream(SearchFields.TITLE, run)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(t); // emoji and other symbols are no words
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
