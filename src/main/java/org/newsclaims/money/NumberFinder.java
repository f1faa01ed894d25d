package org.newsclaims.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.newsclaims.money.NumeralGrammar.Quantity;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Numbers, percentages and fractions in a text, on the grammar the money recognizer uses. Money
 * needs it to tell 82% or 3.9万点 from an amount; the peer test suites check it directly.
 */
public final class NumberFinder {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final String[] PERCENT_PREFIX = {"百分之", "千分之", "万分之"};
    private static final BigDecimal[] PERCENT_PREFIX_DIVISOR = {BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(100)};

    private final NumeralGrammar zh;
    private final NumeralGrammar vi;

    NumberFinder(NumeralGrammar zh, NumeralGrammar vi) {
        this.zh = zh;
        this.vi = vi;
    }

    /** The value of {@code text} read as one number, or null if it is not exactly one number. */
    public BigDecimal parse(String text, String lang) {
        List<NumberMention> found = find(TextNormalizer.nfkc(text.strip()), lang);
        return found.size() == 1 && found.get(0).kind() == NumberMention.Kind.NUMBER
                && found.get(0).text().equals(text.strip()) ? found.get(0).value() : null;
    }

    public List<NumberMention> find(NormalizedText text, String lang) {
        NumeralGrammar g = lang.equals("vi") ? vi : zh;
        TextView v = new TextView(text);
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < v.length()) {
            if (v.isSpace(i) || v.isAlpha(i) && v.isAlpha(i - 1)) {
                i++;
                continue;
            }
            Span s = percentPrefixed(g, v, i);
            if (s == null) {
                s = number(g, v, i);
            }
            if (s != null) {
                out.add(s.toMention(v));
                i = s.end;
            } else {
                i++;
            }
        }
        return out;
    }

    private record Span(int start, int end, NumberMention.Kind kind, BigDecimal value, String qualifier) {
        NumberMention toMention(TextView v) {
            NormalizedText nt = v.source;
            int s = nt.toOriginalStart(start);
            int e = nt.toOriginalEnd(end);
            return new NumberMention(s, e, nt.original().substring(s, e), kind, value, null, null, false, false, qualifier);
        }
    }

    /** 百分之二十, 千分之三. */
    private Span percentPrefixed(NumeralGrammar g, TextView v, int i) {
        for (int k = 0; k < PERCENT_PREFIX.length; k++) {
            if (v.startsWith(PERCENT_PREFIX[k], i)) {
                Quantity q = g.parse(v, v.skipSpaces(i + PERCENT_PREFIX[k].length()), false);
                if (q != null) {
                    return new Span(i, q.end(), NumberMention.Kind.PERCENT, q.value().divide(PERCENT_PREFIX_DIVISOR[k], MC), q.approx());
                }
            }
        }
        return null;
    }

    /** A number, with a sign, a fraction (三分之一, 3/5) or a percent sign after it. */
    private Span number(NumeralGrammar g, TextView v, int i) {
        int start = i;
        boolean negative = false;
        if ((v.at(i) == '-' || v.at(i) == '−') && !v.isDigit(i - 1) && !v.isAlpha(i - 1)) {
            int j = v.skipSpaces(i + 1);
            if (v.isDigit(j) || j < v.length() && (v.at(j) == '.' || v.at(j) == ',')) {
                negative = true;
                i = j;
            }
        }
        Quantity q = g.parse(v, i, false);
        if (q == null) {
            return null;
        }
        BigDecimal value = negative ? q.value().negate() : q.value();
        int end = q.end();
        int f = v.skipSpaces(end);
        if (v.startsWith("分", f) && v.startsWith("之", v.skipSpaces(f + 1))) {
            Quantity num = g.parse(v, v.skipSpaces(v.skipSpaces(f + 1) + 1), false);
            if (num != null && value.signum() != 0) {
                return new Span(start, num.end(), NumberMention.Kind.NUMBER, num.value().divide(value, MC), null);
            }
        }
        if (f < v.length() && v.at(f) == '/' && q.wordsOnly() == false) {
            Quantity den = g.parse(v, f + 1, false);
            if (den != null && den.value().signum() != 0) {
                return new Span(start, den.end(), NumberMention.Kind.NUMBER, value.divide(den.value(), MC), null);
            }
        }
        if (f < v.length() && v.at(f) == '%') {
            return new Span(start, f + 1, NumberMention.Kind.PERCENT, value, q.approx());
        }
        if (v.startsWith("个百分点", f)) {
            return new Span(start, f + 4, NumberMention.Kind.PERCENT, value, q.approx());
        }
        return new Span(start, end, NumberMention.Kind.NUMBER, value, q.approx());
    }
}
