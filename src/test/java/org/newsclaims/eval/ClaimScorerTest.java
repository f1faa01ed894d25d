package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.claims.Attribution;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.Metric;
import org.newsclaims.money.AmountMention;

class ClaimScorerTest {

    private static ClaimGold gold(int start, int end, String value, String source, String scope, String subject, String metric) {
        return new ClaimGold("d", "x", start, end, value == null ? null : new BigDecimal(value), null, null, "USD",
                subject, metric, null, false, source, null, null, scope, null);
    }

    private static Claim predicted(int start, int end, String value, String source, String subject, String metric) {
        AmountMention a = new AmountMention(start, end, "x", value == null ? null : new BigDecimal(value), null, null, "USD",
                null, null, value == null, false, "");
        return new Claim("d:" + start, "d", a, "", 0, 0, subject, metric == null ? Metric.OTHER : Metric.fromTag(metric), null, null, false,
                new Attribution(source, null, null, source == null ? null : "explicit"));
    }

    private static ClaimScores score(List<ClaimGold> gold, List<Claim> pred) {
        List<Integer> years = gold.stream().map(g -> (Integer) null).toList();
        return ClaimScorer.score(List.of(new ClaimScorer.DocInput("d", "zh-Hans", gold, years, pred, List.of()))).scores().get("overall");
    }

    @Test
    void matchNeedsOverlapAndValueWithinHalfAPercent() {
        ClaimScores s = score(List.of(gold(0, 5, "1000", null, null, null, "loss"), gold(10, 15, "1000", null, null, null, "loss")),
                List.of(predicted(1, 4, "1004", null, null, "loss"), predicted(10, 15, "1010", null, null, "loss"),
                        predicted(20, 25, "5", null, null, "loss")));
        assertEquals(1, s.matched());
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.5, s.valueAccuracy(), 1e-9);
    }

    @Test
    void eachGoldMatchesOnePredictionByLargestOverlap() {
        ClaimScores s = score(List.of(gold(0, 10, "7", null, null, null, "cost")),
                List.of(predicted(0, 3, "7", null, null, "cost"), predicted(2, 10, "7", null, null, "other")));
        assertEquals(1, s.matched());
        assertEquals(0, s.metricCorrect());
    }

    @Test
    void inheritedGoldWithNullPredictionIsReportedApart() {
        ClaimScores s = score(List.of(gold(0, 5, "1", "PitchBook", "inherited", null, "cost"),
                        gold(6, 9, "2", "高盛", "explicit", null, "cost")),
                List.of(predicted(0, 5, "1", null, null, "cost"), predicted(6, 9, "2", "高盛全球研究主管", null, "cost")));
        assertEquals(1, s.inheritedNull());
        assertEquals(1, s.attributionScored());
        assertEquals(1.0, s.attributionAccuracy(), 1e-9);
    }

    @Test
    void namesAgreeAcrossScriptCaseSpacesAndContainment() {
        assertTrue(ClaimScorer.sameName("紅杉資本", "红杉资本"));
        assertTrue(ClaimScorer.sameName("Jim Covello", "高盛全球股票研究主管JimCovello"));
        assertTrue(ClaimScorer.sameName(null, null));
        assertFalse(ClaimScorer.sameName(null, "OpenAI"));
        assertFalse(ClaimScorer.sameName("Google", "OpenAI"));
    }
}
