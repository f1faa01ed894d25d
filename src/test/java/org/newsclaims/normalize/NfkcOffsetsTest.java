package org.newsclaims.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.newsclaims.TestTexts;
import org.newsclaims.ingest.Article;

/** The offset map of {@link TextNormalizer#nfkc} leads every normalized character back to what it came from. */
class NfkcOffsetsTest {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    @Test
    void everyNormalizedCharacterOfTheNewsSampleMapsBackToItsOrigin() {
        for (Article a : TestTexts.newsSample()) {
            assertMapsBack(a.text());
        }
    }

    @Test
    void everyNormalizedCharacterOfRandomTextMapsBackToItsOrigin() {
        Random random = new Random(20);
        for (int i = 0; i < 20_000; i++) {
            assertMapsBack(TestTexts.random(random, 12));
        }
    }

    /**
     * The text is the NFKC form of the original; each character's span is a non-empty part of the original, in
     * order; and the original there normalizes to a text that holds that character.
     */
    private static void assertMapsBack(String original) {
        NormalizedText nt = TextNormalizer.nfkc(original);
        assertEquals(NFKC.normalize(original), nt.text(), () -> "NFKC of " + escaped(original));
        int lastStart = 0;
        int lastEnd = 0;
        for (int i = 0; i < nt.length(); i++) {
            int start = nt.toOriginalStart(i);
            int end = nt.toOriginalEnd(i + 1);
            int at = i;
            Supplier<String> where = () -> "character " + at + " of NFKC(" + escaped(original) + ") maps to [" + start + ", " + end + ")";
            assertTrue(0 <= start && start < end && end <= original.length(), where);
            assertTrue(start >= lastStart && end >= lastEnd, where);
            char c = nt.text().charAt(i);
            if (!Character.isSurrogate(c)) {
                assertTrue(NFKC.normalize(original.substring(start, end)).indexOf(c) >= 0, where);
            }
            lastStart = start;
            lastEnd = end;
        }
        assertEquals(original.length(), nt.toOriginalEnd(nt.length()), () -> "the map covers all of " + escaped(original));
    }

    static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x20 || c >= 0x7f && c < 0xa0 || Character.isSurrogate((char) c)
                ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
