package org.newsclaims.money;

import java.math.BigDecimal;

/**
 * A number, percentage or numeric range in a text (original-text offsets, end exclusive).
 * Percentages have {@code value} in percent (82% → 82). Ranges have {@code low} and/or {@code high}
 * (null for an open end) and whether each end is included. {@code qualifier}: approximation read
 * with a number (十余万 → over), else null. {@code classifier}: the measure word right after a
 * number (一个, 五雙), outside the number's own span, or null.
 */
public record NumberMention(int start, int end, String text, Kind kind, BigDecimal value,
                            BigDecimal low, BigDecimal high, boolean lowInclusive, boolean highInclusive,
                            Qualifier qualifier, Classifier classifier) {

    public enum Kind { NUMBER, PERCENT, RANGE }

    /** A measure word after a number: where it ends (original offsets) and how many items one unit counts (雙 = 2). */
    public record Classifier(int end, String text, BigDecimal factor) {
    }

    /** How many items the number and its classifier count (五雙 → 10); the value itself without a classifier. */
    public BigDecimal count() {
        return classifier == null || value == null ? value : value.multiply(classifier.factor());
    }
}
