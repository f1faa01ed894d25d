package org.newsclaims.money;

import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;

/**
 * The NFKC text the grammar reads, plus a same-length folded copy used for matching: Latin letters
 * lower-cased and Traditional Han characters mapped to Simplified one character at a time, so a
 * lexicon written once matches both scripts and offsets stay those of the normalized text.
 */
final class TextView {

    final NormalizedText source;
    final String text;
    final char[] folded;

    /**
     * Numbers read at recent places of the text, by grammar, in slots by place: the rules of money
     * and numbers try to read a number at the same place several times each (as a bound, as one end
     * of a range, as a fraction, ...), and what is there does not change.
     */
    private static final int READINGS = 16;
    private final Reading[] readings = new Reading[READINGS];

    /** What a grammar read at a place: a quantity, or null for none. */
    record Reading(Object grammar, int place, NumeralGrammar.Quantity quantity) {
    }

    /** What {@code grammar} read at {@code place} (a position and its options, as the grammar numbers them), or null if not remembered. */
    Reading readingAt(Object grammar, int place) {
        Reading r = readings[place & (READINGS - 1)];
        return r != null && r.grammar() == grammar && r.place() == place ? r : null;
    }

    void remember(Object grammar, int place, NumeralGrammar.Quantity quantity) {
        readings[place & (READINGS - 1)] = new Reading(grammar, place, quantity);
    }

    /** The last view made on each thread: money and numbers read the same article text in turn. */
    private static final ThreadLocal<TextView> LAST = new ThreadLocal<>();

    private TextView(NormalizedText source) {
        this.source = source;
        this.text = source.text();
        this.folded = fold(text).toCharArray();
    }

    /** The view of {@code source}, made anew unless the last one made on this thread was of the same object. */
    static TextView of(NormalizedText source) {
        TextView last = LAST.get();
        if (last != null && last.source == source) {
            return last;
        }
        TextView v = new TextView(source);
        LAST.set(v);
        return v;
    }

    int length() {
        return text.length();
    }

    char at(int i) {
        return folded[i];
    }

    boolean startsWith(String foldedWord, int pos) {
        if (pos < 0 || pos + foldedWord.length() > folded.length) {
            return false;
        }
        for (int k = 0; k < foldedWord.length(); k++) {
            if (folded[pos + k] != foldedWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code foldedWord} ends if it starts at {@code pos}, allowing spaces between its
     * characters (个 百 分 点), or -1.
     */
    int spacedEnd(String foldedWord, int pos) {
        int i = pos;
        for (int k = 0; k < foldedWord.length(); k++) {
            if (k > 0) {
                i = skipSpaces(i);
            }
            if (i >= folded.length || folded[i] != foldedWord.charAt(k)) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /**
     * The first place from {@code i} on where a number may start: not a space, not a letter inside a
     * word, not in a web address; the length of the text when there is none.
     */
    int nextStart(int i) {
        while (i < length()) {
            if (isSpace(i) || isAlpha(i) && isAlpha(i - 1)) {
                i++;
            } else {
                int url = urlEnd(i);
                if (url < 0) {
                    return i;
                }
                i = url;
            }
        }
        return i;
    }

    /**
     * The end of a web address starting at {@code i} ({@code http://…}, {@code www.…}: up to the next
     * space or non-ASCII character), or -1. Digits in addresses (30%25, /2024/) are not numbers.
     */
    private int urlEnd(int i) {
        if (!(startsWith("http://", i) || startsWith("https://", i) || startsWith("www.", i)) || isAlpha(i - 1)) {
            return -1;
        }
        int j = i;
        while (j < folded.length && folded[j] > ' ' && folded[j] < 0x80) {
            j++;
        }
        return j;
    }

    /** The first original character behind normalized position {@code i}. */
    char originalChar(int i) {
        return source.original().charAt(source.toOriginalStart(i));
    }

    boolean isDigit(int i) {
        return i >= 0 && i < folded.length && folded[i] >= '0' && folded[i] <= '9';
    }

    /** A letter of an alphabet (not a Han character): words made of these need word boundaries. */
    boolean isAlpha(int i) {
        return i >= 0 && i < folded.length && isAlphaChar(folded[i]);
    }

    boolean isHan(int i) {
        return i >= 0 && i < folded.length && isHanChar(folded[i]);
    }

    boolean isSpace(int i) {
        return i >= 0 && i < folded.length && (folded[i] == ' ' || folded[i] == '\t' || folded[i] == '\u3000');
    }

    int skipSpaces(int i) {
        while (isSpace(i)) {
            i++;
        }
        return i;
    }

    int skipSpacesBack(int i) {
        while (isSpace(i - 1)) {
            i--;
        }
        return i;
    }

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    static boolean isAlphaChar(char c) {
        return ALPHA[c];
    }

    static boolean isHanChar(char c) {
        return HAN[c];
    }

    private static final boolean[] HAN = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] ALPHA = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            HAN[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            ALPHA[c] = Character.isLetter((char) c) && !HAN[c];
        }
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    static char foldChar(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        char simplified = TextNormalizer.toSimplified(c);
        if (simplified != c) {
            return simplified;
        }
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    }
}
