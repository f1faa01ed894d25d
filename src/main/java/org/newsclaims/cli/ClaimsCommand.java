package org.newsclaims.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.query.ClaimFilter;
import org.newsclaims.query.ClaimHit;
import org.newsclaims.query.ClaimResults;
import org.newsclaims.query.ClaimSearch;
import org.newsclaims.query.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Monetary claims in the index, with their subject, metric, time and source.",
                "Names match across script, width, case and spacing: --source 紅杉資本 finds 红杉资本."})
final class ClaimsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ClaimFilterOptions filters;

    @Option(names = "--facets", description = "Also count matches per source, subject, metric, currency and year.")
    boolean facets;

    @Option(names = "--collapse", description = "The same claim repeated across a reprint cluster once, with all its attestations.")
    boolean collapse;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N claims (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ClaimFilter filter = filters.filter();
        ClaimResults results;
        try (StoreReader store = StoreReader.open(common.data())) {
            Clusters clusters = StoredClusters.build(store.searcher(), Clusters.Markers.load(common.models()));
            results = new ClaimSearch(store.searcher(), clusters).search(filter, limit, facets, collapse);
        }
        if (json) {
            Json.print(System.out, results);
            return 0;
        }
        System.out.println(results.total() + " claims" + (results.total() > results.hits().size()
                ? " (showing " + results.hits().size() + ")" : ""));
        int i = 0;
        for (ClaimHit h : results.hits()) {
            System.out.printf("%d. %s = %s%s  %s%s%s%n", ++i, h.mention(), amount(h),
                    h.usdValue() != null && !"USD".equals(h.currency()) ? " (USD " + h.usdValue() + ")" : "",
                    h.metric(), h.subject() == null ? "" : " · " + h.subject(),
                    (h.time() == null ? "" : " · " + h.time() + (h.year() == null ? "" : " (" + h.year() + ")"))
                            + (h.hedged() ? " · hedged" : ""));
            System.out.println("   source: " + (h.source() == null ? "(the article itself)"
                    : h.source() + " (" + h.sourceType() + "; " + h.cue() + ", " + h.scope() + ")"));
            System.out.println("   " + h.highlighted().replaceAll("\\s*\\n\\s*", " "));
            System.out.println("   " + Paths.display(h.path()) + " [" + h.language() + "] " + (h.date() == null ? "" : h.date())
                    + "  cluster " + h.cluster());
            if (h.attestations().size() > 1) {
                System.out.println("   stated in " + h.attestations().size() + " articles of the cluster:");
                for (ClaimHit.Attestation a : h.attestations()) {
                    System.out.printf("     %s [%s] %s at %d-%d, source: %s%n", Paths.display(a.path()), a.language(),
                            a.mention(), a.start(), a.end(), a.source() == null ? "(the article itself)" : a.source());
                }
            }
        }
        if (facets) {
            for (Map.Entry<String, Map<String, Integer>> e : results.facets().entrySet()) {
                System.out.println(e.getKey() + ": " + e.getValue().entrySet().stream()
                        .map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", ")));
            }
        }
        return 0;
    }

    private static String amount(ClaimHit h) {
        String cur = h.currency() == null ? "?" : h.currency();
        if (h.vague()) {
            return cur + " (vague)";
        }
        return cur + " " + (h.value() != null ? h.value() : h.low() + "–" + h.high())
                + (h.qualifier() == null ? "" : " [" + h.qualifier() + "]") + (h.period() == null ? "" : " per " + h.period());
    }
}
