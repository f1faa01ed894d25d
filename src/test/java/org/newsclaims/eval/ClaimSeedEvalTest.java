package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.claims.ClaimExtractor;

/** Floors on the seed gold: a regression in extraction fails the build. */
class ClaimSeedEvalTest {

    @Test
    void seedGoldFloorsInEveryLanguage() throws Exception {
        ClaimExtractor extractor = STAGES.claims();
        GoldEval.Result result = GoldEval.run(STAGES.reader(), extractor, Path.of("corpus/seeds.gold.jsonl"), Path.of("corpus"));
        ClaimScorer.Report report = result.report();
        System.out.printf("seed claims extracted in %.1f s%n", result.seconds());
        report.scores().forEach((lang, s) -> System.out.println(lang + " " + s.asMap()));
        for (String lang : List.of("zh-Hans", "zh-Hant", "vi")) {
            ClaimScores s = report.scores().get(lang);
            String why = lang + " " + s.asMap() + "\n" + String.join("\n", report.errorReport().lines());
            assertTrue(s.f1() >= 0.95, why);
            assertTrue(s.attributionAccuracy() >= 0.85, why);
            assertTrue(s.subjectAccuracy() >= 0.80, why);
            assertTrue(s.metricAccuracy() >= 0.80, why);
            assertTrue(s.timeYearAccuracy() >= 0.80, why);
        }
    }
}
