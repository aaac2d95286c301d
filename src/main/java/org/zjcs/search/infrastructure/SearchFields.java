package org.zjcs.search.infrastructure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.zjcs.search.domain.SearchDocument;
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

    /** The fields a visitor's words are looked for in, with their weights (a word in the title counts most). */
    static final String[] TEXT_FIELDS = {TITLE, SERVICE_ITEM_NAME, OWNER, SUMMARY};
    static final float[] TEXT_BOOSTS = {3f, 1.5f, 1f, 1f};

    private static final FacetsConfig CONFIG = new FacetsConfig();

    private SearchFields() {
    }

    /** The facet configuration (one value per document and dimension, the default). */
    public static FacetsConfig facetsConfig() {
        return CONFIG;
    }

    /** The Lucene document of a notice, facets built. */
    public static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.noticeId()), Field.Store.YES));
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(OWNER, d.ownerName(), Field.Store.YES));
        doc.add(new TextField(SERVICE_ITEM_NAME, d.serviceItemName(), Field.Store.YES));
        doc.add(new TextField(SUMMARY, d.summary(), Field.Store.YES));
        doc.add(new StringField(SERVICE_ITEM_CODE, d.serviceItemCode(), Field.Store.YES));
        doc.add(new StringField(REGION_CODE, d.regionCode(), Field.Store.YES));
        doc.add(new StoredField(METHOD, d.method().name()));
        doc.add(new StoredField(STATUS, d.status().name()));
        doc.add(new StoredField(FUND_SOURCE, d.fundSource().name()));
        long published = d.publishedAt().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new StoredField(PUBLISHED, published));
        if (d.amount() != null) {
            long fen = fen(d.amount());
            doc.add(new LongPoint(AMOUNT, fen));
            doc.add(new NumericDocValuesField(AMOUNT, fen));
            doc.add(new StoredField(AMOUNT, fen));
        }
        for (SearchFacet f : SearchFacet.values()) {
            String value = d.facetValue(f);
            if (!value.isEmpty()) {
                doc.add(new SortedSetDocValuesFacetField(f.dimension(), value));
            }
        }
        try {
            return CONFIG.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Yuan to fen, rounded half up (amounts are indexed as whole fen). */
    static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
