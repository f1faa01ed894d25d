package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsclaims.claims.Attribution;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.Metric;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;

/**
 * {@code eval --errors} grouping on real gold: three articles of {@code ../shared/news-sample} with
 * their claims from {@code ../shared/eval/dev.gold.jsonl}, and predictions made from those claims
 * with one field changed each, so that every kind of error is known in advance.
 */
class ErrorReportTest {

    private static ErrorReport errors;
    private static ClaimScorer.Report report;

    @BeforeAll
    static void score() throws Exception {
        List<ClaimGold> gold = ClaimGold.read(Path.of("../shared/eval/dev.gold.jsonl"));
        List<ClaimScorer.DocInput> docs = new ArrayList<>();

        // n535.txt (vi): 340 tỷ USD in the headline, then the same figure credited to the central bank's governor
        List<ClaimGold> qatar = of(gold, "n535.txt");
        docs.add(doc(qatar, List.of(
                like(qatar.get(1)).source(null).claim(),                  // source null
                like(qatar.get(2)).currency("VND").claim(),               // currency (and so a miss)
                like(qatar.get(3)).metric("price").subject(null).claim()  // metric other→price, subject null
        ), null, null, null, null));

        // n217.txt (vi): New York's spending on rats
        List<ClaimGold> rats = of(gold, "n217.txt");
        ClaimGold last = rats.get(4);
        docs.add(doc(rats, List.of(
                like(rats.get(0)).value(rats.get(0).value().movePointRight(1)).claim(), // value (and a missed headline)
                like(rats.get(1)).subject("Sở Y tế").claim(),                         // subject wrong
                like(rats.get(2)).source("Reuters").year(2019).claim(),               // source extra, year
                like(rats.get(3)).claim(),                                            // right
                new Amount(last.end() + 40, last.end() + 45, "5 USD", new BigDecimal(5), "USD").claim() // false positive
        ), null, null, null, null, null));

        // n024.txt (zh-Hans): figures from 商务部, the later ones inherited from the first sentence
        List<ClaimGold> shoes = of(gold, "n024.txt");
        docs.add(doc(shoes, List.of(
                like(shoes.get(0)).claim(),
                like(shoes.get(1)).source(null).claim()                   // inherited null
        ), null, null, null));

        report = ClaimScorer.score(docs);
        errors = report.errorReport();
    }

    @Test
    void eachErrorIsInItsClassAndLanguage() {
        assertEquals(1, errors.count("vi", ErrorClass.CURRENCY));
        assertEquals(1, errors.count("vi", ErrorClass.VALUE));
        assertEquals(2, errors.count("vi", ErrorClass.MISSED_HEADLINE), "n535 and n217 headlines");
        assertEquals(2, errors.count("vi", ErrorClass.MISSED), "the VND prediction's gold, and the unpredicted last claim");
        assertEquals(1, errors.count("vi", ErrorClass.FALSE_POSITIVE));
        assertEquals(1, errors.count("vi", ErrorClass.SUBJECT_NULL));
        assertEquals(1, errors.count("vi", ErrorClass.SUBJECT_WRONG));
        assertEquals(0, errors.count("vi", ErrorClass.SUBJECT_EXTRA));
        assertEquals(1, errors.count("vi", ErrorClass.SOURCE_NULL));
        assertEquals(1, errors.count("vi", ErrorClass.SOURCE_EXTRA));
        assertEquals(0, errors.count("vi", ErrorClass.SOURCE_WRONG));
        assertEquals(1, errors.count("vi", ErrorClass.YEAR));
        assertEquals(Map.of("other→price", 1), errors.metricPairs("vi"));

        assertEquals(1, errors.count("zh-Hans", ErrorClass.SOURCE_INHERITED_NULL));
        assertEquals(1, errors.count("zh-Hans", ErrorClass.MISSED), "n024's third claim has no prediction");
        assertEquals(0, errors.count("zh-Hans", ErrorClass.SOURCE_NULL), "an inherited null is not a source-null error");
        assertEquals(2, errors.count(ErrorReport.OVERALL, ErrorClass.SUBJECT_NULL) + errors.count(ErrorReport.OVERALL,
                ErrorClass.SUBJECT_WRONG));
        assertEquals(3, errors.count(ErrorReport.OVERALL, ErrorClass.MISSED));
        assertEquals(1, report.scores().get("zh-Hans").inheritedNull(), "the table counts what the listing shows");
    }

