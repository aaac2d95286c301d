package org.zjcs.search.infrastructure;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The one place that says how text is cut into words. Chinese text fields (title, owner, service item, summary) go
 * through {@link SmartChineseAnalyzer} (its dictionary segmentation with the default stop set, which drops
 * punctuation; Latin words are lower-cased and stemmed); codes (region, service item code) are kept whole and
 * lower-cased. Indexing and querying use the same analyzer, so a word is found the way it was indexed.
 */
public final class SearchAnalyzers {

    static final int VALUE_GAP = 100;

    private SearchAnalyzers() {
    }

    /** Chinese (and mixed) prose. */
    public static Analyzer chinese() {
        return new SmartChineseAnalyzer();
    }

    /** A code kept whole, lower-cased (e.g. ZJ003 → zj003). */
    public static Analyzer keyword() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** The analyzer of the whole index: Chinese by default, keyword for the code fields. */
    public static Analyzer forIndex() {
        Analyzer keyword = keyword();
        return new PerFieldAnalyzerWrapper(chinese(), Map.of(
                SearchFields.SERVICE_ITEM_CODE, keyword,
                SearchFields.REGION_CODE, keyword,
                SearchFields.ALL, valuesApart(chinese())));
    }

    /** Chinese prose of a field with several values, the values {@value #VALUE_GAP} positions apart (no phrase across). */
    static Analyzer valuesApart(Analyzer chinese) {
        return new AnalyzerWrapper(chinese.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return chinese;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }
}
