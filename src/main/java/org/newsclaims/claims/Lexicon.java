package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words mapped to values, found leftmost-longest in folded text. An entry that begins or ends
 * with a letter only matches at a letter boundary, so Vietnamese and Latin words match whole
 * syllables ("chi" is not found in "chip"); CJK entries match anywhere.
 */
final class Lexicon<V> {

    record Match<V>(int start, int end, String word, V value) {
    }

    private static final boolean[] LATIN = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LATIN[c] = Character.isLetter((char) c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
        }
    }

    private final Map<String, V> entries = new HashMap<>();
    /**
     * For each first character, the lengths of the entries beginning with it (null where none does,
     * so most positions are passed over without a lookup), in pages of 256 characters made on first use.
     */
    private final BitSet[][] lengthsByFirst = new BitSet[256][];

    void put(String word, V value) {
        String key = Fold.fold(word.strip());
        if (!key.isEmpty()) {
            entries.put(key, value);
            char first = key.charAt(0);
            if (lengthsByFirst[first >>> 8] == null) {
                lengthsByFirst[first >>> 8] = new BitSet[256];
            }
            BitSet[] page = lengthsByFirst[first >>> 8];
            if (page[first & 0xFF] == null) {
                page[first & 0xFF] = new BitSet();
            }
            page[first & 0xFF].set(key.length());
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    V get(String word) {
        return entries.get(Fold.fold(word.strip()));
    }

    /** Non-overlapping leftmost-longest matches in {@code folded[from, to)}. */
    List<Match<V>> findAll(String folded, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> m = longestAt(folded, i, to);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /** The longest entry starting exactly at {@code i} and ending by {@code to}, or null. */
    Match<V> longestAt(String folded, int i, int to) {
        if (i >= to) {
            return null;
        }
        if (i > 0 && isLatin(folded.charAt(i)) && isLatin(folded.charAt(i - 1))) {
            return null;
        }
        BitSet[] page = lengthsByFirst[folded.charAt(i) >>> 8];
        BitSet lengths = page == null ? null : page[folded.charAt(i) & 0xFF];
        if (lengths == null) {
            return null;
        }
        for (int len = lengths.previousSetBit(to - i); len > 0; len = lengths.previousSetBit(len - 1)) {
            String key = folded.substring(i, i + len);
            V v = entries.get(key);
            if (v == null) {
                continue;
            }
            int end = i + len;
            if (end < folded.length() && isLatin(folded.charAt(end - 1)) && isLatin(folded.charAt(end))) {
                continue;
            }
            return new Match<>(i, end, key, v);
        }
        return null;
    }

    /** Letters of alphabetic scripts (not CJK ideographs, which have no word boundary). */
    static boolean isLatin(char c) {
        return LATIN[c];
    }
}
