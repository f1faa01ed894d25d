package org.newsclaims.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
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

    /**
     * One document: its language tag, gold claims with their resolved years (same order), predictions,
     * and its headline lines (first line, title): a miss whose gold sentence is one of them is a missed headline.
     */
    public record DocInput(String doc, String lang, List<ClaimGold> gold, List<Integer> goldYears, List<Claim> predicted,
                           List<String> headlines) {

        boolean isHeadline(String sentence) {
            if (sentence == null) {
                return false;
            }
            String s = oneLine(sentence);
            for (String headline : headlines) {
                String h = oneLine(headline);
                // a title cut short ends with an ellipsis
                if (h.endsWith("…") ? s.startsWith(h.substring(0, h.length() - 1)) : s.equals(h)) {
                    return true;
                }
            }
            return false;
        }

        private static String oneLine(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        }
    }

    /** Figures per language tag and {@code overall}, and every miss, false positive and wrong field. */
    public record Report(Map<String, ClaimScores> scores, List<ScoringError> errors) {

        /** The errors grouped by language and class. */
        public ErrorReport errorReport() {
            return new ErrorReport(scores.keySet().stream().filter(l -> !l.equals(ErrorReport.OVERALL)).toList(), errors);
        }
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
        List<ScoringError> errors = new ArrayList<>();
        ClaimScores overall = ClaimScores.ZERO;
        for (DocInput d : docs) {
            ClaimScores s = scoreDoc(d, errors);
            byLang.merge(d.lang(), s, ClaimScores::plus);
            overall = overall.plus(s);
        }
        byLang.put(ErrorReport.OVERALL, overall);
        return new Report(byLang, errors);
    }

    private record Pair(int gold, int pred, int overlap) {
    }

    private static ClaimScores scoreDoc(DocInput d, List<ScoringError> errors) {
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
        for (Claim c : pred) {
            AmountMention a = c.amount();
            ClaimGold nearest = null;
            boolean right = false;
            boolean amountRight = false;
            for (ClaimGold g : gold) {
                if (overlap(g, a) > 0) {
                    if (nearest == null || overlap(g, a) > overlap(nearest, a)) {
                        nearest = g;
                    }
                    right |= valuesAgree(g, a);
                    amountRight |= amountsAgree(g, a);
                }
            }
            if (nearest == null) {
                errors.add(new ScoringError(ErrorClass.FALSE_POSITIVE, d.lang(), d.doc(), a.start(), a.text(), null, describe(a),
                        ScoringError.around(c.sentence(), a.text())));
                continue;
            }
            overlapping++;
            if (right) {
                valueCorrect++;
            } else {
                errors.add(new ScoringError(amountRight ? ErrorClass.CURRENCY : ErrorClass.VALUE, d.lang(), d.doc(), a.start(),
                        a.text(), describe(nearest), describe(a), null));
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
            String sentence = ScoringError.around(gc.sentence(), gc.mention());
            if (goldToPred[g] < 0) {
                errors.add(new ScoringError(d.isHeadline(gc.sentence()) ? ErrorClass.MISSED_HEADLINE : ErrorClass.MISSED, d.lang(), d.doc(),
                        gc.start(), gc.mention(), describe(gc), null, sentence));
                continue;
            }
            matched++;
            Claim c = pred.get(goldToPred[g]);
            String source = c.attribution().source();
            if ("inherited".equals(gc.sourceScope()) && source == null) {
                inheritedNull++;
                errors.add(fieldError(ErrorClass.SOURCE_INHERITED_NULL, d, gc, gc.source(), null, sentence));
            } else {
                attrScored++;
                if (sameName(gc.source(), source)) {
                    attrCorrect++;
                } else {
                    errors.add(fieldError(nameErrorClass(gc.source(), source, ErrorClass.SOURCE_NULL, ErrorClass.SOURCE_EXTRA,
                            ErrorClass.SOURCE_WRONG), d, gc, gc.source(), source, sentence));
                }
            }
            if (sameName(gc.subject(), c.subject())) {
                subjectCorrect++;
            } else {
                errors.add(fieldError(nameErrorClass(gc.subject(), c.subject(), ErrorClass.SUBJECT_NULL, ErrorClass.SUBJECT_EXTRA,
                        ErrorClass.SUBJECT_WRONG), d, gc, gc.subject(), c.subject(), sentence));
            }
            if (Objects.equals(gc.metric(), c.metric().tag())) {
                metricCorrect++;
            } else {
                errors.add(fieldError(ErrorClass.METRIC, d, gc, gc.metric(), c.metric().tag(), sentence));
            }
            Integer goldYear = d.goldYears().get(g);
            if (Objects.equals(goldYear, c.year())) {
                yearCorrect++;
            } else {
                errors.add(fieldError(ErrorClass.YEAR, d, gc, gc.time() + "→" + goldYear, c.time() + "→" + c.year(), null));
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

    private static ScoringError fieldError(ErrorClass kind, DocInput d, ClaimGold g, String gold, String predicted,
                                           String sentence) {
        return new ScoringError(kind, d.lang(), d.doc(), g.start(), g.mention(), gold, predicted, sentence);
    }

    /** Which kind of wrong name: gold has one and the prediction none, the reverse, or two that differ. */
    private static ErrorClass nameErrorClass(String gold, String predicted, ErrorClass missing, ErrorClass extra,
                                             ErrorClass wrong) {
        if (isBlank(gold)) {
            return extra;
        }
        return isBlank(predicted) ? missing : wrong;
    }

    private static boolean isBlank(String name) {
        return name == null || TextNormalizer.matchKey(name).isEmpty();
    }

    private static int overlap(ClaimGold g, AmountMention a) {
        return Math.max(0, Math.min(g.end(), a.end()) - Math.max(g.start(), a.start()));
    }

    /** Values within 0.5% (ranges: both ends) in the same currency; a vague gold amount agrees with a vague prediction. */
    static boolean valuesAgree(ClaimGold g, AmountMention a) {
        return Objects.equals(g.currency(), a.currency()) && amountsAgree(g, a);
    }

    /** {@link #valuesAgree} without the currency. */
    private static boolean amountsAgree(ClaimGold g, AmountMention a) {
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
        return describe(a.value(), a.low(), a.high(), a.currency());
    }

    private static String describe(ClaimGold g) {
        return describe(g.value(), g.low(), g.high(), g.currency());
    }

    private static String describe(BigDecimal value, BigDecimal low, BigDecimal high, String currency) {
        String v = value != null ? value.toPlainString()
                : low != null || high != null ? plain(low) + "-" + plain(high) : "vague";
        return v + " " + currency;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.toPlainString();
    }
}
