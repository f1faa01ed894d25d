package org.newsclaims.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Scores the money recognizer against the peer test suites ({@code ../shared/eval/peer-specs}) and the
 * gold claims of the corpus, as GUIDELINES.md "Scoring" says. See {@link MoneyEvalCases} for how each
 * peer's cases are judged and which are skipped.
 */
public final class MoneyEval {

    /** Passed / failed / skipped cases of one suite (a file, or a category inside a file). */
    @JsonPropertyOrder({"passed", "failed", "skipped", "pass_rate"})
    public record SuiteScore(int passed, int failed, int skipped) {
        @JsonProperty("pass_rate")
        public double passRate() {
            return passed + failed == 0 ? 0 : (double) passed / (passed + failed);
        }

        SuiteScore plus(MoneyEvalCases.Outcome o) {
            return switch (o.status()) {
                case PASS -> new SuiteScore(passed + 1, failed, skipped);
                case FAIL -> new SuiteScore(passed, failed + 1, skipped);
                case SKIP -> new SuiteScore(passed, failed, skipped + 1);
            };
        }
    }

    /** Amount scores of one language on the gold. */
    @JsonPropertyOrder({"amount_f1", "value_accuracy", "precision", "recall", "gold", "predicted", "matched",
            "overlapping", "value_correct"})
    public record GoldScore(int gold, int predicted, int matched, int overlapping,
                            @JsonProperty("value_correct") int valueCorrect) {
        @JsonProperty("precision")
        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        @JsonProperty("recall")
        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        @JsonProperty("amount_f1")
        public double amountF1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @JsonProperty("value_accuracy")
        public double valueAccuracy() {
            return overlapping == 0 ? 0 : (double) valueCorrect / overlapping;
        }

        GoldScore plus(GoldScore o) {
            return new GoldScore(gold + o.gold, predicted + o.predicted, matched + o.matched,
                    overlapping + o.overlapping, valueCorrect + o.valueCorrect);
        }
    }

    /** One gold or prediction problem, for {@code --errors}. */
    public record GoldError(String doc, String kind, String detail) {
    }

    /**
     * The whole report. Serialized as {@code {"suites": {...}, "gold": {...}}}; the per-category
     * figures, the failed and skipped cases and the gold errors are for the human report.
     */
    @JsonPropertyOrder({"suites", "gold"})
    public record Report(Map<String, SuiteScore> suites,
                         Map<String, GoldScore> gold,
                         @JsonIgnore Map<String, SuiteScore> categories,
                         @JsonIgnore List<MoneyEvalCases.Outcome> outcomes,
                         @JsonIgnore List<GoldError> goldErrors) {

        public String toJson() {
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private MoneyEval() {
    }

    /** Runs every {@code *.jsonl} suite of {@code peerSpecs} and scores {@code goldFile} over {@code docsDir}. */
    public static Report run(ArticleReader reader, MoneyRecognizer recognizer, Path peerSpecs, Path goldFile, Path docsDir) {
        MoneyEvalCases cases = new MoneyEvalCases(recognizer);
        Map<String, SuiteScore> suites = new TreeMap<>();
        Map<String, SuiteScore> categories = new TreeMap<>();
        List<MoneyEvalCases.Outcome> outcomes = new ArrayList<>();
        for (Path file : jsonlFiles(peerSpecs)) {
            String name = file.getFileName().toString();
            SuiteScore score = new SuiteScore(0, 0, 0);
            for (JsonNode c : readJsonl(file)) {
                MoneyEvalCases.Outcome o = cases.judge(name, c);
                outcomes.add(o);
                score = score.plus(o);
                categories.merge(name + " / " + o.category(), new SuiteScore(0, 0, 0).plus(o), MoneyEval::add);
            }
            suites.put(name, score);
        }
        List<GoldError> goldErrors = new ArrayList<>();
        Map<String, GoldScore> gold = scoreGold(reader, recognizer, goldFile, docsDir, goldErrors);
        return new Report(suites, gold, categories, outcomes, goldErrors);
    }

    private static SuiteScore add(SuiteScore a, SuiteScore b) {
        return new SuiteScore(a.passed + b.passed, a.failed + b.failed, a.skipped + b.skipped);
    }

    private static List<Path> jsonlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list peer specs in " + dir, e);
        }
    }

