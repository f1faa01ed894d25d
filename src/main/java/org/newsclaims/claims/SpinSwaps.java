package org.newsclaims.claims;

import org.newsclaims.Models;
import java.util.Map;

/**
 * What a spinner's swaps ({@code models/claims/spin.tsv}) do to a claim's metric. In a spun article
 * the extractor reads each swapped word as its original (盈余 as 亏损, so a loss); this tells where a
 * claim's metric was read that way, and what the article says as written (盈余: a profit).
 */
public final class SpinSwaps {

    /** A swapped word before an amount: as written, the word it stands for, and the metric each names. */
    public record MetricSwap(String written, String meant, String writtenMetric, String meantMetric) {
    }

    private static final String CLAUSE_ENDS = "，,。；;：:！？!?\n";

    private final Rules rules;

    private SpinSwaps(Rules rules) {
        this.rules = rules;
    }

    public static SpinSwaps load(Models models) {
        return new SpinSwaps(Rules.load(models));
    }

    /**
     * The swap that decided {@code metric} for the amount at {@code amountAt} of {@code sentence} (in
     * language {@code lang}): the nearest swapped word before it in its clause whose original names
     * {@code metric} while the word as written names another. Null if there is none.
     */
    public MetricSwap metricSwap(String lang, String sentence, int amountAt, String metric) {
        if (metric == null || amountAt <= 0 || amountAt > sentence.length()) {
            return null;
        }
        Rules.Lang l = rules.lang(lang.startsWith("zh") ? "zh" : "vi");
        String folded = Fold.fold(sentence);
        int clause = amountAt;
        while (clause > 0 && CLAUSE_ENDS.indexOf(folded.charAt(clause - 1)) < 0) {
            clause--;
        }
        MetricSwap found = null;
        int foundAt = -1;
        for (Map.Entry<String, String> swap : l.spinSwaps.entrySet()) {
            int at = folded.lastIndexOf(swap.getKey(), amountAt - swap.getKey().length());
            String written = l.metrics.get(swap.getKey());
            if (at >= clause && at > foundAt && metric.equals(l.metrics.get(swap.getValue()))
                    && written != null && !written.equals(metric)) {
                found = new MetricSwap(sentence.substring(at, at + swap.getKey().length()), swap.getValue(), written, metric);
                foundAt = at;
            }
        }
        return found;
    }
}
