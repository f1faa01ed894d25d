package org.newsclaims.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Claim-extraction figures for one language (or overall), per GUIDELINES.md "Scoring". Field
 * accuracies are over matched claims; {@code inheritedNull} counts matched claims whose gold
 * attribution is inherited and whose prediction is null: they are left out of attribution accuracy.
 */
public record ClaimScores(int gold, int predicted, int matched, int overlapping, int valueCorrect,
                          int attributionScored, int attributionCorrect, int inheritedNull,
                          int subjectCorrect, int metricCorrect, int yearCorrect) {

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double valueAccuracy() {
        return ratio(valueCorrect, overlapping);
    }

    public double attributionAccuracy() {
        return ratio(attributionCorrect, attributionScored);
    }

    public double subjectAccuracy() {
        return ratio(subjectCorrect, matched);
    }

    public double metricAccuracy() {
        return ratio(metricCorrect, matched);
    }

    public double timeYearAccuracy() {
        return ratio(yearCorrect, matched);
    }

    ClaimScores plus(ClaimScores o) {
        return new ClaimScores(gold + o.gold, predicted + o.predicted, matched + o.matched, overlapping + o.overlapping,
                valueCorrect + o.valueCorrect, attributionScored + o.attributionScored, attributionCorrect + o.attributionCorrect,
                inheritedNull + o.inheritedNull, subjectCorrect + o.subjectCorrect, metricCorrect + o.metricCorrect,
                yearCorrect + o.yearCorrect);
    }

    static final ClaimScores ZERO = new ClaimScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The figures under the names of the {@code eval --json} output. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", gold);
        m.put("predicted", predicted);
        m.put("matched", matched);
        m.put("amount_precision", round(precision()));
        m.put("amount_recall", round(recall()));
        m.put("amount_f1", round(f1()));
        m.put("value_accuracy", round(valueAccuracy()));
        m.put("attribution_accuracy", round(attributionAccuracy()));
        m.put("subject_accuracy", round(subjectAccuracy()));
        m.put("metric_accuracy", round(metricAccuracy()));
        m.put("time_year_accuracy", round(timeYearAccuracy()));
        m.put("attribution_inherited_null", inheritedNull);
        return m;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
