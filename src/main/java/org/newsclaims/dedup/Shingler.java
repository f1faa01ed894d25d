package org.newsclaims.dedup;

import com.ibm.icu.lang.UCharacter;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.newsclaims.ingest.Language;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Shingles of an article body for near-duplicate detection: the text NFKC-normalized, folded to
 * Simplified script, case and diacritics, punctuation and spaces removed; then 5-character
 * shingles for Chinese and 3-syllable shingles for Vietnamese, hashed to 32 bits, sorted, unique.
 */
public final class Shingler {

    static final int CHINESE_CHARS = 5;
    static final int VIETNAMESE_SYLLABLES = 3;
    private static final Pattern NOT_IN_A_SYLLABLE = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingler() {
    }

    public static int[] shingles(String body, Language language) {
        String folded = TextNormalizer.foldDiacritics(TextNormalizer.toSimplified(TextNormalizer.nfkcText(body)));
        folded = UCharacter.foldCase(folded, true);
        int[] out = language.isChinese() ? chineseShingles(folded) : syllableShingles(folded);
        Arrays.sort(out);
        return distinct(out);
    }

    private static int[] chineseShingles(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isLetterOrDigit(cp)) {
                kept.appendCodePoint(cp);
            }
        }
        int n = kept.length() - CHINESE_CHARS + 1;
        if (n <= 0) {
            return kept.length() == 0 ? new int[0] : new int[] {shingle(kept)};
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = shingle(kept.subSequence(i, i + CHINESE_CHARS));
        }
        return out;
    }

    private static int[] syllableShingles(String text) {
        String[] words = NOT_IN_A_SYLLABLE.split(text);
        String[] syllables = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
        int n = syllables.length - VIETNAMESE_SYLLABLES + 1;
        if (n <= 0) {
            return syllables.length == 0 ? new int[0] : new int[] {shingle(String.join(" ", syllables))};
        }
        int[] out = new int[n];
        StringBuilder window = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // the syllables joined by spaces, as String.join would, without a new string for each
            window.setLength(0);
            window.append(syllables[i]);
            for (int k = i + 1; k < i + VIETNAMESE_SYLLABLES; k++) {
                window.append(' ').append(syllables[k]);
            }
            out[i] = shingle(window);
        }
        return out;
    }

    /** Jaccard similarity of two sorted unique shingle arrays. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int common = common(a, b);
        return (double) common / (a.length + b.length - common);
    }

    /** Shingles two sorted unique arrays share. */
    public static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * A shingle's 32-bit hash: stored with every article (4 bytes a shingle) so candidates need no
     * re-analysis; collisions at this width change a Jaccard similarity by far less than its noise.
     */
    private static int shingle(CharSequence s) {
        return (int) (hash(s) >>> 32);
    }

    /** 64-bit FNV-1a over the UTF-16 units, then a finalizer that spreads the bits. */
    private static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static int[] distinct(int[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
