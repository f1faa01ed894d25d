package org.newsclaims.spark;

import java.io.Serializable;
import java.util.List;
import org.newsclaims.dedup.Anchor;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.ingest.Language;

/** An article's reprint fingerprint, in a form Spark ships between tasks ({@code anchors} in their stored form), and its partition. */
record Print(String path, String docId, String lang, String partition, int[] shingles, List<String> bands, List<String> anchors)
        implements Serializable {

    static Print of(Fingerprint f, String partition) {
        return new Print(f.path(), f.docId(), f.language().tag(), partition, f.shingles(), f.bands(),
                f.anchors().stream().map(Anchor::toString).toList());
    }

    Fingerprint fingerprint() {
        return new Fingerprint(path, docId, Language.fromTag(lang), shingles, bands, anchors.stream().map(Anchor::parse).toList());
    }
}
