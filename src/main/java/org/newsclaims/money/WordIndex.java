package org.newsclaims.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Longest-match lookup of lexicon words in a {@link TextView}: forward in a trie of the words
 * (the text is read once, however many words share a beginning), backward in lists of the words
 * by their last character. Surfaces are stored folded. A word
 * that begins (ends) with an alphabetic letter only matches where the text has no letter just
 * before (after) it, so {@code đ} does not match inside {@code đi} and {@code k} not inside {@code km}.
 */
final class WordIndex<T> {

    record Word<T>(String surface, T value) {
        int length() {
            return surface.length();
        }
    }

    /** The trie's first level, by character in pages of 256 characters made on first use; deeper levels are small. */
    @SuppressWarnings("unchecked")
    private final Node<T>[][] firsts = new Node[256][];
    private final ByChar<T> byLast = new ByChar<>();

    private int maxLength;

    void add(String surface, T value) {
        String s = TextView.fold(surface);
        maxLength = Math.max(maxLength, s.length());
        Word<T> w = new Word<>(s, value);
        Node<T> node = first(s.charAt(0), true);
        for (int i = 1; i < s.length(); i++) {
            node = node.childOrNew(s.charAt(i));
        }
        if (node.word == null) {
            // of two entries with one surface, the first added is found, as by the list below
            node.word = w;
        }
        byLast.add(s.charAt(s.length() - 1), w);
    }

    /** The longest word starting at {@code pos}, or null. */
    Word<T> match(TextView v, int pos) {
        if (pos < 0 || pos >= v.length()) {
            return null;
        }
        Word<T> longest = null;
        Node<T> node = first(v.at(pos), false);
        for (int i = pos + 1; node != null; node = i < v.length() ? node.child(v.at(i)) : null, i++) {
            if (node.word != null && bounded(v, pos, i)) {
                longest = node.word;
            }
        }
        return longest;
    }

    @SuppressWarnings("unchecked")
    private Node<T> first(char c, boolean make) {
        Node<T>[] page = firsts[c >>> 8];
        if (page == null) {
            if (!make) {
                return null;
            }
            page = firsts[c >>> 8] = new Node[256];
        }
        if (page[c & 0xFF] == null && make) {
            page[c & 0xFF] = new Node<>();
        }
        return page[c & 0xFF];
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

    /** A trie node: the word spelled by the path to it, if any, and the nodes one character further. */
    private static final class Node<T> {
        private static final char[] NO_KEYS = {};

        Word<T> word;
        private char[] keys = NO_KEYS;
        private Node<T>[] children;

        Node<T> child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        Node<T> childOrNew(char c) {
            Node<T> child = child(c);
            if (child == null) {
                child = new Node<>();
                keys = java.util.Arrays.copyOf(keys, keys.length + 1);
                keys[keys.length - 1] = c;
                children = children == null ? new Node[1] : java.util.Arrays.copyOf(children, children.length + 1);
                children[children.length - 1] = child;
            }
            return child;
        }
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
