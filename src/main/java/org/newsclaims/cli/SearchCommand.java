package org.newsclaims.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.query.ArticleHit;
import org.newsclaims.query.ArticleSearch;
import org.newsclaims.query.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over articles, in any script: 亏损 finds 虧損, \"lo von\" finds \"lỗ vốn\".",
                "Lucene query syntax: \"phrases\", AND, OR, NOT, title:word. All terms must match."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined).")
    List<String> query;

    @Option(names = "--lang", paramLabel = "L", description = "Only articles in zh, zh-Hans, zh-Hant or vi.")
    String lang;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--collapse", description = "One hit per reprint cluster, with its number of reprints.")
    boolean collapse;

    @Option(names = "--json", description = "Print hits as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<ArticleHit> hits;
        try (StoreReader store = StoreReader.open(common.data())) {
            Clusters clusters = collapse ? StoredClusters.build(store.searcher(), Clusters.Markers.load(common.models())) : null;
            hits = new ArticleSearch(store.searcher()).search(String.join(" ", query), lang, limit, clusters);
        }
        if (json) {
            Json.print(System.out, hits);
            return 0;
        }
        if (hits.isEmpty()) {
            System.out.println("no articles match");
        }
        for (int i = 0; i < hits.size(); i++) {
            ArticleHit h = hits.get(i);
            System.out.printf("%d. %s  [%s] %s%s%n   %s  %s%n", i + 1, h.title(), h.language(),
                    h.date() == null ? "" : h.date(), h.reprints() > 0 ? "  (+" + h.reprints() + " reprints)" : "",
                    h.docId(), Paths.display(h.path()));
            if (h.snippet() != null) {
                System.out.println("   " + h.snippet());
            }
        }
        return 0;
    }
}
