package org.newsclaims.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.index.Analyzers;
import org.newsclaims.index.Fields;

/**
 * Full-text search over articles. Queries use Lucene's classic syntax ("quoted phrases",
 * AND/OR/NOT, field:value); every term must match (default AND); script, width, case and
 * Vietnamese diacritics are folded on both sides, and exact-diacritic matches rank first.
 */
public final class ArticleSearch {

    public static final int MAX_LIMIT = 1000;

    private final IndexSearcher searcher;

    public ArticleSearch(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** With {@code clusters}, one hit per reprint cluster (the best), with its number of reprints. */
    public List<ArticleHit> search(String queryText, String lang, int limit, Clusters clusters)
            throws QueryException, IOException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new QueryException("--limit must be between 1 and " + MAX_LIMIT);
        }
        Query text = parse(queryText);
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
        if (lang != null) {
            b.add(languageFilter(lang), BooleanClause.Occur.FILTER);
        }
        Query query = b.build();
        TopDocs top = searcher.search(query, clusters == null ? limit : Math.min(MAX_LIMIT * 10, limit * 20));
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Analyzers.perField())
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(Integer.MAX_VALUE - 1)
                .build();
        String[] snippets = highlighter.highlight(Fields.BODY, query, top, 2);
        List<ArticleHit> hits = new ArrayList<>();
        java.util.Set<String> seenClusters = new java.util.HashSet<>();
        for (int i = 0; i < top.scoreDocs.length && hits.size() < limit; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = searcher.storedFields().document(sd.doc);
            Cluster cluster = clusters == null ? null : clusters.ofPath(d.get(Fields.PATH));
            if (cluster != null && !seenClusters.add(cluster.id())) {
                continue;
            }
            String snippet = snippets[i] != null ? snippets[i].replaceAll("\\s*\\n\\s*", " ") : null;
            hits.add(new ArticleHit(d.get(Fields.DOC_ID), d.get(Fields.PATH), d.get(Fields.TITLE), d.get(Fields.LANGUAGE),
                    d.get(Fields.DATE), sd.score, snippet, cluster == null ? null : cluster.id(),
                    cluster == null ? 0 : cluster.size() - 1));
        }
        return hits;
    }

    /** A filter on {@code zh}, {@code vi}, {@code zh-Hans} or {@code zh-Hant}. */
    public static Query languageFilter(String lang) throws QueryException {
        return switch (lang.toLowerCase(java.util.Locale.ROOT)) {
            case "zh", "vi" -> new TermQuery(new Term(Fields.LANG, lang.toLowerCase(java.util.Locale.ROOT)));
            case "zh-hans" -> new TermQuery(new Term(Fields.LANGUAGE, "zh-Hans"));
            case "zh-hant" -> new TermQuery(new Term(Fields.LANGUAGE, "zh-Hant"));
            default -> throw new QueryException("unknown language '" + lang + "' (use zh, zh-Hans, zh-Hant or vi)");
        };
    }

    static Query parse(String queryText) throws QueryException {
        if (queryText == null || queryText.isBlank()) {
            throw new QueryException("empty query");
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {Fields.TITLE, Fields.BODY, Fields.BODY_EXACT}, Analyzers.perField(),
                Map.of(Fields.TITLE, 2f, Fields.BODY, 1f, Fields.BODY_EXACT, 0.5f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return QueryLimits.check(parser.parse(queryText));
        } catch (ParseException e) {
            throw new QueryException("cannot parse query '" + queryText + "': " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "syntax error" : s.lines().findFirst().orElse(s);
    }
}
