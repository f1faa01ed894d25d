package org.newsclaims.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * ICU's "NFD; [:Nonspacing Mark:] Remove; NFC" followed by đ → d, done with a per-character table
 * wherever that gives the same result.
 *
 * <p>The table holds each BMP character's own result when that is at most one character made of
 * starters only (after NFD) and with a composition boundary before it. For a text of such
 * characters the whole-text result is the concatenation: canonical reordering moves only
 * non-starters, which here are all removed, and NFC never composes across a boundary. Texts with
 * any other character (a conjoining jamo vowel, a spacing combining mark, a surrogate) go through ICU.
 */
final class DiacriticFolder {

    private static final ThreadLocal<Transliterator> ICU = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC"));
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final int REMOVED = -1;
    private static final int NEEDS_ICU = -2;
    /** A BMP character's result: a character, {@link #REMOVED} or {@link #NEEDS_ICU}. */
    private static final int[] TABLE = new int[0x10000];

    static {
        Transliterator t = ICU.get();
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = Character.isSurrogate((char) c) ? NEEDS_ICU : entry(t, (char) c);
        }
    }

    private DiacriticFolder() {
    }

    static String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int r = TABLE[text.charAt(i)];
            if (r == NEEDS_ICU) {
                return ICU.get().transliterate(text).replace('đ', 'd').replace('Đ', 'D');
            }
            if (r != REMOVED) {
                out.append((char) r);
            }
        }
        return out.toString();
    }

    private static int entry(Transliterator t, char c) {
        String s = String.valueOf(c);
        // ICU leaves alone a character that neither decomposes nor is a nonspacing mark
        boolean kept = NFD.getDecomposition(c) == null && UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK;
        String r = kept ? s : t.transliterate(s);
        if (r.isEmpty()) {
            return REMOVED;
        }
        if (r.length() > 1 || !NFC.hasBoundaryBefore(r.charAt(0))
                || NFD.normalize(r).chars().anyMatch(d -> UCharacter.getCombiningClass(d) != 0)) {
            return NEEDS_ICU;
        }
        return undot(r.charAt(0));
    }

    private static char undot(char c) {
        return c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c;
    }
}
