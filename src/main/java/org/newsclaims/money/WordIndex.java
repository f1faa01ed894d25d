package org.newsclaims.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Longest-match lookup of lexicon words in a {@link TextView}. Surfaces are stored folded. A word
 * that begins (ends) with an alphabetic letter only matches where the text has no letter just
 * before (after) it, so {@code đ} does not match inside {@code đi} and {@code k} not inside {@code km}.
 */
final class WordIndex<T> {

    record Word<T>(String surface, T value) {
        int length() {
            return surface.length();
        }
    }

    private final ByChar<T> byFirst = new ByChar<>();
    private final ByChar<T> byLast = new ByChar<>();

    private int maxLength;

    void add(String surface, T value) {
        String s = TextView.fold(surface);
        maxLength = Math.max(maxLength, s.length());
        Word<T> w = new Word<>(s, value);
        byFirst.add(s.charAt(0), w);
        byLast.add(s.charAt(s.length() - 1), w);
    }

    /** The longest word starting at {@code pos}, or null. */
    Word<T> match(TextView v, int pos) {
        if (pos < 0 || pos >= v.length()) {
            return null;
        }
        List<Word<T>> words = byFirst.get(v.at(pos));
        if (words == null) {
            return null;
        }
        for (Word<T> w : words) {
            if (v.startsWith(w.surface, pos) && bounded(v, pos, pos + w.length())) {
                return w;
            }
        }
        return null;
    }

    /** A word that starts at or before {@code pos} and reaches past it, or null. */
    Word<T> covering(TextView v, int pos) {
        for (int back = 0; back <= maxLength && back <= pos; back++) {
            Word<T> w = match(v, pos - back);
            if (w != null && w.length() > back) {
                return w;
            }
        }
        return null;
    }

    /** The longest word ending at {@code end} (exclusive), or null. */
    Word<T> matchEndingAt(TextView v, int end) {
        if (end <= 0 || end > v.length()) {
            return null;
        }
        List<Word<T>> words = byLast.get(v.at(end - 1));
        if (words == null) {
            return null;
        }
        for (Word<T> w : words) {
            int start = end - w.length();
            if (v.startsWith(w.surface, start) && bounded(v, start, end)) {
                return w;
            }
        }
        return null;
    }

    private static boolean bounded(TextView v, int start, int end) {
        char first = v.at(start);
        char last = v.at(end - 1);
        if (TextView.isAlphaChar(first) && v.isAlpha(start - 1)) {
            return false;
        }
        return !(TextView.isAlphaChar(last) && v.isAlpha(end));
    }

    /**
     * Words by a character, longest first, in pages of 256 characters allocated on first use:
     * lookups without boxing, in little memory.
     */
    private static final class ByChar<T> {

        private static final Comparator<Word<?>> LONGEST_FIRST = Comparator.comparingInt(x -> -x.length());

        @SuppressWarnings("unchecked")
        private final List<Word<T>>[][] pages = new List[256][];

        List<Word<T>> get(char c) {
            List<Word<T>>[] page = pages[c >>> 8];
            return page == null ? null : page[c & 0xFF];
        }

        @SuppressWarnings("unchecked")
        void add(char c, Word<T> w) {
            if (pages[c >>> 8] == null) {
                pages[c >>> 8] = new List[256];
            }
            List<Word<T>>[] page = pages[c >>> 8];
            if (page[c & 0xFF] == null) {
                page[c & 0xFF] = new ArrayList<>();
            }
            List<Word<T>> words = page[c & 0xFF];
            words.add(w);
            words.sort(LONGEST_FIRST);
        }
    }
}
