package org.newsclaims.cli;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsclaims.UserError;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.Variant;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.query.ClaimFilter;
import org.newsclaims.query.ClaimHit;
import org.newsclaims.query.ClaimResults;
import org.newsclaims.query.ClaimSearch;
import org.newsclaims.query.ClusterVariants;
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

    @Option(names = "--collapse", description = {"The same claim repeated across a reprint cluster once, with all its attestations,",
            "and the members that state it differently (see 'variants')."})
    boolean collapse;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N claims (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ClaimFilter filter = filters.filter();
        ClaimResults results;
        Map<String, List<Variant>> changes = new HashMap<>();
        try (StoreReader store = StoreReader.open(common.data())) {
            Clusters clusters = StoredClusters.build(store.searcher(), Clusters.Markers.load(common.models()));
            results = new ClaimSearch(store.searcher(), clusters).search(filter, limit, facets, collapse);
            if (collapse) {
                changes = changes(store, clusters, results.hits());
            }
        }
        if (json) {
            Json.print(System.out, collapse ? new Collapsed(results.total(), results.hits(), results.facets(), changes) : results);
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
            List<Variant> changed = changes.getOrDefault(h.claimId(), List.of());
            if (h.attestations().size() > 1 || !changed.isEmpty()) {
                long members = changed.stream().map(Variant::memberPath).distinct().count();
                System.out.println("   stated in " + h.attestations().size() + " articles of the cluster"
                        + (members == 0 ? "" : ", changed in " + members) + ":");
                for (ClaimHit.Attestation a : h.attestations()) {
                    System.out.printf("     %s [%s] %s at %d-%d, source: %s%n", Paths.display(a.path()), a.language(),
                            a.mention(), a.start(), a.end(), a.source() == null ? "(the article itself)" : a.source());
                }
                for (Variant v : changed) {
                    System.out.printf("     %s [%s] %s: %s → %s%s%n", Paths.display(v.memberPath()),
                            v.member() == null ? "" : v.member().language(), v.kind().label(), v.from(), v.to() == null ? "(none)" : v.to(),
                            v.note() == null ? "" : " (" + v.note() + ")");
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

    /** Collapsed claims as JSON: the results, and by claim id how the other members of its cluster read it differently. */
    record Collapsed(long total, List<ClaimHit> hits, Map<String, Map<String, Integer>> facets, Map<String, List<Variant>> changes) {
    }

    /** The variants of each collapsed claim taken from its cluster's canonical article, by claim id. */
    private Map<String, List<Variant>> changes(StoreReader store, Clusters clusters, List<ClaimHit> hits) throws IOException, UserError {
        SpinSwaps swaps = SpinSwaps.load(common.models());
        Map<String, ClusterVariants> byCluster = new HashMap<>();
        Map<String, List<Variant>> out = new HashMap<>();
        for (ClaimHit h : hits) {
            Cluster c = clusters.ofPath(h.path());
            if (c != null && c.size() > 1 && h.path().equals(c.canonical())) {
                ClusterVariants cv = byCluster.get(c.id());
                if (cv == null) {
                    cv = ClusterVariants.of(store.searcher(), clusters, c, swaps);
                    byCluster.put(c.id(), cv);
                }
                out.put(h.claimId(), cv.ofCanonicalClaim(h.start()));
            }
        }
        return out;
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
