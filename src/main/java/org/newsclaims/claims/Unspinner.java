package org.newsclaims.claims;

import java.util.HashSet;
import java.util.Set;

/** Reads a spun reprint as its original: in an article with the spinner's fingerprints, swapped words are read as their originals. */
final class Unspinner {

    static final int SPIN_MARKERS_NEEDED = 3;

    private Unspinner() {
    }

    /** {@code folded} with the spin swaps of {@code rl} undone where it shows enough spin markers; same length. */
    static String unspin(String folded, Rules.Lang rl) {
        if (rl.spinSwaps.isEmpty()) {
            return folded;
        }
        Set<String> markers = new HashSet<>();
        for (var m : rl.spinMarkers.findAll(folded, 0, folded.length())) {
            markers.add(m.word());
        }
        if (markers.size() < SPIN_MARKERS_NEEDED) {
            return folded;
        }
        // a swap word inside a longer metric word (支出 in 资本支出) is left alone
        boolean[] protectedChar = new boolean[folded.length()];
        for (var m : rl.metrics.findAll(folded, 0, folded.length())) {
            if (!rl.spinSwaps.containsKey(m.word())) {
                for (int i = m.start(); i < m.end(); i++) {
                    protectedChar[i] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder(folded);
        for (var e : rl.spinSwaps.entrySet()) {
            for (int at = folded.indexOf(e.getKey()); at >= 0; at = folded.indexOf(e.getKey(), at + 1)) {
                if (!protectedChar[at]) {
                    sb.replace(at, at + e.getKey().length(), e.getValue());
                }
            }
        }
        return sb.toString();
    }
}
