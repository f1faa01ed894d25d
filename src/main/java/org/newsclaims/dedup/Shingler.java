package org.newsclaims.dedup;

import com.ibm.icu.lang.UCharacter;
import java.util.Arrays;
import org.newsclaims.ingest.Language;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Shingles of an article body for near-duplicate detection: the text NFKC-normalized, folded to
 * Simplified script, case and diacritics, punctuation and spaces removed; then 5-character
 * shingles for Chinese and 3-syllable shingles for Vietnamese, hashed to 64 bits, sorted, unique.
 */
public final class Shingler {

    static final int CHINESE_CHARS = 5;
    static final int VIETNAMESE_SYLLABLES = 3;

    private Shingler() {
    }

    public static long[] shingles(String body, Language language) {
        String folded = TextNormalizer.foldDiacritics(TextNormalizer.toSimplified(TextNormalizer.nfkc(body).text()));
        folded = UCharacter.foldCase(folded, true);
        long[] out = language.isChinese() ? chineseShingles(folded) : syllableShingles(folded);
        Arrays.sort(out);
        return distinct(out);
    }

    private static long[] chineseShingles(String text) {
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
            return kept.length() == 0 ? new long[0] : new long[] {hash(kept)};
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = hash(kept.subSequence(i, i + CHINESE_CHARS));
        }
        return out;
    }

    private static long[] syllableShingles(String text) {
        String[] words = text.split("[^\\p{L}\\p{N}]+");
        String[] syllables = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
        int n = syllables.length - VIETNAMESE_SYLLABLES + 1;
        if (n <= 0) {
            return syllables.length == 0 ? new long[0] : new long[] {hash(String.join(" ", syllables))};
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = hash(String.join(" ", Arrays.copyOfRange(syllables, i, i + VIETNAMESE_SYLLABLES)));
        }
        return out;
    }

    /** Exact Jaccard similarity of two sorted unique shingle arrays. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int common = common(a, b);
        return (double) common / (a.length + b.length - common);
    }

    /** Shingles two sorted unique arrays share. */
    public static int common(long[] a, long[] b) {
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

    /** 64-bit FNV-1a over the UTF-16 units, then a finalizer that spreads the bits. */
    static long hash(CharSequence s) {
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

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