    @Test
    void linesNameTheDocumentTheMentionBothValuesAndTheSentence() {
        ScoringError headline = errors.errors("vi", ErrorClass.MISSED_HEADLINE).get(0);
        assertEquals("n535.txt", headline.doc());
        assertEquals(3, headline.start());
        ScoringError subject = errors.errors("vi", ErrorClass.SUBJECT_WRONG).get(0);
        String line = subject.line();
        assertTrue(line.startsWith("n217.txt 215 32 triệu USD"), line);
        assertTrue(line.contains("gold=Chính quyền thành phố New York") && line.contains("predicted=Sở Y tế"), line);
        assertTrue(line.contains("«") && subject.context().contains("32 triệu USD"), line);
        assertTrue(subject.context().length() <= 82, subject.context());
        String currency = errors.errors("vi", ErrorClass.CURRENCY).get(0).line();
        assertTrue(currency.contains("gold=40000000000 USD") && currency.contains("predicted=40000000000 VND"), currency);

        List<String> lines = errors.lines();
        int vi = lines.indexOf("== vi");
        int zh = lines.indexOf("== zh-Hans");
        assertTrue(zh > 0 && vi > zh, "languages in order, after the table of counts");
        assertTrue(lines.subList(vi, lines.size()).containsAll(List.of("metric (1)", "  other→price (1)", "currency (1)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("currency +0 +1 +1")), "a row of counts per class");
    }

    @Test
    void jsonHasCountsAndItemsPerLanguageAndCountsOverall() {
        Map<String, Object> vi = errors.asMap("vi");
        assertEquals(List.of(ErrorClass.values()).stream().map(ErrorClass::key).toList(), List.copyOf(vi.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> metric = (Map<String, Object>) vi.get("metric");
        assertEquals(1, metric.get("count"));
        assertEquals(Map.of("other→price", 1), metric.get("pairs"));
        assertEquals(1, ((List<?>) metric.get("items")).size());
        @SuppressWarnings("unchecked")
        Map<String, Object> overallMissed = (Map<String, Object>) errors.asMap(ErrorReport.OVERALL).get("missed");
        assertEquals(3, overallMissed.get("count"));
        assertFalse(overallMissed.containsKey("items"));
    }

    private static List<ClaimGold> of(List<ClaimGold> gold, String doc) {
        return gold.stream().filter(g -> g.doc().equals(doc)).toList();
    }

    private static ClaimScorer.DocInput doc(List<ClaimGold> gold, List<Claim> predicted, Integer... goldYears)
            throws Exception {
        Article a = STAGES.reader().read(Path.of("../shared/news-sample", gold.get(0).doc()));
        return new ClaimScorer.DocInput(gold.get(0).doc(), a.language().tag(), gold, Arrays.asList(goldYears), predicted,
                GoldEval.headlines(a));
    }

    private static Amount like(ClaimGold g) {
        return new Amount(g.start(), g.end(), g.mention(), g.value(), g.currency())
                .subject(g.subject()).metric(g.metric()).source(g.source());
    }

    /** A prediction under construction: the gold claim's fields, one or two of them then changed. */
    private record Amount(int start, int end, String text, BigDecimal value, String currency, String subject, String metric,
                          String source, Integer year) {

        Amount(int start, int end, String text, BigDecimal value, String currency) {
            this(start, end, text, value, currency, null, "other", null, null);
        }

        Amount value(BigDecimal v) {
            return new Amount(start, end, text, v, currency, subject, metric, source, year);
        }

        Amount currency(String c) {
            return new Amount(start, end, text, value, c, subject, metric, source, year);
        }

        Amount subject(String s) {
            return new Amount(start, end, text, value, currency, s, metric, source, year);
        }

        Amount metric(String m) {
            return new Amount(start, end, text, value, currency, subject, m, source, year);
        }

        Amount source(String s) {
            return new Amount(start, end, text, value, currency, subject, metric, s, year);
        }

        Amount year(Integer y) {
            return new Amount(start, end, text, value, currency, subject, metric, source, y);
        }

        Claim claim() {
            AmountMention a = new AmountMention(start, end, text, value, null, null, currency, null, null, false, false, "");
            return new Claim("p:" + start, "p", a, "", 0, 0, subject, metric == null ? Metric.OTHER : Metric.fromTag(metric), null, year, false,
                    new Attribution(source, null, null, source == null ? null : "explicit"));
        }
    }
}
