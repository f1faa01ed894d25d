package org.newsclaims.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsclaims.claims.Attribution;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.Metric;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.dedup.MinHash;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.Span;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.Qualifier;
import org.newsclaims.pipeline.Stages;

/**
 * A store of made-up articles and claims, written straight into Lucene without extraction, for
 * export benchmarks and for CSV quoting tests: sentences in all three scripts, with commas, quotes
 * and line breaks, ranges, nulls and amounts with fractions.
 */
public final class SyntheticClaims {

    private static final String[] SENTENCES = {
        "据路透社称, OpenAI今年或许亏损%s美元。",
        "Theo \"Bloomberg\", doanh thu đạt %s USD,\ncao hơn dự kiến.",
        "報告顯示，「營收」為%s元\r\n（約數）。",
    };
    private static final Language[] LANGUAGES = {Language.ZH_HANS, Language.VI, Language.ZH_HANT};
    private static final String[] CURRENCIES = {"USD", "USD", "TWD"};
    private static final Metric[] METRICS = {Metric.LOSS, Metric.REVENUE, Metric.REVENUE};
    private static final String[] SOURCES = {"路透社", "Bloomberg", null};

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private SyntheticClaims() {
    }

    /**
     * Writes {@code articles} articles of {@code claimsPerArticle} claims each into the store under
     * {@code dataDir}, as built by {@code stages}.
     */
    public static void write(Path dataDir, int articles, int claimsPerArticle, Stages stages)
            throws IOException, ArticleStore.StoreException {
        List<String> bands = MinHash.bandKeys(MinHash.signature(new int[0]));
        try (ArticleStore store = ArticleStore.open(dataDir, stages.build())) {
            for (int a = 0; a < articles; a++) {
                int kind = a % SENTENCES.length;
                StringBuilder text = new StringBuilder();
                List<Claim> claims = new ArrayList<>();
                String docId = String.format("synthetic%07d", a);
                for (int c = 0; c < claimsPerArticle; c++) {
                    BigDecimal value = BigDecimal.valueOf(a).movePointRight(6).add(BigDecimal.valueOf(c)).add(QUARTER);
                    String amount = value.toPlainString();
                    String sentence = String.format(SENTENCES[kind], amount);
                    int sentenceStart = text.length();
                    int start = sentenceStart + sentence.indexOf(amount);
                    text.append(sentence).append('\n');
                    boolean range = c % 7 == 3;
                    AmountMention m = new AmountMention(start, start + amount.length(), amount, range ? null : value,
                            range ? value : null, range ? value.add(BigDecimal.TEN) : null, CURRENCIES[kind],
                            c % 5 == 0 ? Qualifier.APPROX : null, null, false, false, CURRENCIES[kind] + " " + amount);
                    claims.add(new Claim(docId + ":" + start, docId, m, sentence, sentenceStart,
                            sentenceStart + sentence.length(), "Company " + (a % 100), METRICS[kind], "2024年", 2024,
                            c % 2 == 0, new Attribution(SOURCES[kind], SOURCES[kind] == null ? null : "media",
                            SOURCES[kind] == null ? null : "据…称", SOURCES[kind] == null ? null : "explicit")));
                }
                Article article = new Article(docId, Path.of("/synthetic", LANGUAGES[kind].tag(), docId + ".txt"),
                        "text/plain", "UTF-8", text.toString(), List.of(new Span(0, text.length())), "Article " + a,
                        LocalDate.of(2024, 1 + a % 12, 1 + a % 28), LANGUAGES[kind]);
                store.put(article, docId, claims, stages.fx(),
                        new Fingerprint(Article.key(article.path()), docId, LANGUAGES[kind], new int[0], bands, List.of()),
                        List.of());
            }
            store.commit();
        }
    }
}
