package org.newsclaims.dedup;

import java.util.List;
import org.newsclaims.ingest.Language;

/** What reprint detection knows of one article: its shingles, MinHash signature and anchors. */
public record Fingerprint(String path, String docId, Language language, int[] shingles, long[] minhash,
                          List<Anchor> anchors) {

    public Fingerprint {
        anchors = List.copyOf(anchors);
    }

    /** Anchors worth looking candidates up by: money, numbers other than small ones, percentages, names. */
    public List<String> strongAnchorKeys() {
        return anchors.stream().filter(a -> a.weight() >= AnchorExtractor.NAME).map(Anchor::key).distinct().toList();
    }
}
