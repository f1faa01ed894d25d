package org.newsclaims.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The heaviest common subsequence of two anchor sequences: anchors matched in the same order,
 * so dropped, merged or garbled sentences cost only their own anchors. {@code score} is the
 * matched weight over the lighter side's total weight.
 */
public record AnchorAlignment(double score, double matchedWeight, List<String> matched) {

    public static AnchorAlignment align(List<Anchor> a, List<Anchor> b) {
        int n = a.size();
        int m = b.size();
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double skip = Math.max(best[i + 1][j], best[i][j + 1]);
                best[i][j] = a.get(i).key().equals(b.get(j).key()) ? Math.max(skip, a.get(i).weight() + best[i + 1][j + 1]) : skip;
            }
        }
        List<String> matched = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).key().equals(b.get(j).key()) && best[i][j] == a.get(i).weight() + best[i + 1][j + 1]) {
                matched.add(a.get(i).key());
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        double lighter = Math.min(total(a), total(b));
        return new AnchorAlignment(lighter == 0 ? 0 : best[0][0] / lighter, best[0][0], matched);
    }

    static double total(List<Anchor> anchors) {
        return anchors.stream().mapToDouble(Anchor::weight).sum();
    }
}
