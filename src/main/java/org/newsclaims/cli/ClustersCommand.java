package org.newsclaims.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.query.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Reprint clusters: copies, edits, script conversions, spun copies and translations of the same article.",
                "Each cluster names its canonical article; each member has its relation to it and a score."})
final class ClustersCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "1",
            description = "Only clusters of at least N articles (default: ${DEFAULT-VALUE}; 2 hides singletons).")
    int minSize;

    @Option(names = "--json", description = "Print as JSON: [{id, canonical, members: [{doc_id, path, lang, relation, score}]}].")
    boolean json;

    record JsonMember(String doc_id, String path, String lang, String relation, double score) {
    }

    record JsonCluster(String id, String canonical, List<JsonMember> members) {
    }

    @Override
    public Integer call() throws Exception {
        OptionRanges.atLeast(spec, "--min-size", minSize, 1);
        List<Cluster> clusters;
        try (StoreReader store = StoreReader.open(common.data())) {
            clusters = StoredClusters.build(store.searcher(), Clusters.Markers.load(common.models())).all().stream()
                    .filter(c -> c.size() >= minSize).toList();
        }
        if (json) {
            Json.print(System.out, clusters.stream().map(c -> new JsonCluster(c.id(), c.canonical(), c.members().stream()
                    .map(m -> new JsonMember(m.docId(), m.path(), m.lang(), m.relation(), Math.round(m.score() * 1000) / 1000.0))
                    .toList())).toList());
            return 0;
        }
        long multi = clusters.stream().filter(c -> c.size() > 1).count();
        System.out.println(clusters.size() + " clusters (" + multi + " with reprints)");
        for (Cluster c : clusters) {
            System.out.println("cluster " + c.id() + " (" + c.size() + ")");
            for (Cluster.Member m : c.members()) {
                System.out.printf("  %-14s %.2f  %s [%s] %s  %s%n", m.relation(), m.score(), m.docId(), m.lang(),
                        m.date() == null ? "" : m.date(), Paths.display(m.path()));
            }
        }
        return 0;
    }
}
