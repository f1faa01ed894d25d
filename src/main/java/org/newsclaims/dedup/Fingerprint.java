package org.newsclaims.dedup;

import java.util.Arrays;
import java.util.List;
import org.newsclaims.ingest.Language;

/**
 * What reprint detection knows of one article: its shingles, the LSH band keys of their MinHash
 * signature, and its anchors. A stored article met as a candidate has no band keys: comparing does
 * not use them, and computing them costs more than the comparison.
 */
public record Fingerprint(String path, String docId, Language language, int[] shingles, List<String> bands,
                          List<Anchor> anchors) {

    /** Shingles in a sketch: the smallest hashes, a uniform sample that two texts share in proportion to their Jaccard similarity. */
    static final int SKETCH = 64;
    /** Share of a sketch a candidate must hold: one that shares a tenth of its shingles holds about that much. */
    static final double SKETCH_SHARE = 0.1;

    public Fingerprint {
        bands = List.copyOf(bands);
        anchors = List.copyOf(anchors);
    }

    /**
     * Its {@link #SKETCH} smallest shingles (shingles are sorted), to look candidates up by: a spun copy
     * or a short item's copy shares too few shingles to share a MinHash band, but a fair part of these.
     */
    public List<String> sketchKeys() {
        return Arrays.stream(shingles, 0, Math.min(SKETCH, shingles.length)).mapToObj(Integer::toHexString).toList();
    }

    /** How many of its {@link #sketchKeys} a candidate must share. */
    public int minSharedSketchKeys() {
        return Math.max(2, (int) Math.round(SKETCH_SHARE * Math.min(SKETCH, shingles.length)));
    }

    /** Anchors worth looking candidates up by: money, numbers other than small ones, percentages, names. */
    public List<String> strongAnchorKeys() {
        return anchors.stream().filter(a -> a.weight() >= AnchorExtractor.NAME).map(Anchor::key).distinct().toList();
    }
}
