package org.zjcs.search.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.zjcs.search.domain.SearchFacet;
import org.zjcs.search.domain.SearchKind;
import org.zjcs.search.domain.SearchQuery;
import org.zjcs.search.domain.SearchResult;
import org.zjcs.search.domain.SearchResult.FacetCount;
import org.zjcs.search.domain.SearchResult.Hit;
import org.zjcs.search.domain.SearchResult.Suggestion;
import org.zjcs.search.domain.SearchSort;
import org.zjcs.shared.time.BusinessTime;

/**
 * Runs a {@link SearchQuery} over the documents of one Lucene directory (every {@link SearchKind}): the visitor's words
 * (by {@link SafeQueries}), the date and amount ranges as filters, the facet filters as drill-down (values of one facet
 * are alternatives, facets narrow each other); counts of every facet value, drill-sideways; the page asked for (past the end: no hits, the total
 * still told), sorted by relevance (ties newest first) or newest first; title and summary snippets as escaped HTML with
 * the matched words in {@code <em>}. Over a directory it opens a reader per search (tests); the running application
 * passes the near-real-time searcher of {@code search.application.SearchIndex}.
 */
public final class IndexSearch {

    /** The most facet values told per dimension. */
    public static final int FACET_VALUES = 50;
    private static final int SUMMARY_PASSAGES = 1;
    /** Results (and, apart, counts) kept per reader. */
    static final int CACHED_RESULTS = 256;
    /**
     * Hits counted exactly when the total is already known: Lucene's default, past which it may skip documents that
     * cannot make the page.
     */
    private static final int KNOWN_TOTAL_THRESHOLD = 1000;

    private final Directory directory;
    private final Analyzer analyzer;
    private final SafeQueries queries;
    /** The facet state of the last reader searched (see {@link #facetState}). */
    private volatile FacetState facetState;
    /** Drill-sideways searches run (a test checks what is taken from the kept counts instead). */
    private final java.util.concurrent.atomic.AtomicInteger sidewaysSearches = new java.util.concurrent.atomic.AtomicInteger();
    /** What is kept for the last reader searched (see {@link #search(IndexSearcher, SearchQuery)}). */
    private volatile Kept kept;

    public IndexSearch(Directory directory, Analyzer analyzer) {
        this.directory = directory;
        this.analyzer = analyzer;
        this.queries = new SafeQueries(analyzer);
    }

