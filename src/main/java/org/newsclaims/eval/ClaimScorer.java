package org.newsclaims.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsclaims.claims.Claim;
import org.newsclaims.money.AmountMention;
import org.newsclaims.normalize.TextNormalizer;

/** Scores predicted claims against gold exactly as GUIDELINES.md "Scoring" says. */
public final class ClaimScorer {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    /** One document: its language tag, gold claims with their resolved years (same order), and predictions. */
    public record DocInput(String doc, String lang, List<ClaimGold> gold, List<Integer> goldYears, List<Claim> predicted) {
    }

    /** Figures per language tag and {@code overall}, and one line per miss, false positive and wrong field. */
    public record Report(Map<String, ClaimScores> scores, List<String> errors) {
    }

    private ClaimScorer() {
    }

    public static Report score(List<DocInput> docs) {
        Map<String, ClaimScores> byLang = new LinkedHashMap<>();
        for (String tag : List.of("zh-Hans", "zh-Hant", "vi")) {
            if (docs.stream().anyMatch(d -> d.lang().equals(tag))) {
                byLang.put(tag, ClaimScores.ZERO);
            }
        }
        List<String> errors = new ArrayList<>();
        ClaimScores overall = ClaimScores.ZERO;
        for (DocInput d : docs) {
            ClaimScores s = scoreDoc(d, errors);
            byLang.merge(d.lang(), s, ClaimScores::plus);
            overall = overall.plus(s);
        }
        byLang.put("overall", overall);
        return new Report(byLang, errors);
    }

    private record Pair(int gold, int pred, int overlap) {
    }

    private static ClaimScores scoreDoc(DocInput d, List<String> errors) {
        List<ClaimGold> gold = d.gold();
        List<Claim> pred = d.predicted();
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                int overlap = overlap(gold.get(g), pred.get(p).amount());
                if (overlap > 0 && valuesAgree(gold.get(g), pred.get(p).amount())) {
                    pairs.add(new Pair(g, p, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
        int[] goldToPred = new int[gold.size()];
        int[] predToGold = new int[pred.size()];
        java.util.Arrays.fill(goldToPred, -1);
        java.util.Arrays.fill(predToGold, -1);
        for (Pair pr : pairs) {
            if (goldToPred[pr.gold()] < 0 && predToGold[pr.pred()] < 0) {
                goldToPred[pr.gold()] = pr.pred();
                predToGold[pr.pred()] = pr.gold();
            }
        }
        int overlapping = 0;
        int valueCorrect = 0;
        for (int p = 0; p < pred.size(); p++) {
            AmountMention a = pred.get(p).amount();
            boolean overlaps = false;
            boolean right = false;
            for (ClaimGold g : gold) {
                if (overlap(g, a) > 0) {
                    overlaps = true;
                    right |= valuesAgree(g, a);
                }
            }
            if (overlaps) {
                overlapping++;
                valueCorrect += right ? 1 : 0;
                if (!right) {
                    errors.add(String.format("VALUE  %s %d %s predicted %s", d.doc(), a.start(), a.text(), describe(a)));
                }
            } else {
                errors.add(String.format("FP     %s %d %s %s", d.doc(), a.start(), a.text(), describe(a)));
            }
        }
        int matched = 0;
        int attrScored = 0;
        int attrCorrect = 0;
        int inheritedNull = 0;
        int subjectCorrect = 0;
        int metricCorrect = 0;
        int yearCorrect = 0;
        for (int g = 0; g < gold.size(); g++) {
            ClaimGold gc = gold.get(g);
            if (goldToPred[g] < 0) {
                errors.add(String.format("MISS   %s %d %s", d.doc(), gc.start(), gc.mention()));
                continue;
            }
            matched++;
            Claim c = pred.get(goldToPred[g]);
            String where = d.doc() + " " + gc.start() + " " + gc.mention();
            String source = c.attribution().source();
            if ("inherited".equals(gc.sourceScope()) && source == null) {
                inheritedNull++;
                errors.add("INHERITED-NULL " + where + " gold source=" + gc.source());
            } else {
                attrScored++;
                if (sameName(gc.source(), source)) {
                    attrCorrect++;
                } else {
                    errors.add("SOURCE " + where + " gold=" + gc.source() + " predicted=" + source);
                }
            }
            if (sameName(gc.subject(), c.subject())) {
                subjectCorrect++;
            } else {
                errors.add("SUBJECT " + where + " gold=" + gc.subject() + " predicted=" + c.subject());
            }
            if (Objects.equals(gc.metric(), c.metric())) {
                metricCorrect++;
            } else {
                errors.add("METRIC " + where + " gold=" + gc.metric() + " predicted=" + c.metric());
            }
            Integer goldYear = d.goldYears().get(g);
            if (Objects.equals(goldYear, c.year())) {
                yearCorrect++;
            } else {
                errors.add("YEAR   " + where + " gold=" + gc.time() + "→" + goldYear + " predicted=" + c.time() + "→" + c.year());
            }
        }
        return new ClaimScores(gold.size(), pred.size(), matched, overlapping, valueCorrect, attrScored, attrCorrect,
                inheritedNull, subjectCorrect, metricCorrect, yearCorrect);
    }

    /**
     * Names agree when both are null, or after NFKC, case folding, Traditional-to-Simplified folding
     * and removal of spaces one contains the other.
     */
    public static boolean sameName(String gold, String predicted) {
        String a = gold == null ? "" : TextNormalizer.matchKey(gold);
        String b = predicted == null ? "" : TextNormalizer.matchKey(predicted);
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return a.contains(b) || b.contains(a);
    }

    private static int overlap(ClaimGold g, AmountMention a) {
        return Math.max(0, Math.min(g.end(), a.end()) - Math.max(g.start(), a.start()));
    }

    /** Values within 0.5% (ranges: both ends) in the same currency; a vague gold amount agrees with a vague prediction. */
    static boolean valuesAgree(ClaimGold g, AmountMention a) {
        if (!Objects.equals(g.currency(), a.currency())) {
            return false;
        }
        if (g.value() != null) {
            return close(g.value(), a.value());
        }
        if (g.low() != null || g.high() != null) {
            return close(g.low(), a.low()) && close(g.high(), a.high());
        }
        return a.vague() || (a.value() == null && a.low() == null && a.high() == null);
    }

    private static boolean close(BigDecimal gold, BigDecimal predicted) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        if (gold.signum() == 0) {
            return predicted.signum() == 0;
        }
        BigDecimal rel = gold.subtract(predicted).abs().divide(gold.abs(), MathContext.DECIMAL64);
        return rel.compareTo(TOLERANCE) <= 0;
    }

    private static String describe(AmountMention a) {
        String v = a.value() != null ? a.value().toPlainString()
                : a.low() != null || a.high() != null ? a.low() + "-" + a.high() : "vague";
        return v + " " + a.currency();
    }
}
