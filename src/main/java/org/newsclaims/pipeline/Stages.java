package org.newsclaims.pipeline;

import org.newsclaims.Models;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.index.BuildFingerprint;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.money.FxTable;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.nlp.ChineseAnnotator;

/**
 * Every stage of the pipeline, built from one {@link Models}: the one place where stages are made. The
 * money recognizer and the CoreNLP annotator are made once and shared by the stages that need them.
 * Each stage is thread-safe, so one {@code Stages} serves a whole process.
 *
 * @param build     what the store records as having extracted an article
 * @param reader    files to articles (ingest)
 * @param money     amounts of money in a text
 * @param annotator CoreNLP's Chinese pipeline, loaded on first use
 * @param claims    an article's claims
 * @param reprints  an article's reprint fingerprint and its links to stored articles
 * @param markers   the marks of translated and spun texts, for reprint clusters
 * @param fx        rates to the US dollar
 */
public record Stages(Models models, BuildFingerprint build, ArticleReader reader, MoneyRecognizer money,
                     ChineseAnnotator annotator, ClaimExtractor claims, ReprintDetector reprints, Clusters.Markers markers,
                     FxTable fx) {

    /** The stages of {@code models}, with an annotator of their own. */
    public static Stages of(Models models) {
        return of(models, new ChineseAnnotator());
    }

    /** The stages of {@code models}, annotating Chinese with {@code annotator}. */
    public static Stages of(Models models, ChineseAnnotator annotator) {
        MoneyRecognizer money = MoneyRecognizer.load(models);
        return new Stages(models, BuildFingerprint.of(models), ArticleReader.load(models), money, annotator,
                ClaimExtractor.load(models, money, annotator), new ReprintDetector(money), Clusters.Markers.load(models),
                FxTable.load(models));
    }

    /** These stages reading files with {@code other}. */
    public Stages withReader(ArticleReader other) {
        return new Stages(models, build, other, money, annotator, claims, reprints, markers, fx);
    }
}