    public SearchResult search(SearchQuery q) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                // nothing indexed yet (before the first commit): no hits rather than an error
                return new SearchResult(List.of(), 0, q.page(), q.size(), emptyFacets(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return run(new IndexSearcher(reader), q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the query over a searcher the caller holds (the near-real-time one of the running index). The results of
     * the last {@value #CACHED_RESULTS} different queries are kept for as long as the searcher's reader serves, as
     * Solr's query result cache does: the same search asked again (a popular word, the next visitor on the same
     * page) is answered without searching; the next change to the index opens a new reader and starts afresh, so a
     * cached result is never older than the index.
     */
    public SearchResult search(IndexSearcher searcher, SearchQuery q) {
        try {
            IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
            if (helper == null) {
                return run(searcher, q);
            }
            Kept k = kept;
            if (k == null || k.reader() != helper.getKey()) {
                k = new Kept(helper.getKey(), Collections.synchronizedMap(new Lru<>(CACHED_RESULTS)),
                        Collections.synchronizedMap(new Lru<>(CACHED_RESULTS)));
                kept = k;
            }
            SearchResult cached = k.byQuery().get(q);
            if (cached != null) {
                return cached;
            }
            SearchResult fresh = run(searcher, q, k);
            k.byQuery().put(q, fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int sidewaysSearches() {
        return sidewaysSearches.get();
    }

    /**
     * What is kept for one reader: the results of the last searches, and the total and facet counts of the last
     * matchings (whatever page and order they were asked in).
     */
    private record Kept(IndexReader.CacheKey reader, Map<SearchQuery, SearchResult> byQuery,
            Map<SearchQuery.Matching, Counts> counts) {
    }

    /** How many documents match, and the counts per facet value among them (drill-sideways for filtered facets). */
    private record Counts(long total, Map<SearchFacet, List<FacetCount>> facets) {
    }

    /** At most {@code max} entries, the least recently used one leaving first. */
    private static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int max;

        Lru(int max) {
            super(16, 0.75f, true);
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
        }
    }

    /** Runs the query without any kept result (a reader per search: tests). */
    private SearchResult run(IndexSearcher searcher, SearchQuery q) throws IOException {
        return run(searcher, q, null);
    }

    /**
     * Searches: the page's top hits and the facet counts in one pass over the hits; then the counting and the page's
     * snippets side by side. What {@code kept} already holds is not done again: the total and counts of the same
     * matching (another page, the other order), and the drill-sideways counts of each filtered facet when the search
     * without that filter was counted (a visitor searches, then narrows).
     */
    private SearchResult run(IndexSearcher searcher, SearchQuery q, Kept kept) throws IOException {
        SafeQueries.Built built = queries.build(q.text());
        if (!built.hasWords()) {
            return new SearchResult(List.of(), 0, q.page(), q.size(), Map.of(), built.messageKey());
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(built.query(), Occur.MUST);
        Query published = publishedRange(q.publishedFrom(), q.publishedTo());
        if (published != null) {
            base.add(published, Occur.FILTER);
        }
        Query amount = amountRange(q.amountMin(), q.amountMax());
        if (amount != null) {
            base.add(amount, Occur.FILTER);
        }
        DrillDownQuery query = new DrillDownQuery(SearchFields.facetsConfig(), base.build());
        for (Map.Entry<SearchFacet, Set<String>> e : q.filters().entrySet()) {
            for (String value : e.getValue()) {
                query.add(e.getKey().dimension(), value);
            }
        }

        int end = q.offset() + q.size();
        SearchQuery.Matching matching = q.matching();
        Counts known = kept == null ? null : kept.counts().get(matching);
        SortedSetDocValuesReaderState state = facetStateOrNull(searcher.getIndexReader());
        if (known != null || state == null) {
            // the counts are known (or there are no facets yet): only the page's hits are collected, and once the
            // total is known Lucene may skip documents that cannot make the page
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort(q), end, null,
                    known == null ? Integer.MAX_VALUE : KNOWN_TOTAL_THRESHOLD));
            long total = known == null ? top.totalHits.value : known.total();
            List<Hit> hits = hits(searcher, built.query(), page(top, q));
            return new SearchResult(hits, total, q.page(), q.size(), known == null ? emptyFacets() : known.facets(), null);
        }

        // totalHitsThreshold MAX_VALUE: the total is exact (by default Lucene counts exactly only up to 1,000 hits
        // and then tells a lower bound, since it may skip documents that cannot make the page)
        TopFieldCollectorManager topHits = new TopFieldCollectorManager(sort(q), end, null, Integer.MAX_VALUE);
        Set<SearchFacet> filtered = q.filters().keySet();
        Set<SearchFacet> unfiltered = EnumSet.allOf(SearchFacet.class);
        unfiltered.removeAll(filtered);
        Map<SearchFacet, List<FacetCount>> sidewaysKept = sidewaysKept(kept, matching, filtered);
        List<Callable<FacetCounting.Partial>> counting = new ArrayList<>();
        TopDocs top;
        if (filtered.isEmpty() || sidewaysKept != null) {
            Object[] r = searcher.search(query, new MultiCollectorManager(new FacetsCollectorManager(), topHits));
            top = (TopDocs) r[1];
            counting.addAll(FacetCounting.tasks(state, (FacetsCollector) r[0], unfiltered));
        } else {
            // drill-sideways: a facet the query filters is counted as if it were not filtered (the other filters
            // applied), so its other values keep their counts and can be added
            Sideways ds = new Sideways(searcher, state);
            sidewaysSearches.incrementAndGet();
            top = ds.search(query, topHits).collectorResult;
            counting.addAll(FacetCounting.tasks(state, ds.drillDowns, unfiltered));
            for (int i = 0; i < ds.dims.length; i++) {
                counting.addAll(FacetCounting.tasks(state, ds.sideways[i], Set.of(SearchFacet.of(ds.dims[i]))));
            }
        }
        ScoreDoc[] page = page(top, q);
        List<Callable<Object>> work = new ArrayList<>(counting.size() + 1);
        work.add(() -> hits(searcher, built.query(), page));
        counting.forEach(c -> work.add(c::call));
        List<Object> done = searcher.getTaskExecutor().invokeAll(work);
        @SuppressWarnings("unchecked")
        List<Hit> hits = (List<Hit>) done.get(0);
        List<FacetCounting.Partial> partials = new ArrayList<>();
        for (Object o : done.subList(1, done.size())) {
            partials.add((FacetCounting.Partial) o);
        }
        Map<SearchFacet, List<FacetCount>> facets = FacetCounting.merge(partials, EnumSet.allOf(SearchFacet.class),
                FACET_VALUES);
        if (sidewaysKept != null) {
            facets.putAll(sidewaysKept);
        }
        long total = top.totalHits.value;
        if (kept != null) {
            kept.counts().put(matching, new Counts(total, Map.copyOf(facets)));
        }
        return new SearchResult(hits, total, q.page(), q.size(), facets, null);
    }

    /** The hits of the page asked for among the top ones collected (none past the end). */
    private static ScoreDoc[] page(TopDocs top, SearchQuery q) {
        return q.offset() < top.scoreDocs.length
                ? Arrays.copyOfRange(top.scoreDocs, q.offset(), top.scoreDocs.length)
                : new ScoreDoc[0];
    }

    /**
     * The counts of each filtered facet as drill-sideways would count them, from what is kept: those of the search
     * without that facet's filter; null when one of them is not kept.
     */
    private static Map<SearchFacet, List<FacetCount>> sidewaysKept(Kept kept, SearchQuery.Matching matching,
            Set<SearchFacet> filtered) {
        if (kept == null || filtered.isEmpty()) {
            return null;
        }
        Map<SearchFacet, List<FacetCount>> out = new EnumMap<>(SearchFacet.class);
        for (SearchFacet f : filtered) {
            Counts without = kept.counts().get(matching.withoutFilter(f));
            if (without == null) {
                return null;
            }
            out.put(f, without.facets().getOrDefault(f, List.of()));
        }
        return out;
    }

    /** Lucene's drill-sideways, keeping the collected hits for {@link FacetCounting} instead of counting them. */
    private static final class Sideways extends DrillSideways {
        private FacetsCollector drillDowns;
        private FacetsCollector[] sideways;
        private String[] dims;

        Sideways(IndexSearcher searcher, SortedSetDocValuesReaderState state) {
            super(searcher, SearchFields.facetsConfig(), state);
        }

        @Override
        protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                String[] drillSidewaysDims) {
            this.drillDowns = drillDowns;
            this.sideways = drillSideways == null ? new FacetsCollector[0] : drillSideways;
            this.dims = drillSidewaysDims == null ? new String[0] : drillSidewaysDims;
            return null;
        }
    }

    private static Sort sort(SearchQuery q) {
        SortField newest = new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true);
        return switch (q.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest);
            case DATE -> new Sort(newest, SortField.FIELD_DOC);
        };
    }

    private List<Hit> hits(IndexSearcher searcher, Query words, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withMaxLength(10_000)
                // the words are matched in the field "all": their terms mark the title and the summary too
                .withFieldMatcher(field -> true)
                // each word marked wherever it occurs (a phrase only as a whole), read from the postings' offsets; the
                // default (weight matches) builds a searcher and weight per document and marks a field only where the
                // whole query matches it: no mark in a title that holds one of the words (at province scale 1.2 ms
                // against 1.9 ms for a page of 20 at p50)
                .withWeightMatches(false)
                .build();
        Map<String, String[]> snippets = highlighter.highlightFields(
                new String[] {SearchFields.TITLE, SearchFields.SUMMARY}, words, pageDocs,
                new int[] {1, SUMMARY_PASSAGES});
        String[] titles = snippets.get(SearchFields.TITLE);
        String[] summaries = snippets.get(SearchFields.SUMMARY);
        List<Hit> hits = new ArrayList<>(page.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc);
            String title = d.get(SearchFields.TITLE);
            Number fen = d.getField(SearchFields.AMOUNT) == null ? null : d.getField(SearchFields.AMOUNT).numericValue();
            IndexableField published = d.getField(SearchFields.PUBLISHED);
            IndexableField entityId = d.getField(SearchFields.ENTITY_ID);
            hits.add(new Hit(
                    SearchKind.valueOf(d.get(SearchFields.KIND)),
                    entityId.numericValue().longValue(),
                    title,
                    titles[i] != null ? joinAdjacent(titles[i]) : escape(title),
                    summaries[i] != null ? joinAdjacent(summaries[i]) : escape(d.get(SearchFields.SUMMARY)),
                    d.get(SearchFields.OWNER),
                    d.get(SearchFields.SERVICE_ITEM_NAME),
                    d.get(SearchFields.REGION_CODE),
                    d.get(SearchFields.METHOD),
                    d.get(SearchFields.STATUS),
                    d.get(SearchFields.FUND_SOURCE),
                    d.get(SearchFields.DETAIL),
                    published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
                    fen == null ? null : BigDecimal.valueOf(fen.longValue(), 2),
                    d.get(SearchFields.LINK)));
        }
        return hits;
    }

