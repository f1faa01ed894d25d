package org.newsclaims.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.newsclaims.claims.Metric;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.index.Analyzers;
import org.newsclaims.index.Fields;
import org.newsclaims.normalize.TextNormalizer;

/** Claims by text, subject, metric, source, currency, amount, language, year and hedging, with facets. */
public final class ClaimSearch {

    public static final Set<String> METRICS = Arrays.stream(Metric.values()).map(Metric::tag).collect(Collectors.toUnmodifiableSet());

    private static final Map<String, String> FACETS = facetFields();

    /** Claims collapsed across a cluster are looked for among this many matches at most. */
    static final int COLLAPSE_WINDOW = 100_000;

    /** Paging reaches this far into the matches at most. */
    public static final int MAX_OFFSET = COLLAPSE_WINDOW;

    private final IndexSearcher searcher;
    private final Clusters clusters;

    public ClaimSearch(IndexSearcher searcher, Clusters clusters) {
        this.searcher = searcher;
        this.clusters = clusters;
    }

    /**
     * Claims matching {@code f} in index order. With {@code collapse}, the same claim stated in
     * several articles of one reprint cluster (same amount, currency, metric and subject) is one
     * hit, taken from the cluster's canonical article where it states it, with every attestation.
     */
    public ClaimResults search(ClaimFilter f, int limit, boolean withFacets, boolean collapse)
            throws QueryException, IOException {
        return search(f, 0, limit, withFacets, collapse);
    }

