package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;

/** Floors on the seed gold: a regression in extraction fails the build. */
class ClaimSeedEvalTest {

    @Test
    void seedGoldFloorsInEveryLanguage() throws Exception {
        Map<String, List<ClaimGold>> byDoc = new LinkedHashMap<>();
        for (ClaimGold g : ClaimGold.read(Path.of("corpus/seeds.gold.jsonl"))) {
            byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
        }
        long t0 = System.nanoTime();
        ClaimExtractor extractor = ClaimExtractor.load(Path.of("models"));
        List<ClaimScorer.DocInput> inputs = new ArrayList<>();
        for (var e : byDoc.entrySet()) {
            Article a = ArticleReader.withDefaults().read(Path.of("corpus", e.getKey()));
            List<Integer> years = e.getValue().stream().map(g -> extractor.yearOf(g.time(), a.language(), a.date())).toList();
            inputs.add(new ClaimScorer.DocInput(e.getKey(), a.language().tag(), e.getValue(), years, extractor.extract(a)));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ClaimScorer.Report report = ClaimScorer.score(inputs);
        System.out.printf("seed claims extracted in %.1f s%n", seconds);
        report.scores().forEach((lang, s) -> System.out.println(lang + " " + s.asMap()));
        for (String lang : List.of("zh-Hans", "zh-Hant", "vi")) {
            ClaimScores s = report.scores().get(lang);
            String why = lang + " " + s.asMap() + "\n" + String.join("\n", report.errors());
            assertTrue(s.f1() >= 0.95, why);
            assertTrue(s.attributionAccuracy() >= 0.85, why);
            assertTrue(s.subjectAccuracy() >= 0.80, why);
            assertTrue(s.metricAccuracy() >= 0.80, why);
            assertTrue(s.timeYearAccuracy() >= 0.80, why);
        }
    }
}
