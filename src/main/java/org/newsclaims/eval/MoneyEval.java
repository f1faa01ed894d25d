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
    public static Report run(MoneyRecognizer recognizer, Path peerSpecs, Path goldFile, Path docsDir) {
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
        Map<String, GoldScore> gold = scoreGold(recognizer, goldFile, docsDir, goldErrors);
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

    /**
     * INTERIM body filter, until ingest gives article-body spans. GUIDELINES excludes money in site
     * chrome (navigation, related-article lists, footers) from claims, so a prediction is scored only
     * if it lies within {@value #BODY_MARGIN} characters of the document's first and last gold mention
     * and before the first related-articles heading that follows the first gold mention.
     */
    static final int BODY_MARGIN = 2000;
    static final List<String> CHROME_HEADINGS = List.of("近期热点", "相关阅读", "相关文章", "热门推荐", "相關問題答案",
            "相关问题答案", "猜你喜欢", "Tin liên quan", "Tin cùng chuyên mục", "Đọc thêm", "Xem thêm");

    /** Offset of the first chrome heading line after {@code from}, or the text length. */
    static int chromeStart(String text, int from) {
        int end = text.length();
        for (String h : CHROME_HEADINGS) {
            for (int i = text.indexOf(h, from); i >= 0; i = text.indexOf(h, i + 1)) {
                boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
                int eol = text.indexOf('\n', i);
                boolean wholeLine = text.substring(i, eol < 0 ? text.length() : eol).strip().equals(h);
                if (lineStart && wholeLine) {
                    end = Math.min(end, i);
                    break;
                }
            }
        }
        return end;
    }

    private record Gold(int start, int end, String mention, BigDecimal value, BigDecimal low, BigDecimal high,
                        String currency) {
    }

    static Map<String, GoldScore> scoreGold(MoneyRecognizer recognizer, Path goldFile, Path docsDir,
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
            String text;
            try {
                text = Files.readString(docsDir.resolve(e.getKey()), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read gold document " + docsDir.resolve(e.getKey()), ex);
            }
            String lang = language(text);
            GoldScore s = scoreDoc(e.getKey(), text, lang, e.getValue(), recognizer, errors);
            scores.merge(lang, s, GoldScore::plus);
            all = all.plus(s);
        }
        scores.put("all", all);
        return scores;
    }

    /** vi where Latin letters outnumber Han characters; zh-Hant where Traditional→Simplified changes over 10% of them. */
    public static String language(String text) {
        int latin = 0;
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han.append(c);
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        if (latin > han.length()) {
            return "vi";
        }
        String simplified = TextNormalizer.toSimplified(han.toString());
        int changed = 0;
        for (int i = 0; i < Math.min(simplified.length(), han.length()); i++) {
            if (simplified.charAt(i) != han.charAt(i)) {
                changed++;
            }
        }
        return han.length() > 0 && changed * 10 > han.length() ? "zh-Hant" : "zh-Hans";
    }

    private static GoldScore scoreDoc(String doc, String text, String lang, List<Gold> gold,
                                      MoneyRecognizer recognizer, List<GoldError> errors) {
        NormalizedText nt = TextNormalizer.nfkc(text);
        int from = gold.stream().mapToInt(Gold::start).min().orElse(0) - BODY_MARGIN;
        int to = Math.min(gold.stream().mapToInt(Gold::end).max().orElse(text.length()) + BODY_MARGIN,
                chromeStart(text, Math.max(0, from + BODY_MARGIN)));
        List<AmountMention> preds = recognizer.find(nt, lang).stream()
                .filter(p -> p.end() > from && p.start() < to).toList();
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
