package org.newsclaims.spark;

import java.nio.file.Path;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.ChromeFilter;
import org.newsclaims.money.FxTable;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.nlp.ChineseAnnotator;

/**
 * The stages a Spark task runs, built as {@code ingest} builds them, once per JVM: every task an executor
 * runs shares them (CoreNLP's Chinese models take seconds and hundreds of megabytes to load; the stages are thread-safe).
 */
record Stages(ArticleReader reader, ChineseAnnotator annotator, ClaimExtractor extractor, ReprintDetector reprints, FxTable fx,
              Clusters.Markers markers) {

    private static Stages loaded;
    private static Settings loadedFor;

    /** What the stages are built from: shipped to executors with each task. */
    record Settings(String modelsDir, long maxBytes) implements java.io.Serializable {
    }

    static synchronized Stages get(Settings settings) {
        if (loaded == null || !loadedFor.equals(settings)) {
            loaded = build(settings);
            loadedFor = settings;
        }
        return loaded;
    }

    /** Makes CoreNLP in this JVM forget the spans it remembers, if it is loaded. */
    static synchronized void forgetSpans() {
        if (loaded != null) {
            loaded.annotator().forgetSpans();
        }
    }

    private static Stages build(Settings settings) {
        // the ingest stage also finds some of its tables through the property (DateFinder), which an executor JVM lacks
        System.setProperty("newsclaims.models", settings.modelsDir());
        Path models = Path.of(settings.modelsDir());
        try {
            ChineseAnnotator annotator = new ChineseAnnotator();
            return new Stages(new ArticleReader(ChromeFilter.load(models.resolve("ingest/chrome.tsv")), settings.maxBytes()), annotator,
                    ClaimExtractor.load(models, annotator),
                    new ReprintDetector(MoneyRecognizer.load(models)),
                    FxTable.load(models.resolve("fx/usd-rates.tsv")),
                    Clusters.Markers.load(models));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
