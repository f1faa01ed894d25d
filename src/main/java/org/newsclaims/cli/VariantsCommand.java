package org.newsclaims.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.dedup.ChangeKind;
import org.newsclaims.dedup.ClaimReading;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.Variant;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.query.ClusterVariants;
import org.newsclaims.query.QueryException;
import org.newsclaims.query.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "variants", mixinStandardHelpOptions = true,
        description = {"Where the reprints of a cluster read its canonical article's claims differently: a figure, currency,",
                "metric, hedge, source or year changed, a claim dropped or added. A metric read through a spinner's",
                "swap (盈余 for 亏损) is noted as such."})
final class VariantsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--cluster", paramLabel = "ID", description = "Only the cluster with this id (see 'clusters').")
    String clusterId;

    @Option(names = "--kind", paramLabel = "K", description = "Only variants of this kind: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Kinds.class)
    String kind;

    @Option(names = "--json", description = "Print as JSON: [{cluster, canonical, member, kind, from, to, note, canonical_claim, member_claim}].")
    boolean json;

    static final class Kinds extends ArrayList<String> {
        Kinds() {
            super(Arrays.stream(ChangeKind.values()).map(ChangeKind::label).toList());
        }
    }

    record JsonClaim(String doc_id, int start, int end, String mention, String sentence, int sentence_start, String value,
                     String currency, String metric, Integer year, boolean hedged, String source) {
    }

    record JsonVariant(String cluster, String canonical, String member, String kind, String from, String to, String note,
                       JsonClaim canonical_claim, JsonClaim member_claim) {
    }

    @Override
    public Integer call() throws Exception {
        ChangeKind only = kind == null ? null : ChangeKind.of(kind);
        if (kind != null && only == null) {
            throw new QueryException("unknown --kind '" + kind + "' (one of " + String.join(", ", new Kinds()) + ")");
        }
        List<ClusterVariants> found = new ArrayList<>();
        try (StoreReader store = StoreReader.open(common.data())) {
            Clusters clusters = StoredClusters.build(store.searcher(), Clusters.Markers.load(common.models()));
            List<Cluster> chosen = clusters.all().stream().filter(c -> clusterId == null ? c.size() > 1 : c.id().equals(clusterId)).toList();
            if (chosen.isEmpty() && clusterId != null) {
                throw new QueryException("no cluster '" + clusterId + "'");
            }
            SpinSwaps swaps = SpinSwaps.load(common.models());
            for (Cluster c : chosen) {
                found.add(ClusterVariants.of(store.searcher(), clusters, c, swaps));
            }
        }
        List<JsonVariant> rows = new ArrayList<>();
        for (ClusterVariants cv : found) {
            for (Variant v : cv.variants()) {
                if (only == null || v.kind() == only) {
                    rows.add(new JsonVariant(cv.cluster().id(), cv.cluster().canonical(), v.memberPath(), v.kind().label(), v.from(),
                            v.to(), v.note(), claim(v.canonical()), claim(v.member())));
                }
            }
        }
        if (json) {
            Json.print(System.out, rows);
            return 0;
        }
        System.out.println(rows.size() + " variants in " + found.size() + " clusters");
        String cluster = null;
        String member = null;
        for (JsonVariant r : rows) {
            if (!r.cluster().equals(cluster)) {
                cluster = r.cluster();
                member = null;
                System.out.println("cluster " + cluster + "  canonical " + Paths.display(r.canonical()));
            }
            if (!r.member().equals(member)) {
                member = r.member();
                System.out.println("  member " + Paths.display(member));
            }
            System.out.printf("    %-16s %s → %s%s%n", r.kind(), r.from() == null ? "(none)" : r.from(), r.to() == null ? "(none)" : r.to(),
                    r.note() == null ? "" : "  (" + r.note() + ")");
            for (JsonClaim c : new JsonClaim[] {r.canonical_claim(), r.member_claim()}) {
                if (c != null) {
                    System.out.println("      " + (c == r.canonical_claim() ? "canonical: " : "member:    ") + highlighted(c));
                }
            }
        }
        return 0;
    }

    private static JsonClaim claim(ClaimReading c) {
        return c == null ? null : new JsonClaim(c.docId(), c.start(), c.end(), c.mention(), c.sentence(), c.sentenceStart(),
                c.amount(), c.currency(), c.writtenMetric(), c.year(), c.hedged(), c.source());
    }

    /** The claim's sentence on one line, its amount in «». */
    static String highlighted(JsonClaim c) {
        String s = c.sentence();
        int start = c.start() - c.sentence_start();
        int end = c.end() - c.sentence_start();
        if (start >= 0 && end <= s.length() && start < end) {
            s = s.substring(0, start) + "«" + s.substring(start, end) + "»" + s.substring(end);
        }
        return s.replaceAll("\\s*\\n\\s*", " ");
    }
}
