package org.newsclaims.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.dedup.ReprintLink;
import org.newsclaims.index.Fields;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.index.StoredFingerprints;
import org.newsclaims.money.CurrencyLocale;
import org.newsclaims.money.LocalCurrency;
import org.newsclaims.query.ArticleDocument;
import org.newsclaims.query.ClusterVariants;
import org.newsclaims.query.QueryException;
import org.newsclaims.query.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"The reprints of one article, each explained: shared shingles, anchors aligned in order, score, and how many",
                "claim variants the reprint has against it (see 'variants'); and the articles kept apart from it as template news."})
final class SimilarCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DOC_ID", description = "An article's document id (see 'search' or 'clusters').")
    String docId;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    /** {@code variants}: per reprint's path, how many claim variants it has against this article. */
    record Result(String docId, String path, LocalCurrency localCurrency, List<ReprintLink> similar, Map<String, Integer> variants) {
    }

    @Override
    public Integer call() throws Exception {
        List<Result> results = new java.util.ArrayList<>();
        CurrencyLocale locale = CurrencyLocale.load(common.models());
        try (StoreReader store = StoreReader.open(common.data())) {
            IndexSearcher searcher = store.searcher();
            Clusters clusters = StoredClusters.build(searcher, Clusters.Markers.load(common.models()));
            SpinSwaps swaps = SpinSwaps.load(common.models());
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.DOC_ID, docId)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER).build();
            for (ScoreDoc sd : searcher.search(query, 100).scoreDocs) {
                var f = StoredFingerprints.read(searcher.storedFields().document(sd.doc, StoredFingerprints.FIELDS));
                var article = searcher.storedFields().document(sd.doc, java.util.Set.of(Fields.TEXT, Fields.LANGUAGE));
                LocalCurrency local = ArticleDocument.localCurrency(locale, article.get(Fields.TEXT), article.get(Fields.LANGUAGE));
                List<ReprintLink> similar = ReprintDetector.similar(f, new StoredFingerprints(searcher));
                Map<String, Integer> variants = new LinkedHashMap<>();
                for (ReprintLink l : similar) {
                    if (l.reprint()) {
                        variants.put(l.path(), ClusterVariants.between(searcher, clusters, docId, f.path(), l.docId(), l.path(), swaps).size());
                    }
                }
                results.add(new Result(docId, f.path(), local, similar, variants));
            }
        }
        if (results.isEmpty()) {
            throw new QueryException("no article with document id '" + docId + "'");
        }
        if (json) {
            Json.print(System.out, results);
            return 0;
        }
        for (Result r : results) {
            System.out.println(r.docId() + "  " + Paths.display(r.path()));
            if (r.localCurrency() != null) {
                System.out.println("  bare 元 read as " + r.localCurrency().explanation());
            }
            if (r.similar().isEmpty()) {
                System.out.println("  no reprints found");
            }
            for (ReprintLink l : r.similar()) {
                Integer variants = r.variants().get(l.path());
                System.out.printf("  %s %.3f  %s  %s%s%n", l.relation(), l.score(), l.docId(), Paths.display(l.path()),
                        variants == null ? "  (template news: kept apart)" : "  " + variants + (variants == 1 ? " variant" : " variants"));
                System.out.printf("    shingles: %d shared, Jaccard %.3f; anchors: %.3f of the lighter side aligned in order%n",
                        l.sharedShingles(), l.jaccard(), l.anchorScore());
                System.out.println("    aligned: " + String.join(" ", l.aligned()));
            }
        }
        return 0;
    }
}
