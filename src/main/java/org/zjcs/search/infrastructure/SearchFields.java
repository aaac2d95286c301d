package org.zjcs.search.infrastructure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zjcs.search.domain.IndexedDocument;
import org.zjcs.search.domain.SearchDocument;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchFacet;

/**
 * How a {@link SearchDocument} becomes a Lucene document (docs/search.md lists the fields): {@code id} (kept whole, to
 * replace or delete a notice), text fields analysed in Chinese and stored for display and highlighting (title, owner
 * unit, service item name, summary), code fields (service item code, region), one facet per {@link SearchFacet}, and
 * the publication time (epoch milliseconds) and amount (fen) as points for ranges and doc values for sorting.
 */
public final class SearchFields {

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String OWNER = "owner";
    public static final String SERVICE_ITEM_NAME = "serviceItemName";
    public static final String SUMMARY = "summary";
    public static final String SERVICE_ITEM_CODE = "serviceItemCode";
    public static final String REGION_CODE = "regionCode";
    public static final String METHOD = "method";
    public static final String STATUS = "status";
    public static final String FUND_SOURCE = "fundSource";
    public static final String PUBLISHED = "published";
    public static final String AMOUNT = "amount";
    public static final String KIND = "kind";
    public static final String ENTITY_ID = "entityId";
    public static final String SOURCE = "source";
    public static final String LINK = "link";
    public static final String DETAIL = "detail";
    /** Pinyin runs of a firm's name (keyword terms, {@link Pinyin#terms}). */
    public static final String PINYIN = "pinyin";
    /** Keyword terms a suggestion's prefix is looked up in: suffixes of the title, pinyin runs, a code. */
    public static final String SUGGEST = "suggest";
    /** Longest suggestion term kept, in characters (a prefix typed beyond it cannot match: it is cut to it). */
    public static final int SUGGEST_TERM = 40;
    private static final int SUGGEST_STARTS = 60;

    /**
     * The text a visitor's words are matched in: title, service item name, owner unit and summary as four values of
     * one field (positions apart, so a phrase does not run from one into the next). One posting list per word instead
     * of four keeps a search with 100,000 hits cheap. The title is written twice, so that a word in it counts twice
     * in the score (a clause on the title field would cost a second scorer per word for every hit).
     */
    public static final String ALL = "all";

    private static final FacetsConfig CONFIG = new FacetsConfig();

    /**
     * The highlighted fields (title, summary): analysed, stored, and with each word's character offsets in the
     * postings, so the highlighter reads where the words are instead of segmenting the stored text again with SmartCN
     * for every hit shown (docs/search.md, "Speed").
     */
    static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    /** The matched text ({@link #ALL}): analysed with positions for phrases, not stored. */
    static final FieldType MATCHED = TextField.TYPE_NOT_STORED;

    static {
        // a firm serves several service items
        CONFIG.setMultiValued(SearchFacet.SERVICE_ITEM.dimension(), true);
    }

    private SearchFields() {
    }

    /** The facet configuration (one value per document and dimension, the default). */
    public static FacetsConfig facetsConfig() {
        return CONFIG;
    }

    /** The Lucene document of a notice, facets built. */
    public static Document document(SearchDocument d) {
        return document(d.indexed());
    }

    /** The Lucene document of any kind, facets built. */
    public static Document document(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.key(), Field.Store.YES));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new StoredField(ENTITY_ID, d.id()));
        doc.add(new StringField(SOURCE, d.source(), Field.Store.NO));
        doc.add(new StoredField(LINK, d.link()));
        doc.add(new StoredField(DETAIL, d.detail()));
        doc.add(new Field(TITLE, d.title(), HIGHLIGHTED));
        doc.add(new StoredField(OWNER, d.ownerName()));
        doc.add(new StoredField(SERVICE_ITEM_NAME, d.serviceItemName()));
        doc.add(new Field(SUMMARY, d.summary(), HIGHLIGHTED));
        for (String text : new String[] {d.title(), d.title(), d.serviceItemName(), d.ownerName(), d.summary()}) {
            doc.add(new Field(ALL, text, MATCHED));
        }
        for (String code : d.serviceItemCodes()) {
            doc.add(new StringField(SERVICE_ITEM_CODE, code, Field.Store.YES));
        }
        doc.add(new StringField(REGION_CODE, d.regionCode(), Field.Store.YES));
        doc.add(new StoredField(METHOD, d.method()));
        doc.add(new StoredField(STATUS, d.status()));
        doc.add(new StoredField(FUND_SOURCE, d.fundSource()));
        if (d.publishedAt() != null) {
            long published = d.publishedAt().toEpochMilli();
            doc.add(new LongPoint(PUBLISHED, published));
            doc.add(new NumericDocValuesField(PUBLISHED, published));
            doc.add(new StoredField(PUBLISHED, published));
        }
        if (d.amount() != null) {
            long fen = fen(d.amount());
            doc.add(new LongPoint(AMOUNT, fen));
            doc.add(new NumericDocValuesField(AMOUNT, fen));
            doc.add(new StoredField(AMOUNT, fen));
        }
        Set<String> suggest = new LinkedHashSet<>(suggestTerms(d.title()));
        if (d.pinyin()) {
            Set<String> pinyin = Pinyin.terms(d.title());
            for (String t : pinyin) {
                doc.add(new StringField(PINYIN, t, Field.Store.NO));
            }
            suggest.addAll(pinyin);
        }
        if (d.kind() == SearchKind.SERVICE_ITEM && !d.detail().isEmpty()) {
            suggest.add(d.detail().toLowerCase(Locale.ROOT));
        }
        for (String t : suggest) {
            doc.add(new StringField(SUGGEST, t, Field.Store.NO));
        }
        for (SearchFacet f : SearchFacet.values()) {
            for (String value : d.facetValues(f)) {
                doc.add(new SortedSetDocValuesFacetField(f.dimension(), value));
            }
        }
        try {
            return CONFIG.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The suggestion terms of a title: the title lower-cased without spaces, and its suffixes from each character on
     * (so 秦川 finds 陕西秦川环境…), each cut to {@value #SUGGEST_TERM} characters.
     */
    static List<String> suggestTerms(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        List<String> out = new ArrayList<>();
        int[] cps = t.codePoints().toArray();
        for (int i = 0; i < cps.length && i < SUGGEST_STARTS; i++) {
            if (!Character.isLetterOrDigit(cps[i])) {
                continue;
            }
            int end = Math.min(cps.length, i + SUGGEST_TERM);
            out.add(new String(cps, i, end - i));
        }
        return out;
    }

    /** Text as the suggestion terms are kept: lower-cased, without white space, cut to {@value #SUGGEST_TERM}. */
    public static String suggestKey(String text) {
        if (text == null) {
            return "";
        }
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        int n = t.codePointCount(0, t.length());
        return n <= SUGGEST_TERM ? t : t.substring(0, t.offsetByCodePoints(0, SUGGEST_TERM));
    }

    /** Yuan to fen, rounded half up (amounts are indexed as whole fen). */
    static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
