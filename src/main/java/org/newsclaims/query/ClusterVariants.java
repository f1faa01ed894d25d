package org.newsclaims.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.dedup.ClaimReading;
import org.newsclaims.dedup.ClaimVariants;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.Variant;

/** The claim variants of a reprint cluster: each member's claims against its canonical article's, from the store. */
public record ClusterVariants(Cluster cluster, List<Variant> variants) {

    public ClusterVariants {
        variants = List.copyOf(variants);
    }

    /** The variants of {@code c}, its members' claims read through {@code searcher}. */
    public static ClusterVariants of(IndexSearcher searcher, Clusters clusters, Cluster c, SpinSwaps swaps) throws IOException {
        if (c.size() < 2) {
            return new ClusterVariants(c, List.of());
        }
        Map<String, List<ClaimReading>> byPath = readings(searcher, clusters, c.members().stream().map(Cluster.Member::docId).toList(), swaps);
        List<ClaimReading> canonical = byPath.getOrDefault(c.canonical(), List.of());
        List<Variant> out = new ArrayList<>();
        for (Cluster.Member m : c.members()) {
            if (!m.path().equals(c.canonical())) {
                out.addAll(ClaimVariants.compare(canonical, byPath.getOrDefault(m.path(), List.of()), m.path()));
            }
        }
        return new ClusterVariants(c, out);
    }

    /** The variants of the article at {@code otherPath} (document {@code otherDocId}) against the one at {@code path}. */
    public static List<Variant> between(IndexSearcher searcher, Clusters clusters, String docId, String path, String otherDocId,
                                        String otherPath, SpinSwaps swaps) throws IOException {
        Map<String, List<ClaimReading>> byPath = readings(searcher, clusters, List.of(docId, otherDocId), swaps);
        return ClaimVariants.compare(byPath.getOrDefault(path, List.of()), byPath.getOrDefault(otherPath, List.of()), otherPath);
    }

    /** The claims of the given articles as read for comparison, by article path. */
    private static Map<String, List<ClaimReading>> readings(IndexSearcher searcher, Clusters clusters, List<String> docIds,
                                                            SpinSwaps swaps) throws IOException {
        Map<String, List<ClaimReading>> byPath = new LinkedHashMap<>();
        for (ClaimHit h : new ClaimSearch(searcher, clusters).inArticles(docIds, false)) {
            byPath.computeIfAbsent(h.path(), k -> new ArrayList<>()).add(reading(h).withSpin(swaps));
        }
        return byPath;
    }

    /** How many variants the member at {@code path} has. */
    public long count(String path) {
        return variants.stream().filter(v -> v.memberPath().equals(path)).count();
    }

    /** The variants of the canonical claim that starts at {@code start} of the canonical article. */
    public List<Variant> ofCanonicalClaim(int start) {
        return variants.stream().filter(v -> v.canonical() != null && v.canonical().start() == start).toList();
    }

    private static ClaimReading reading(ClaimHit h) {
        return new ClaimReading(h.docId(), h.path(), h.language(), h.start(), h.end(), h.mention(), h.sentence(),
                h.sentenceStart(), h.value(), h.low(), h.high(), h.currency(), h.metric(), h.time(), h.year(), h.hedged(),
                h.source(), null);
    }
}