    /**
     * Up to {@code max} suggestions for what a visitor is typing: titles and names whose suggestion terms start with
     * the text (lower-cased, spaces removed: {@code 秦川}, {@code qinch}, {@code sxqc}), of one kind or all, newest
     * first, one per text. Text with no letter or digit, or longer than a suggestion term, gives none.
     */
    public List<Suggestion> suggest(IndexSearcher searcher, String text, SearchKind kind, int max) throws IOException {
        String key = SearchFields.suggestKey(text);
        if (key.isEmpty() || key.codePoints().noneMatch(Character::isLetterOrDigit) || max < 1) {
            return List.of();
        }
        if (key.chars().allMatch(c -> c < 128) && key.length() < 2) {
            return List.of(); // one Latin letter would match half the index
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(SearchFields.SUGGEST, key)), Occur.FILTER);
        if (kind != null) {
            b.add(new TermQuery(new Term(SearchFields.KIND, kind.name())), Occur.FILTER);
        }
        // names (firms, service items: no publication time) first, then the newest
        SortField newest = new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MAX_VALUE);
        TopDocs top = searcher.search(b.build(), max * 4, new Sort(newest, SortField.FIELD_DOC));
        Map<String, Suggestion> out = new LinkedHashMap<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            String title = d.get(SearchFields.TITLE);
            if (out.size() < max && !out.containsKey(title)) {
                out.put(title, new Suggestion(title, SearchKind.valueOf(d.get(SearchFields.KIND)),
                        d.get(SearchFields.LINK)));
            }
        }
        return List.copyOf(out.values());
    }

    /** Suggestions over the directory (a reader per call; tests). */
    public List<Suggestion> suggest(String text, SearchKind kind, int max) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return List.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return suggest(new IndexSearcher(reader), text, kind, max);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents of each kind in the searcher's index (the status compares them with the database). */
    public static Map<SearchKind, Long> countsPerKind(IndexSearcher searcher) throws IOException {
        Map<SearchKind, Long> out = new EnumMap<>(SearchKind.class);
        for (SearchKind k : SearchKind.values()) {
            out.put(k, (long) searcher.count(new TermQuery(new Term(SearchFields.KIND, k.name()))));
        }
        return out;
    }

    /** The facet state, or null while no document with facets is indexed. */
    private SortedSetDocValuesReaderState facetStateOrNull(IndexReader reader) throws IOException {
        try {
            return facetState(reader);
        } catch (IllegalArgumentException noFacetsIndexed) {
            return null; // an index without any document has no facet field yet
        }
    }

    /**
     * The facet ordinals of {@code reader}: built once per reader (Lucene: "expensive to create, reuse it per
     * IndexReader"; it maps every segment's ordinals to global ones) and kept while the near-real-time searcher serves
     * the same reader, i.e. until the next refresh.
     */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        FacetState cached = facetState;
        if (helper != null && cached != null && cached.key() == helper.getKey()) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, SearchFields.facetsConfig());
        if (helper != null) {
            facetState = new FacetState(helper.getKey(), state);
        }
        return state;
    }

    /** The facet state and the reader it was built for. */
    private record FacetState(IndexReader.CacheKey key, SortedSetDocValuesReaderState state) {
    }

    private static Map<SearchFacet, List<FacetCount>> emptyFacets() {
        Map<SearchFacet, List<FacetCount>> out = new EnumMap<>(SearchFacet.class);
        for (SearchFacet f : SearchFacet.values()) {
            out.put(f, List.of());
        }
        return out;
    }

    /** Publication between the start of {@code from} and the end of {@code to}, business time zone. */
    static Query publishedRange(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        long lo = from == null ? Long.MIN_VALUE : from.atStartOfDay(BusinessTime.ZONE).toInstant().toEpochMilli();
        long hi = to == null ? Long.MAX_VALUE
                : to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().toEpochMilli() - 1;
        return LongPoint.newRangeQuery(SearchFields.PUBLISHED, lo, hi);
    }

    static Query amountRange(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return null;
        }
        long lo = min == null ? Long.MIN_VALUE : SearchFields.fen(min);
        long hi = max == null ? Long.MAX_VALUE : SearchFields.fen(max);
        return LongPoint.newRangeQuery(SearchFields.AMOUNT, lo, hi);
    }

    /** Adjacent matched words read as one mark: {@code <em>水土</em><em>保持</em>} → {@code <em>水土保持</em>}. */
    static String joinAdjacent(String html) {
        return html.replace("</em><em>", "");
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