    /** One page of the matches: {@code limit} of them after skipping {@code offset}. */
    public ClaimResults search(ClaimFilter f, int offset, int limit, boolean withFacets, boolean collapse)
            throws QueryException, IOException {
        if (limit < 1 || limit > ArticleSearch.MAX_LIMIT) {
            throw new QueryException("--limit must be between 1 and " + ArticleSearch.MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new QueryException("offset must be between 0 and " + MAX_OFFSET);
        }
        Query query = build(f);
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query,
                collapse ? COLLAPSE_WINDOW : offset + limit, Sort.INDEXORDER, new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        List<ClaimHit> hits = hits(top);
        long total = top.totalHits.value;
        if (collapse) {
            hits = collapse(hits);
            total = hits.size();
        }
        hits = hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size()));
        Map<String, Map<String, Integer>> facets = withFacets ? facets(result.facetsCollector()) : Map.of();
        return new ClaimResults(total, hits, facets);
    }

    /**
     * Every claim of the given articles, in order of position within each article; with
     * {@code collapse}, the claims they state alike once each, with all their attestations.
     */
    public List<ClaimHit> inArticles(Collection<String> docIds, boolean collapse) throws IOException {
        if (docIds.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder ids = new BooleanQuery.Builder();
        docIds.forEach(id -> ids.add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_CLAIM)), BooleanClause.Occur.FILTER)
                .add(ids.build(), BooleanClause.Occur.FILTER)
                .build();
        List<ClaimHit> hits = new ArrayList<>(hits(searcher.search(query, COLLAPSE_WINDOW, Sort.INDEXORDER)));
        hits.sort(Comparator.comparing(ClaimHit::docId).thenComparingInt(ClaimHit::start));
        return collapse ? collapse(hits) : hits;
    }

    private List<ClaimHit> hits(TopDocs top) throws IOException {
        List<ClaimHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(hit(searcher.storedFields().document(sd.doc)));
        }
        return hits;
    }

    /** Receives claims one at a time. */
    @FunctionalInterface
    public interface Sink {
        void accept(ClaimHit hit) throws IOException;
    }

    static final int PAGE = 1000;

    /**
     * Every claim matching {@code f}, handed to {@code sink} one at a time so that memory stays bounded
     * however many match: in index order, a page at a time; with {@code collapse}, cluster by cluster
     * (largest first), collapsed as in {@link #search}. Returns the number handed over.
     */
    public long stream(ClaimFilter f, boolean collapse, Sink sink) throws QueryException, IOException {
        Query query = build(f);
        long n = 0;
        if (collapse) {
            for (Cluster c : clusters.all()) {
                Query inCluster = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                        .add(new TermInSetQuery(Fields.PATH, c.members().stream().map(m -> new BytesRef(m.path())).toList()),
                                BooleanClause.Occur.FILTER)
                        .build();
                List<ClaimHit> hits = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(inCluster, Math.max(1, searcher.count(inCluster)), Sort.INDEXORDER).scoreDocs) {
                    hits.add(hit(searcher.storedFields().document(sd.doc)));
                }
                for (ClaimHit h : collapse(hits)) {
                    sink.accept(h);
                    n++;
                }
            }
            return n;
        }
        ScoreDoc after = null;
        while (true) {
            ScoreDoc[] page = searcher.searchAfter(after, query, PAGE, Sort.INDEXORDER).scoreDocs;
            StoredFields stored = searcher.storedFields(); // one per page: it keeps the block it decompressed
            for (ScoreDoc sd : page) {
                sink.accept(hit(stored.document(sd.doc)));
            }
            n += page.length;
            if (page.length < PAGE) {
                return n;
            }
            after = page[page.length - 1];
        }
    }

    private List<ClaimHit> collapse(List<ClaimHit> hits) {
        Map<String, List<ClaimHit>> groups = new LinkedHashMap<>();
        for (ClaimHit h : hits) {
            String key = String.join("|", h.cluster(), String.valueOf(h.currency()), plain(h.value()),
                    plain(h.low()), plain(h.high()), String.valueOf(h.metric()),
                    h.subject() == null ? "" : TextNormalizer.matchKey(h.subject()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
        }
        List<ClaimHit> out = new ArrayList<>();
        for (List<ClaimHit> group : groups.values()) {
            Cluster c = clusters.ofPath(group.get(0).path());
            ClaimHit representative = group.stream().filter(h -> c != null && h.path().equals(c.canonical()))
                    .findFirst().orElse(group.get(0));
            out.add(representative.withAttestations(group.stream().map(ClaimHit::attestation).toList()));
        }
        return out;
    }

    /** An amount as one key whatever its trailing zeros: 8,5 tỷ stored as 8500000000.0 is 85亿's 8500000000. */
    private static String plain(String amount) {
        return amount == null ? "null" : new java.math.BigDecimal(amount).stripTrailingZeros().toPlainString();
    }

    static Query build(ClaimFilter f) throws QueryException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_CLAIM)), BooleanClause.Occur.FILTER);
        if (f.text() != null && !f.text().isBlank()) {
            QueryParser parser = new QueryParser(Fields.SENTENCE, Analyzers.folded());
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parser.setSplitOnWhitespace(true);
            parser.setAutoGeneratePhraseQueries(true);
            try {
                b.add(QueryLimits.check(parser.parse(f.text())), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new QueryException("cannot parse query '" + f.text() + "'", e);
            }
        }
        if (f.subject() != null) {
            b.add(new TermQuery(new Term(Fields.SUBJECT_KEY, TextNormalizer.matchKey(f.subject()))), BooleanClause.Occur.FILTER);
        }
        if (f.source() != null) {
            b.add(new TermQuery(new Term(Fields.SOURCE_KEY, TextNormalizer.matchKey(f.source()))), BooleanClause.Occur.FILTER);
        }
        if (f.metric() != null) {
            if (!METRICS.contains(f.metric())) {
                throw new QueryException("unknown metric '" + f.metric() + "' (one of " + String.join(", ", new java.util.TreeSet<>(METRICS)) + ")");
            }
            b.add(new TermQuery(new Term(Fields.METRIC, f.metric())), BooleanClause.Occur.FILTER);
        }
        if (f.currency() != null) {
            b.add(new TermQuery(new Term(Fields.CURRENCY, f.currency().toUpperCase(java.util.Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (f.lang() != null) {
            b.add(ArticleSearch.languageFilter(f.lang()), BooleanClause.Occur.FILTER);
        }
        if (f.year() != null) {
            b.add(IntPoint.newExactQuery(Fields.CLAIM_YEAR, f.year()), BooleanClause.Occur.FILTER);
        }
        if (f.hedgedOnly()) {
            b.add(new TermQuery(new Term(Fields.HEDGED, "true")), BooleanClause.Occur.FILTER);
        }
        if (f.min() != null) {
            b.add(DoublePoint.newRangeQuery(f.usd() ? Fields.USD_LOW : Fields.AMOUNT_LOW, f.min().doubleValue(),
                    Double.POSITIVE_INFINITY), BooleanClause.Occur.FILTER);
        }
        if (f.max() != null) {
            b.add(DoublePoint.newRangeQuery(f.usd() ? Fields.USD_HIGH : Fields.AMOUNT_HIGH, Double.NEGATIVE_INFINITY,
                    f.max().doubleValue()), BooleanClause.Occur.FILTER);
        }
        if (f.usd() && f.min() == null && f.max() == null) {
            b.add(DoublePoint.newRangeQuery(Fields.USD_LOW, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private Map<String, Map<String, Integer>> facets(FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : FACETS.entrySet()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try {
                StringDocValuesReaderState state = new StringDocValuesReaderState(searcher.getIndexReader(), e.getValue());
                FacetResult r = new StringValueFacetCounts(state, fc).getTopChildren(20, e.getValue());
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        counts.put(lv.label, lv.value.intValue());
                    }
                }
            } catch (IllegalArgumentException | IllegalStateException noValues) {
                // no document has this facet field yet
            }
            out.put(e.getKey(), counts);
        }
        return out;
    }

    private static Map<String, String> facetFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", Fields.FACET_SOURCE);
        m.put("subject", Fields.FACET_SUBJECT);
        m.put("metric", Fields.FACET_METRIC);
        m.put("currency", Fields.FACET_CURRENCY);
        m.put("year", Fields.FACET_YEAR);
        m.put("language", Fields.FACET_LANGUAGE);
        return m;
    }

    private ClaimHit hit(Document d) {
        String sentence = d.get(Fields.SENTENCE);
        int start = d.getField(Fields.START).numericValue().intValue();
        int end = d.getField(Fields.END).numericValue().intValue();
        int sentenceStart = d.getField(Fields.SENTENCE_START).numericValue().intValue();
        String highlighted = sentence;
        int s = start - sentenceStart;
        int e = end - sentenceStart;
        if (s >= 0 && e <= sentence.length() && s < e) {
            highlighted = sentence.substring(0, s) + "«" + sentence.substring(s, e) + "»" + sentence.substring(e);
        }
        var year = d.getField(Fields.CLAIM_YEAR);
        Cluster cluster = clusters.ofPath(d.get(Fields.PATH));
        return new ClaimHit(d.get(Fields.CLAIM_ID), d.get(Fields.DOC_ID), d.get(Fields.PATH), d.get(Fields.TITLE),
                d.get(Fields.LANGUAGE), d.get(Fields.DATE), d.get(Fields.MENTION), start, end, sentence, sentenceStart, highlighted,
                d.get(Fields.VALUE), d.get(Fields.LOW), d.get(Fields.HIGH), d.get(Fields.CURRENCY), d.get(Fields.USD_VALUE),
                d.get(Fields.FX_RATE), d.get(Fields.QUALIFIER), d.get(Fields.PERIOD), Boolean.parseBoolean(d.get(Fields.VAGUE)),
                d.get(Fields.METRIC), d.get(Fields.SUBJECT), d.get(Fields.TIME),
                year == null ? null : year.numericValue().intValue(), Boolean.parseBoolean(d.get(Fields.HEDGED)),
                d.get(Fields.SOURCE), d.get(Fields.SOURCE_TYPE), d.get(Fields.CUE), d.get(Fields.SCOPE),
                cluster == null ? null : cluster.id(), List.of());
    }
}
