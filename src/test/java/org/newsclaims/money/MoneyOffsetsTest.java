package org.newsclaims.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsclaims.TestTexts;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Language;
import org.newsclaims.normalize.TextNormalizer;

/** Every amount and number found is the original text at its offsets, in the news sample and in random text. */
class MoneyOffsetsTest {

    private static final MoneyRecognizer MONEY = STAGES.money();

    @Test
    void amountsAndNumbersOfTheNewsSampleAreTheTextAtTheirOffsets() {
        int amounts = 0;
        for (Article a : TestTexts.newsSample()) {
            amounts += assertAtTheirOffsets(a.text(), a.language());
        }
        assertTrue(amounts > 1000, "the sample holds amounts: " + amounts);
    }

    @Test
    void amountsAndNumbersOfRandomTextAreTheTextAtTheirOffsets() {
        Random random = new Random(21);
        int amounts = 0;
        for (int i = 0; i < 20_000; i++) {
            amounts += assertAtTheirOffsets(TestTexts.random(random, 12), Language.values()[i % Language.values().length]);
        }
        assertTrue(amounts > 1000, "random text holds amounts: " + amounts);
    }

    /** Checks the amounts and numbers found in {@code text}; returns how many amounts. */
    private static int assertAtTheirOffsets(String text, Language language) {
        List<AmountMention> amounts = MONEY.find(TextNormalizer.nfkc(text), language);
        int lastStart = 0;
        for (AmountMention m : amounts) {
            assertOffsets(text, m.start(), m.end(), m.text(), language);
            assertTrue(m.start() >= lastStart, () -> "amounts sorted by start in " + text);
            lastStart = m.start();
        }
        for (NumberMention n : MONEY.numbers().find(TextNormalizer.nfkc(text), language)) {
            assertOffsets(text, n.start(), n.end(), n.text(), language);
        }
        return amounts.size();
    }

    private static void assertOffsets(String text, int start, int end, String found, Language language) {
        assertTrue(0 <= start && start < end && end <= text.length(),
                () -> "[" + start + ", " + end + ") in a text of " + text.length() + " (" + language + "): " + text);
        assertEquals(text.substring(start, end), found, () -> "the text at [" + start + ", " + end + ") of " + text);
    }
}
