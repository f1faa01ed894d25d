package org.newsclaims.dedup;

import java.util.List;
import org.newsclaims.ingest.Language;

/** What reprint detection knows of one article: its shingles, MinHash signature and anchors. */
public record Fingerprint(String path, String docId, Language language, int[] shingles, long[] minhash,
                          List<Anchor> anchors) {

    public Fingerprint {
        anchors = List.copyOf(anchors);
    }

    /** Whether {@code other} could be a reprint: a shared LSH band, or at least {@code minShared} shared strong anchors. */
    boolean mayMatch(Fingerprint other, int minShared) {
        List<String> bands = MinHash.bandKeys(minhash);
        List<String> otherBands = MinHash.bandKeys(other.minhash);
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).equals(otherBands.get(b))) {
                return true;
            }
        }
        java.util.Set<String> mine = new java.util.HashSet<>(strongAnchorKeys());
        return other.strongAnchorKeys().stream().filter(mine::contains).count() >= minShared;
    }

    /** Anchors worth looking candidates up by: money, numbers other than small ones, percentages, names. */
    public List<String> strongAnchorKeys() {
        return anchors.stream().filter(a -> a.weight() >= AnchorExtractor.NAME).map(Anchor::key).distinct().toList();
    }
}
