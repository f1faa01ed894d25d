package org.newsclaims.claims;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Length-preserving folding for rule matching: each character NFKC-normalized and folded to
 * Simplified where that yields one character, then lower-cased. Offsets in the folded text are
 * offsets in the original, so a rule match can be cut from the text as written.
 */
final class Fold {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /**
     * Each character's folding, filled in on first use; 0 where not folded yet. Threads may fold a
     * character at the same time: they write the same value.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    private Fold() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char d = FOLDED[c];
            if (d == 0) {
                d = Character.isSurrogate(c) ? c : foldChar(c);
                FOLDED[c] = d;
            }
            out[i] = d;
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        String s = NFKC.normalize(String.valueOf(c));
        char d = s.length() == 1 ? s.charAt(0) : c;
        String simplified = TextNormalizer.toSimplified(String.valueOf(d));
        if (simplified.length() == 1) {
            d = simplified.charAt(0);
        }
        String lower = String.valueOf(d).toLowerCase(Locale.ROOT);
        return lower.length() == 1 ? lower.charAt(0) : d;
    }
}
