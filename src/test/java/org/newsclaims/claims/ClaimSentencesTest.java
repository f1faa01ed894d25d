package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsclaims.TestTexts;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.Span;

/** A claim's sentence is the article's text at its offsets and holds the claim's amount. */
class ClaimSentencesTest {

    @Test
    void everyClaimOfTheNewsSampleLiesInItsSentence() {
        int claims = 0;
        for (Article a : TestTexts.newsSample()) {
            claims += assertInTheirSentences(a);
        }
        assertTrue(claims > 1000, "the sample holds claims: " + claims);
    }

    @Test
    void everyClaimOfRandomVietnameseTextLiesInItsSentence() {
        // Vietnamese: the rules alone, so thousands of texts take seconds (Chinese ones go to CoreNLP)
        Random random = new Random(22);
        int claims = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = TestTexts.random(random, 24);
            claims += assertInTheirSentences(new Article("random" + i, Path.of("random" + i + ".txt"), "text/plain", "UTF-8",
                    text, List.of(new Span(0, text.length())), null, LocalDate.of(2024, 7, 1), Language.VI));
        }
        assertTrue(claims > 100, "random text holds claims: " + claims);
    }

    private static int assertInTheirSentences(Article a) {
        List<Claim> claims = STAGES.claims().extract(a);
        for (Claim c : claims) {
            String where = a.path() + ": claim " + c.amount().text() + " at " + c.amount().start();
            assertTrue(0 <= c.sentenceStart() && c.sentenceStart() <= c.amount().start()
                    && c.amount().end() <= c.sentenceEnd() && c.sentenceEnd() <= a.text().length(),
                    where + " outside its sentence [" + c.sentenceStart() + ", " + c.sentenceEnd() + ")");
            assertEquals(a.text().substring(c.sentenceStart(), c.sentenceEnd()), c.sentence(), where);
            assertEquals(a.text().substring(c.amount().start(), c.amount().end()), c.amount().text(), where);
            assertTrue(a.inBody(c.amount().start(), c.amount().end()), where + " outside the body");
        }
        return claims.size();
    }
}
