package org.newsclaims.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heaviest common subsequence of two anchor sequences: anchors matched in the same order,
 * so dropped, merged or garbled sentences cost only their own anchors. {@code score} is the
 * matched weight over the lighter side's total weight; {@code pairs}, where the matched anchors
 * stand in each sequence. {@code datesChanged}: each side states a day that the other does not (a
 * copy or a translation may drop dates, not change them; a bulletin of another day changes them).
 */
public record AnchorAlignment(double score, double matchedWeight, List<String> matched, List<Pair> pairs,
                              boolean datesChanged) {

    /** The {@code a}-th anchor of one sequence matched with the {@code b}-th of the other. */
    public record Pair(int a, int b) {
    }

    public static AnchorAlignment align(List<Anchor> a, List<Anchor> b) {
        int n = a.size();
        int m = b.size();
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double skip = Math.max(best[i + 1][j], best[i][j + 1]);
                best[i][j] = a.get(i).sameAs(b.get(j)) ? Math.max(skip, a.get(i).weight() + best[i + 1][j + 1]) : skip;
            }
        }
        List<String> matched = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).sameAs(b.get(j)) && best[i][j] == a.get(i).weight() + best[i + 1][j + 1]) {
                matched.add(a.get(i).key());
                pairs.add(new Pair(i, j));
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        Set<String> datesA = dates(a);
        Set<String> datesB = dates(b);
        boolean datesChanged = !datesB.containsAll(datesA) && !datesA.containsAll(datesB);
        double lighter = Math.min(total(a), total(b));
        return new AnchorAlignment(lighter == 0 ? 0 : best[0][0] / lighter, best[0][0], matched, pairs, datesChanged);
    }

    private static Set<String> dates(List<Anchor> anchors) {
        return anchors.stream().filter(Anchor::isDate).map(Anchor::key).collect(Collectors.toSet());
    }

    static double total(List<Anchor> anchors) {
        return anchors.stream().mapToDouble(Anchor::weight).sum();
    }
}
