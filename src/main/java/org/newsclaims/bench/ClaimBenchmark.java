package org.newsclaims.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Span;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.pipeline.Stages;

/**
 * Throughput of claim extraction over the {@link TextFiles text files} of a folder, the whole text as
 * body: characters and claims per second, CoreNLP load time apart.
 */
public final class ClaimBenchmark {

    /** Figures of one run. */
    public record Result(int files, long chars, int claims, double seconds, double loadSeconds,
                         long coreNlpSpans, long coreNlpChars, int modelsWithHashedLookups) {

        public double charsPerSecond() {
            return chars / seconds;
        }

        public double claimsPerSecond() {
            return claims / seconds;
        }

        @Override
        public String toString() {
            return String.format("%d files, %d chars, %d claims in %.1f s: %.0f chars/s, %.1f claims/s "
                            + "(CoreNLP load %.1f s not included; CoreNLP saw %d spans, %d chars = %.1f%% of the text;"
                            + " hashed lookups in %d of its %d models)",
                    files, chars, claims, seconds, charsPerSecond(), claimsPerSecond(), loadSeconds,
                    coreNlpSpans, coreNlpChars, 100.0 * coreNlpChars / Math.max(1, chars), modelsWithHashedLookups,
                    ChineseAnnotator.MODELS);
        }
    }

    private ClaimBenchmark() {
    }

    /** Runs the claims stage of {@code stages} over {@code dir}. */
    public static Result run(Stages stages, Path dir) throws IOException {
        ClaimExtractor extractor = stages.claims();
        ChineseAnnotator annotator = stages.annotator();
        List<Article> articles = new ArrayList<>();
        for (TextFiles.TextFile f : TextFiles.in(dir)) {
            articles.add(new Article(f.path().getFileName().toString(), f.path(), "text/plain", "UTF-8", f.text(),
                    List.of(new Span(0, f.text().length())), null, null, f.language()));
        }
        long loadStart = System.nanoTime();
        annotator.annotate("预热", 0, 2);
        double load = (System.nanoTime() - loadStart) / 1e9;
        ChineseAnnotator.Statistics before = annotator.statistics();
        long t0 = System.nanoTime();
        long chars = 0;
        int claims = 0;
        for (Article a : articles) {
            chars += a.text().length();
            claims += extractor.extract(a).size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ChineseAnnotator.Statistics coreNlp = annotator.statistics().since(before);
        return new Result(articles.size(), chars, claims, seconds, load, coreNlp.spans(), coreNlp.chars(),
                annotator.modelsWithHashedLookups());
    }
}
