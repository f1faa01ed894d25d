package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Floors for the money recognizer: a regression below any of them fails the build. */
class MoneyEvalTest {

    static MoneyEval.Report report;

    @BeforeAll
    static void run() {
        report = MoneyEval.run(STAGES.reader(), STAGES.money(), Path.of("../shared/eval/peer-specs"),
                Path.of("corpus/seeds.gold.jsonl"), Path.of("corpus"));
    }

    static void floor(Map<String, MoneyEval.SuiteScore> scores, String name, double min) {
        MoneyEval.SuiteScore s = scores.get(name);
        assertTrue(s != null && s.passed() > 0, "no results for " + name);
        assertTrue(s.passRate() >= min, () -> name + ": pass rate " + s.passRate() + " < " + min + " " + s);
    }

    static void categoriesFloor(String file, String category, double min) {
        int passed = 0;
        int failed = 0;
        for (var e : report.categories().entrySet()) {
            if (e.getKey().startsWith(file + " / ") && e.getKey().endsWith(category)) {
                passed += e.getValue().passed();
                failed += e.getValue().failed();
            }
        }
        double rate = (double) passed / (passed + failed);
        assertTrue(rate >= min, file + " " + category + ": " + rate);
    }

    @Test
    void moneySuites() {
        floor(report.suites(), "recognizers-text-zh-currency.jsonl", 0.97);
        floor(report.suites(), "duckling-zh-amountofmoney.jsonl", 0.97);
        floor(report.suites(), "duckling-vi-amountofmoney.jsonl", 0.97);
        categoriesFloor("nemo-vi-textnorm.jsonl", "money", 0.97);
        categoriesFloor("nemo-zh-textnorm.jsonl", "money", 0.97);
    }

    @Test
    void numberSuites() {
        floor(report.suites(), "recognizers-text-zh-number.jsonl", 0.95);
        floor(report.suites(), "recognizers-text-zh-numberrange.jsonl", 0.95);
        floor(report.suites(), "duckling-vi-numeral.jsonl", 0.95);
        floor(report.suites(), "duckling-zh-numeral.jsonl", 0.95);
        // not an issue target, but percentages (三成, 八折, 千分之三) are what keeps shares out of money
        floor(report.suites(), "recognizers-text-zh-percent.jsonl", 0.95);
        for (String f : new String[]{"nemo-vi-textnorm.jsonl", "nemo-zh-textnorm.jsonl"}) {
            categoriesFloor(f, "cardinal", 0.95);
            categoriesFloor(f, "decimal", 0.95);
        }
    }

    @Test
    void goldPerLanguage() {
        for (String lang : new String[]{"zh-Hans", "zh-Hant", "vi"}) {
            MoneyEval.GoldScore g = report.gold().get(lang);
            assertTrue(g != null && g.gold() > 0, "no gold for " + lang);
            assertTrue(g.amountF1() >= 0.97, () -> lang + " amount F1 " + g.amountF1());
            assertTrue(g.valueAccuracy() >= 0.98, () -> lang + " value accuracy " + g.valueAccuracy());
        }
    }

    @Test
    void everySkipHasAReasonAndJsonHasTheAgreedShape() throws Exception {
        assertTrue(report.outcomes().stream()
                .filter(o -> o.status() != MoneyEvalCases.Status.PASS).allMatch(o -> o.reason() != null));
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(2, json.size());
        JsonNode suite = json.get("suites").get("recognizers-text-zh-currency.jsonl");
        assertEquals(4, suite.size());
        assertTrue(suite.has("passed") && suite.has("failed") && suite.has("skipped") && suite.has("pass_rate"));
        assertTrue(json.get("gold").get("vi").has("amount_f1") && json.get("gold").get("vi").has("value_accuracy"));
    }
}
