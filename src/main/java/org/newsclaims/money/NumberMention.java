package org.newsclaims.money;

import java.math.BigDecimal;

/**
 * A number, percentage or numeric range in a text (original-text offsets, end exclusive).
 * Percentages have {@code value} in percent (82% → 82). Ranges have {@code low} and/or {@code high}
 * (null for an open end) and whether each end is included. {@code qualifier}: approximation read
 * with a number (十余万 → over), else null.
 */
public record NumberMention(int start, int end, String text, Kind kind, BigDecimal value,
                            BigDecimal low, BigDecimal high, boolean lowInclusive, boolean highInclusive,
                            String qualifier) {

    public enum Kind { NUMBER, PERCENT, RANGE }
}
