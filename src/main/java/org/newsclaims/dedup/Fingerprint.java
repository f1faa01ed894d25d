package org.newsclaims.dedup;

import java.util.List;
import org.newsclaims.ingest.Language;

/**
 * What reprint detection knows of one article: its shingles, the LSH band keys of their MinHash
 * signature, and its anchors. A stored article met as a candidate has no band keys: comparing does
 * not use them, and computing them costs more than the comparison.
 */
public record Fingerprint(String path, String docId, Language language, int[] shingles, List<String> bands,
                          List<Anchor> anchors) {

    static final int SHORT_SHINGLES = 256;

    public Fingerprint {
        bands = List.copyOf(bands);
        anchors = List.copyOf(anchors);
    }

    /**
     * Of a short item (a headline, a brief), whose spun copy shares too few shingles to share a band:
     * its shingles, to look candidates up by. Empty for a longer text.
     */
    public List<String> shortKeys() {
        if (shingles.length > SHORT_SHINGLES) {
            return List.of();
        }
        return java.util.Arrays.stream(shingles).mapToObj(Integer::toHexString).toList();
    }

    /** How many of its {@link #shortKeys} a candidate must share. */
    public int minSharedShortKeys() {
        return Math.max(2, (int) Math.ceil(ReprintDetector.AGREEING_MIN_JACCARD * shingles.length));
    }

    /** Anchors worth looking candidates up by: money, numbers other than small ones, percentages, names. */
    public List<String> strongAnchorKeys() {
        return anchors.stream().filter(a -> a.weight() >= AnchorExtractor.NAME).map(Anchor::key).distinct().toList();
    }
}
