package org.newsclaims.ingest;

import java.nio.charset.Charset;
import java.util.BitSet;

/**
 * Tells decoded bytes that are not text from text. Any bytes decode to something (random bytes
 * read as UTF-16 or GB18030 are mostly Han characters), so the decoder cannot tell; the result
 * can: too many characters that no text holds, or Han characters that are mostly rare ones.
 */
final class NotText {

    /** Share of control, private-use, unassigned, surrogate or replacement characters above which a body is not text (news: 0). */
    static final double MAX_JUNK_SHARE = 0.05;
    /**
     * Share of common Han characters below which Chinese is not Chinese: at least 0.9 in every news file
     * here, about 0.24 in random bytes decoded as UTF-16.
     */
    static final double MIN_COMMON_HAN_SHARE = 0.5;
    /** Han characters needed before their commonness says anything. */
    private static final int MIN_HAN = 50;

    /** The most common Han characters: GB2312's level 1 (3,755) and Big5's frequent characters (5,401). */
    private static final BitSet COMMON_HAN = commonHan();

    private NotText() {
    }

    /** Why {@code body} is not text in a known language, or null when it is text. */
    static String reason(String body) {
        int chars = 0;
        int junk = 0;
        int han = 0;
        int common = 0;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            chars++;
            if (junk(cp)) {
                junk++;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                if (COMMON_HAN.get(cp)) {
                    common++;
                }
            }
        }
        if (junk > chars * MAX_JUNK_SHARE) {
            return String.format("not text in a known language (%.0f%% control, private-use, unassigned or replacement characters)",
                    100.0 * junk / chars);
        }
        if (han >= MIN_HAN && common < han * MIN_COMMON_HAN_SHARE) {
            return String.format("not text in a known language (only %.0f%% of its Han characters are common ones)",
                    100.0 * common / han);
        }
        return null;
    }

    private static boolean junk(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL -> cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f';
            case Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> cp == 0xFFFD;
        };
    }

    private static BitSet commonHan() {
        BitSet set = new BitSet(0x10000);
        // GB2312 level 1: rows 0xB0-0xD7; Big5 frequent characters: 0xA440-0xC67E
        addDecoded(set, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE);
        addDecoded(set, Charset.forName("Big5"), 0xA4, 0xC6, 0x40, 0xFE);
        return set;
    }

    private static void addDecoded(BitSet set, Charset charset, int leadFrom, int leadTo, int trailFrom, int trailTo) {
        for (int lead = leadFrom; lead <= leadTo; lead++) {
            for (int trail = trailFrom; trail <= trailTo; trail++) {
                String s = new String(new byte[] {(byte) lead, (byte) trail}, charset);
                if (s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN) {
                    set.set(s.charAt(0));
                }
            }
        }
    }
}
