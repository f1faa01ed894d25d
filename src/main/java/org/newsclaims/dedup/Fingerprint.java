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

    public Fingerprint {
        bands = List.copyOf(bands);
        anchors = List.copyOf(anchors);
    }

    /** Anchors worth looking candidates up by: money, numbers other than small ones, percentages, names. */
    public List<String> strongAnchorKeys() {
        return anchors.stream().filter(a -> a.weight() >= AnchorExtractor.NAME).map(Anchor::key).distinct().toList();
    }
}