    static List<JsonNode> readJsonl(Path file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    // ---- gold -------------------------------------------------------------------------------------

    private record Gold(int start, int end, String mention, BigDecimal value, BigDecimal low, BigDecimal high,
                        String currency) {
    }

    static Map<String, GoldScore> scoreGold(ArticleReader reader, MoneyRecognizer recognizer, Path goldFile, Path docsDir,
                                            List<GoldError> errors) {
        Map<String, List<Gold>> byDoc = new LinkedHashMap<>();
        for (JsonNode g : readJsonl(goldFile)) {
            byDoc.computeIfAbsent(g.get("doc").asText(), k -> new ArrayList<>()).add(new Gold(
                    g.get("start").asInt(), g.get("end").asInt(), g.get("mention").asText(),
                    decimal(g.get("value")), decimal(g.get("low")), decimal(g.get("high")),
                    g.get("currency").isNull() ? null : g.get("currency").asText()));
        }
        Map<String, GoldScore> scores = new TreeMap<>();
        GoldScore all = new GoldScore(0, 0, 0, 0, 0);
        for (var e : byDoc.entrySet()) {
            Path path = docsDir.resolve(e.getKey());
            Article article;
            try {
                article = reader.read(path);
            } catch (IngestException ex) {
                throw new IllegalStateException("cannot read gold document " + path + ": " + ex.getMessage(), ex);
            }
            for (Gold g : e.getValue()) {
                if (g.end > article.text().length() || !article.text().substring(g.start, g.end).equals(g.mention)) {
                    throw new IllegalStateException("gold offsets " + g.start + "-" + g.end + " do not pick out '"
                            + g.mention + "' in the text ingest reads from " + path);
                }
            }
            GoldScore s = scoreDoc(e.getKey(), article, e.getValue(), recognizer, errors);
            scores.merge(article.language().tag(), s, GoldScore::plus);
            all = all.plus(s);
        }
        scores.put("all", all);
        return scores;
    }

    /**
     * Scores one document. Gold offsets are into the article text as ingest reads it (for a UTF-8
     * .txt file, the file itself). GUIDELINES keeps money in site chrome (navigation, related-article
     * lists, footers) out of claims, so only predictions in the article body are scored.
     */
    private static GoldScore scoreDoc(String doc, Article article, List<Gold> gold,
                                      MoneyRecognizer recognizer, List<GoldError> errors) {
        NormalizedText nt = TextNormalizer.nfkc(article.text());
        List<AmountMention> preds = recognizer.find(nt, article.language()).stream()
                .filter(p -> article.inBody(p.start(), p.end())).toList();
        record Pair(int g, int p, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        int overlapping = 0;
        int valueCorrect = 0;
        for (int pi = 0; pi < preds.size(); pi++) {
            AmountMention p = preds.get(pi);
            Gold best = null;
            int bestOverlap = 0;
            for (int gi = 0; gi < gold.size(); gi++) {
                Gold g = gold.get(gi);
                int overlap = Math.min(g.end, p.end()) - Math.max(g.start, p.start());
                if (overlap > 0) {
                    if (agrees(g, p)) {
                        pairs.add(new Pair(gi, pi, overlap));
                    }
                    if (overlap > bestOverlap) {
                        best = g;
                        bestOverlap = overlap;
                    }
                }
            }
            if (best != null) {
                overlapping++;
                if (agrees(best, p)) {
                    valueCorrect++;
                } else {
                    errors.add(new GoldError(doc, "wrong value", describe(p) + " vs gold " + best.mention + " "
                            + best.value + "/" + best.low + "-" + best.high + " " + best.currency));
                }
            } else {
                errors.add(new GoldError(doc, "false positive", describe(p)));
            }
        }
        pairs.sort((a, b) -> b.overlap - a.overlap);
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[preds.size()];
        int matched = 0;
        for (Pair pr : pairs) {
            if (!goldUsed[pr.g] && !predUsed[pr.p]) {
                goldUsed[pr.g] = true;
                predUsed[pr.p] = true;
                matched++;
            }
        }
        for (int gi = 0; gi < gold.size(); gi++) {
            if (!goldUsed[gi]) {
                Gold g = gold.get(gi);
                errors.add(new GoldError(doc, "missed", g.mention + " @" + g.start + " " + g.value + " " + g.currency));
            }
        }
        return new GoldScore(gold.size(), preds.size(), matched, overlapping, valueCorrect);
    }

    private static String describe(AmountMention p) {
        return p.text() + " @" + p.start() + " " + p.normalized() + (p.currencyInferred() ? " (inferred)" : "");
    }

    /** Same currency and values within 0.5% (both ends of a range; vague amounts have none). */
    private static boolean agrees(Gold g, AmountMention p) {
        if (g.currency == null ? p.currency() != null : !g.currency.equals(p.currency())) {
            return false;
        }
        return close(g.value, p.value()) && close(g.low, p.low()) && close(g.high, p.high());
    }

    static boolean close(BigDecimal expected, BigDecimal actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        BigDecimal tolerance = expected.abs().multiply(new BigDecimal("0.005"));
        return expected.subtract(actual).abs().compareTo(tolerance) <= 0;
    }

    static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
    }
}
