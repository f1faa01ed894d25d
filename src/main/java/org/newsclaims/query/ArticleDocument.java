package org.newsclaims.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.index.Fields;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.Span;
import org.newsclaims.money.CurrencyLocale;
import org.newsclaims.money.LocalCurrency;
import org.newsclaims.normalize.TextNormalizer;

/**
 * One stored article in its original text ({@code text}, site chrome included; {@code body}: the
 * article's ranges of it) with every claim, whose offsets point into {@code text}, and for Chinese
 * articles the currency its bare 元 stands for with the evidence for it ({@code localCurrency}).
 */
public record ArticleDocument(String docId, String path, String title, String language, String date, String text,
                              List<Span> body, String cluster, LocalCurrency localCurrency, List<ClaimHit> claims) {

    public ArticleDocument {
        body = List.copyOf(body);
        claims = List.copyOf(claims);
    }

    /**
     * The article with this document id, if stored. Identical texts read from several files share an
     * id; then the first stored is the one returned.
     */
    public static Optional<ArticleDocument> byId(IndexSearcher searcher, Clusters clusters, CurrencyLocale locale, String docId)
            throws IOException {
        TopDocs top = searcher.search(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC_ID, docId)), BooleanClause.Occur.FILTER)
                .build(), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
        String path = d.get(Fields.PATH);
        List<ClaimHit> found = new ClaimSearch(searcher, clusters).inArticles(List.of(docId), false).stream()
                .filter(c -> c.path().equals(path)).toList();
        Cluster cluster = clusters.ofPath(path);
        String text = d.get(Fields.TEXT);
        String language = d.get(Fields.LANGUAGE);
        return Optional.of(new ArticleDocument(docId, path, d.get(Fields.TITLE), language, d.get(Fields.DATE), text,
                spans(d.get(Fields.BODY_SPANS)), cluster == null ? null : cluster.id(), localCurrency(locale, text, language), found));
    }

    /**
     * The currency a bare 元 stands for in a stored Chinese article, decided again from its text by
     * {@code locale}, the rule the money stage applied when it was read; null for other languages.
     */
    public static LocalCurrency localCurrency(CurrencyLocale locale, String text, String language) {
        return language == null || !language.startsWith("zh") || text == null ? null
                : locale.decide(TextNormalizer.nfkc(text), Language.fromTag(language));
    }

    private static List<Span> spans(String stored) {
        List<Span> out = new ArrayList<>();
        if (stored != null && !stored.isEmpty()) {
            for (String pair : stored.split(",")) {
                int dash = pair.indexOf('-');
                out.add(new Span(Integer.parseInt(pair.substring(0, dash)), Integer.parseInt(pair.substring(dash + 1))));
            }
        }
        return out;
    }
}
