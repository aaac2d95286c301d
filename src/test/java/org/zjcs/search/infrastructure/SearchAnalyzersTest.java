package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Segmentation of real titles from db-scripts/demo (V9, V23) by the index's analyzers. */
class SearchAnalyzersTest {

    final Analyzer index = SearchAnalyzers.forIndex();
    final SafeQueries queries = new SafeQueries(index);

    @Test
    void environmentalImpactReportIsCutIntoItsWords() {
        assertEquals(List.of("环境", "影响", "评价", "报告", "书"), queries.tokens("环境影响评价报告书"));
    }

    @Test
    void soilAndWaterConservationPlanIsCutIntoItsWords() {
        assertEquals(List.of("水土", "保持", "方案"), queries.tokens("水土保持方案"));
        assertEquals(List.of("水土", "保持", "方案", "编制"), queries.tokens("水土保持方案编制"));
    }

    @Test
    void aFullNoticeTitleFromTheDemoData() {
        assertEquals(List.of("西", "一", "路", "小学", "教学楼", "抗震", "加固", "工程", "环境", "影响", "登记表", "编制"),
                queries.tokens("西一路小学教学楼抗震加固工程环境影响登记表编制"));
        assertEquals(List.of("东", "七", "路", "道路", "综合", "整治", "工程", "水土", "保持", "方案", "编制"),
                queries.tokens("东七路道路综合整治工程水土保持方案编制"));
    }

    @Test
    void punctuationIsNoWordAndLatinIsLowerCased() {
        assertEquals(List.of(), queries.tokens("，。！？……“”"));
        assertEquals(List.of("zj", "003", "eia"), queries.tokens("ZJ003 EIA"));
    }

    @Test
    void codesAreKeptWholeAndLowerCased() throws Exception {
        try (var ts = index.tokenStream(SearchFields.SERVICE_ITEM_CODE, "ZJ003")) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            StringBuilder all = new StringBuilder();
            while (ts.incrementToken()) {
                all.append('[').append(term).append(']');
            }
            ts.end();
            assertEquals("[zj003]", all.toString());
        }
    }
}
