package org.newsclaims.dedup;

import java.io.IOException;
import java.util.List;

/** Where reprint detection looks up the stored articles a new one may be a reprint of; the store implements it. */
public interface CandidateSource {

    /**
     * Stored articles of other paths than {@code f}'s that share a MinHash band, enough of its
     * {@link Fingerprint#sketchKeys sketch} or at least {@link ReprintDetector#MIN_SHARED_ANCHORS}
     * strong anchors with it, best first, ties by path.
     * Their fingerprints need no band keys: comparing does not use them.
     */
    List<Fingerprint> candidates(Fingerprint f) throws IOException;
}
