package org.newsclaims.ingest;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Decides zh-Hans, zh-Hant or vi from character statistics, which stay reliable on short
 * texts where n-gram detectors are not: Han characters against Latin letters, then the share
 * of Han characters that ICU's Traditional-to-Simplified transform changes.
 */
public final class LanguageDetector {

    /** Share of changed Han characters above which a text is Traditional (Simplified text: ~0%, Traditional: ~30%). */
    static final double TRADITIONAL_SHARE = 0.08;

    /** Han characters looked at for the script decision; more says nothing new. */
    private static final int SAMPLE = 4000;

    private static final String VIETNAMESE_LETTERS =
            "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    private LanguageDetector() {
    }

    /** The language of {@code text}, or null when it is neither Chinese nor Vietnamese. */
    public static Language detect(String text) {
        StringBuilder han = new StringBuilder();
        int hanCount = 0;
        int latin = 0;
        int vietnamese = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (script == UScript.HAN) {
                if (han.length() < SAMPLE) {
                    han.appendCodePoint(cp);
                }
                hanCount++;
            } else if (script == UScript.LATIN && UCharacter.isLetter(cp)) {
                latin++;
                if (VIETNAMESE_LETTERS.indexOf(UCharacter.toLowerCase(cp)) >= 0) {
                    vietnamese++;
                }
            }
        }
        // A Latin letter is ~1/4 of a Vietnamese syllable; a Han character is a syllable.
        if (hanCount > 0 && hanCount * 4 >= latin) {
            return isTraditional(han.toString()) ? Language.ZH_HANT : Language.ZH_HANS;
        }
        if (latin > 0 && vietnamese * 20 >= latin) {
            return Language.VI;
        }
        return hanCount > 0 ? (isTraditional(han.toString()) ? Language.ZH_HANT : Language.ZH_HANS) : null;
    }

    static double changedShare(String han) {
        String simplified = TextNormalizer.toSimplified(han);
        int n = Math.min(han.length(), simplified.length());
        int changed = 0;
        for (int i = 0; i < n; i++) {
            if (han.charAt(i) != simplified.charAt(i)) {
                changed++;
            }
        }
        return han.isEmpty() ? 0 : (double) changed / han.length();
    }

    private static boolean isTraditional(String han) {
        return changedShare(han) > TRADITIONAL_SHARE;
    }
}
