package org.newsclaims.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsclaims.index.BuildFingerprint;
import org.newsclaims.query.StoreReader;
import org.newsclaims.query.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Articles in the index by language, script and year.",
                "The fingerprint of the models, version and CoreNLP model that built the index, and how many articles other ones built."})
final class StatsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        StoreStats stats;
        try (StoreReader store = StoreReader.open(common.data())) {
            stats = StoreStats.of(store.searcher());
        }
        if (json) {
            Json.print(System.out, stats);
            return 0;
        }
        System.out.println("articles: " + stats.articles());
        System.out.println("by language: " + line(stats.byLanguage()));
        System.out.println("by script:   " + line(stats.byScript()));
        System.out.println("by year:     " + line(stats.byYear()));
        BuildFingerprint build = stats.build();
        System.out.println("built by:    " + (build == null ? "unrecorded"
                : "fingerprint " + build.id() + " (models " + build.models() + ", newsclaims " + build.version()
                        + ", CoreNLP " + build.coreNlp() + ")"));
        if (stats.stale() > 0) {
            System.out.println("stale:       " + stats.stale() + " articles built by other models (an ingest of their files extracts them again)");
        }
        return 0;
    }

    private static String line(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
