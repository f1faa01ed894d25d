package org.newsclaims.claims;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Length-preserving folding for rule matching: each character NFKC-normalized and folded to
 * Simplified where that yields one character, then lower-cased. Offsets in the folded text are
 * offsets in the original, so a rule match can be cut from the text as written.
 */
final class Fold {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ConcurrentHashMap<Character, Character> CACHE = new ConcurrentHashMap<>();

    private Fold() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[i] = Character.isSurrogate(c) ? c : CACHE.computeIfAbsent(c, Fold::foldChar);
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
