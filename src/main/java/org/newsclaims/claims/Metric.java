package org.newsclaims.claims;

import java.util.Locale;

/**
 * What a claimed amount measures, as the metric table of the guidelines names it: wages are revenue,
 * allowances funding, loans and balances debt, registers and flows other.
 */
public enum Metric {
    REVENUE, PROFIT, LOSS, COST, SPENDING, INVESTMENT, FUNDING, VALUATION, MARKET_CAP, PRICE, WEALTH, DEBT, DEAL, OTHER;

    /** As {@code metrics.tsv}, the gold, the store and exports write it: {@code revenue}, {@code market_cap}, ... */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric written {@code tag}; IllegalArgumentException for another word. */
    public static Metric fromTag(String tag) {
        for (Metric m : values()) {
            if (m.tag().equals(tag)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + tag + "'");
    }

    @Override
    public String toString() {
        return tag();
    }
}
