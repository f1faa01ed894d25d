package org.newsclaims.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * ICU normalization: NFKC with an offset map, Traditional-to-Simplified folding and
 * Vietnamese diacritic folding. Instances are thread-safe.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private TextNormalizer() {
    }

    /**
     * NFKC-normalizes {@code original}, keeping for every output character the original span it
     * came from. The text is cut at normalization boundaries so that each chunk normalizes on its
     * own (a Vietnamese base letter and its combining marks stay together).
     */
    public static NormalizedText nfkc(String original) {
        StringBuilder out = new StringBuilder(original.length() + 16);
        int[] starts = new int[original.length() + 16];
        int[] ends = new int[original.length() + 16];
        int n = original.length();
        int chunkStart = 0;
        while (chunkStart < n) {
            int first = original.codePointAt(chunkStart);
            int chunkEnd = chunkStart + Character.charCount(first);
            while (chunkEnd < n && !NFKC.hasBoundaryBefore(original.codePointAt(chunkEnd))) {
                chunkEnd += Character.charCount(original.codePointAt(chunkEnd));
            }
            // most chunks are one character without a decomposition, which NFKC leaves as it is:
            // no need to make a string of it
            boolean same = chunkEnd == chunkStart + Character.charCount(first) && NFKC.getDecomposition(first) == null;
            String normalized = same ? null : normalizedChunk(original.substring(chunkStart, chunkEnd));
            int length = same ? chunkEnd - chunkStart : normalized.length();
            int needed = out.length() + length;
            if (needed > starts.length) {
                int size = Math.max(needed, starts.length * 2);
                starts = java.util.Arrays.copyOf(starts, size);
                ends = java.util.Arrays.copyOf(ends, size);
            }
            // one character for one: keep character-level precision. A chunk of several characters that NFKC
            // changes but leaves as long is no such thing: à + dot below becomes ạ + grave, and ạ comes from both
            if (length == chunkEnd - chunkStart && (same || chunkEnd - chunkStart == Character.charCount(first)
                    || original.regionMatches(chunkStart, normalized, 0, length))) {
                for (int i = 0; i < length; i++) {
                    starts[out.length() + i] = chunkStart + i;
                    ends[out.length() + i] = chunkStart + i + 1;
                }
            } else {
                for (int i = 0; i < length; i++) {
                    starts[out.length() + i] = chunkStart;
                    ends[out.length() + i] = chunkEnd;
                }
            }
            if (same) {
                out.append(original, chunkStart, chunkEnd);
            } else {
                out.append(normalized);
            }
            chunkStart = chunkEnd;
        }
        int len = out.length();
        return new NormalizedText(original, out.toString(),
                java.util.Arrays.copyOf(starts, len), java.util.Arrays.copyOf(ends, len));
    }

    /** {@code text} NFKC-normalized, without the offset map of {@link #nfkc}: the same text, made faster. */
    public static String nfkcText(String text) {
        return NFKC.normalize(text);
    }

    private static String normalizedChunk(String chunk) {
        return NFKC.isNormalized(chunk) ? chunk : NFKC.normalize(chunk);
    }

    /**
     * Traditional Chinese folded to Simplified (for matching and search; not length-preserving in
     * general): ICU's Traditional-Simplified transliteration, which rewrites some phrases as a whole.
     */
    public static String toSimplified(String text) {
        return Simplifier.apply(text);
    }

    /**
     * One character folded to Simplified on its own, as ICU's Traditional-Simplified converts it
     * when it stands alone; a character it would not turn into exactly one character stays as it is.
     */
    public static char toSimplified(char c) {
        return Simplifier.of(c);
    }

    /**
     * Vietnamese (or any Latin) text without diacritics, đ folded to d: ICU's
     * {@code NFD; [:Nonspacing Mark:] Remove; NFC}, then đ → d and Đ → D.
     */
    public static String foldDiacritics(String text) {
        return DiacriticFolder.apply(text);
    }

    /** Key for comparing names across script, width, case and spacing: NFKC, case fold, T→S, no spaces. */
    public static String matchKey(String name) {
        if (name == null) {
            return "";
        }
        String s = NFKC.normalize(name);
        s = com.ibm.icu.lang.UCharacter.foldCase(s, true);
        s = toSimplified(s);
        return s.replaceAll("\\s+", "");
    }
}
