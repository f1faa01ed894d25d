package org.newsclaims.query;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.Variant;

/**
 * A reprint cluster with the claims of its members collapsed: {@code shared} are those stated in
 * two or more members (each with all its attestations), {@code own} those stated in one only;
 * {@code variants}, where members read the canonical article's claims differently.
 */
public record ClusterDetail(Cluster cluster, List<ClaimHit> shared, List<ClaimHit> own, List<Variant> variants) {

    public ClusterDetail {
        shared = List.copyOf(shared);
        own = List.copyOf(own);
        variants = List.copyOf(variants);
    }

    /** The cluster whose id (its canonical article's document id) is {@code id}, if there is one. */
    public static Optional<ClusterDetail> byId(IndexSearcher searcher, Clusters clusters, String id, SpinSwaps swaps)
            throws IOException {
        Optional<Cluster> found = clusters.all().stream().filter(c -> c.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Cluster c = found.get();
        List<ClaimHit> claims = new ClaimSearch(searcher, clusters)
                .inArticles(c.members().stream().map(Cluster.Member::docId).toList(), true).stream()
                .filter(h -> id.equals(h.cluster())).toList();
        return Optional.of(new ClusterDetail(c, claims.stream().filter(ClusterDetail::shared).toList(),
                claims.stream().filter(h -> !shared(h)).toList(), ClusterVariants.of(searcher, clusters, c, swaps).variants()));
    }

    private static boolean shared(ClaimHit h) {
        return h.attestations().stream().map(ClaimHit.Attestation::path).distinct().count() > 1;
    }
}
