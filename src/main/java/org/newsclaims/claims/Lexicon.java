package org.newsclaims.claims;

import java.util.ArrayList;
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

    private final Map<String, V> entries = new HashMap<>();
    private int maxLength;

    void put(String word, V value) {
        String key = Fold.fold(word.strip());
        if (!key.isEmpty()) {
            entries.put(key, value);
            maxLength = Math.max(maxLength, key.length());
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
        if (i > 0 && isLatin(folded.charAt(i)) && isLatin(folded.charAt(i - 1))) {
            return null;
        }
        for (int len = Math.min(maxLength, to - i); len > 0; len--) {
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
        return Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
