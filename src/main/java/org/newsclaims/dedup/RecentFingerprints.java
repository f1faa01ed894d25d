package org.newsclaims.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fingerprints added since the store's searcher was opened, which it cannot find yet, looked up
 * the way the store looks up its own: by a shared MinHash band or enough shared strong anchors.
 * Not thread-safe.
 */
public final class RecentFingerprints {

    private final List<Fingerprint> added = new ArrayList<>();
    private final Map<String, List<Fingerprint>> byBand = new HashMap<>();
    private final Map<String, List<Fingerprint>> byAnchor = new HashMap<>();
    private final Map<String, List<Fingerprint>> bySketchKey = new HashMap<>();

    public void add(Fingerprint f) {
        added.add(f);
        for (String band : f.bands()) {
            byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(f);
        }
        for (String anchor : f.strongAnchorKeys()) {
            byAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).add(f);
        }
        for (String key : f.sketchKeys()) {
            bySketchKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
    }

    /**
     * Added fingerprints of other paths sharing a band, enough of its sketch or at least
     * {@code minSharedAnchors} strong anchors with {@code f}, oldest first.
     */
    List<Fingerprint> candidates(Fingerprint f, int minSharedAnchors) {
        // by identity: a fingerprint's own hash code would hash all its anchors and band keys
        Set<Fingerprint> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String band : f.bands()) {
            found.addAll(byBand.getOrDefault(band, List.of()));
        }
        addSharing(found, byAnchor, f.strongAnchorKeys(), minSharedAnchors);
        addSharing(found, bySketchKey, f.sketchKeys(), f.minSharedSketchKeys());
        List<Fingerprint> out = new ArrayList<>();
        if (!found.isEmpty()) {
            for (Fingerprint other : added) {
                if (found.contains(other) && !other.path().equals(f.path())) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    /** Adds to {@code found} the fingerprints of {@code index} under at least {@code min} of {@code keys}. */
    private static void addSharing(Set<Fingerprint> found, Map<String, List<Fingerprint>> index, List<String> keys, int min) {
        Map<Fingerprint, Integer> shared = new IdentityHashMap<>();
        for (String key : keys) {
            for (Fingerprint other : index.getOrDefault(key, List.of())) {
                if (shared.merge(other, 1, Integer::sum) >= min) {
                    found.add(other);
                }
            }
        }
    }

    public void clear() {
        added.clear();
        byBand.clear();
        byAnchor.clear();
        bySketchKey.clear();
    }
}
