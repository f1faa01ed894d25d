package org.newsclaims.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.newsclaims.ingest.Language;
import org.newsclaims.money.NumeralGrammar.Quantity;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Numbers, percentages and fractions in a text, on the grammar the money recognizer uses. Money
 * needs it to tell 82% or 3.9万点 from an amount; the peer test suites check it directly.
 */
public final class NumberFinder {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NumeralGrammar zh;
    private final NumeralGrammar vi;

    NumberFinder(NumeralGrammar zh, NumeralGrammar vi) {
        this.zh = zh;
        this.vi = vi;
    }

    /** The value of {@code text} read as one number, or null if it is not exactly one number. */
    public BigDecimal parse(String text, Language lang) {
        List<NumberMention> found = find(TextNormalizer.nfkc(text.strip()), lang);
        return found.size() == 1 && found.get(0).kind() == NumberMention.Kind.NUMBER
                && found.get(0).text().equals(text.strip()) ? found.get(0).value() : null;
    }

    public List<NumberMention> find(NormalizedText text, Language lang) {
        NumeralGrammar g = lang.isChinese() ? zh : vi;
        TextView v = TextView.of(text);
        List<NumberMention> out = new ArrayList<>();
        for (int i = v.nextStart(0); i < v.length(); ) {
            Span s = range(g, v, i);
            if (s == null) {
                s = percentFraction(g, v, i);
            }
            if (s == null) {
                s = number(g, v, i);
            }
            if (s == null) {
                s = wordShare(g, v, i);
            }
            if (s == null) {
                s = halfCounted(g, v, i);
            }
            if (s != null) {
                var cl = s.kind == NumberMention.Kind.NUMBER ? classifier(g, v, s.end) : null;
                out.add(s.toMention(v, cl));
            }
            i = v.nextStart(s != null ? s.end : i + 1);
        }
        return out;
    }

    private record Span(int start, int end, NumberMention.Kind kind, BigDecimal value, Qualifier qualifier,
                        BigDecimal low, BigDecimal high, boolean lowInclusive, boolean highInclusive) {
        Span(int start, int end, NumberMention.Kind kind, BigDecimal value, Qualifier qualifier) {
            this(start, end, kind, value, qualifier, null, null, false, false);
        }

        NumberMention toMention(TextView v, WordIndex.Word<BigDecimal> classifier) {
            NormalizedText nt = v.source;
            int s = nt.toOriginalStart(start);
            int e = nt.toOriginalEnd(end);
            NumberMention.Classifier cl = null;
            if (classifier != null) {
                int ce = nt.toOriginalEnd(end + classifier.length());
                cl = new NumberMention.Classifier(ce, nt.original().substring(e, ce), classifier.value());
            }
            return new NumberMention(s, e, nt.original().substring(s, e), kind, value, low, high, lowInclusive,
                    highInclusive, qualifier, cl);
        }
    }

    /** One side of a range: {@code lower} bound or upper, its value, whether included; eq bounds both. */
    private record Bound(int end, boolean lower, boolean eq, BigDecimal value, boolean inclusive) {
    }

    private static final String[] CONNECTORS = {"的同时", "并且", "同时", "并", "且", ","};
    private static final String[] BETWEEN_OPENERS = {"位于", "介于", "在"};

    /**
     * A numeric range: bounds (大于20, 1000以上, 比三十大, 至少有10), two bounds joined (大于10小于20,
     * 1000以上, 1500以下), or two ends (20和30之间, 一千到一千五百, 20~100, 5k-20k).
     */
    private Span range(NumeralGrammar g, TextView v, int i) {
        Bound b1 = bound(g, v, i);
        if (b1 == null) {
            return between(g, v, i);
        }
        int j = v.skipSpaces(b1.end);
        for (String c : CONNECTORS) {
            if (v.startsWith(c, j)) {
                j = v.skipSpaces(j + c.length());
                break;
            }
        }
        Bound b2 = j > b1.end || j == b1.end ? bound(g, v, j) : null;
        if (b2 != null && !b1.eq && !b2.eq && b2.lower != b1.lower) {
            Bound lo = b1.lower ? b1 : b2;
            Bound hi = b1.lower ? b2 : b1;
            return new Span(i, b2.end, NumberMention.Kind.RANGE, null, null, lo.value, hi.value, lo.inclusive, hi.inclusive);
        }
        if (b1.eq) {
            return new Span(i, b1.end, NumberMention.Kind.RANGE, null, null, b1.value, b1.value, true, true);
        }
        return b1.lower ? new Span(i, b1.end, NumberMention.Kind.RANGE, null, null, b1.value, null, b1.inclusive, false)
                : new Span(i, b1.end, NumberMention.Kind.RANGE, null, null, null, b1.value, false, b1.inclusive);
    }

    private Bound bound(NumeralGrammar g, TextView v, int i) {
        Lexicon lx = g.lexicon();
        var pre = lx.preBounds.match(v, i);
        if (pre != null) {
            Span n = plainNumber(g, v, v.skipSpaces(i + pre.length()));
            return n == null ? null : bound(pre.value(), n.end, n.value);
        }
        if (v.startsWith("比", i)) {
            Span n = plainNumber(g, v, v.skipSpaces(i + 1));
            var than = n == null ? null : lx.thanBounds.match(v, v.skipSpaces(n.end));
            return than == null ? null : bound(than.value(), v.skipSpaces(n.end) + than.length(), n.value);
        }
        Span n = plainNumber(g, v, i);
        var post = n == null ? null : lx.postBounds.match(v, v.skipSpaces(n.end));
        return post == null ? null : bound(post.value(), v.skipSpaces(n.end) + post.length(), n.value);
    }

    private static Bound bound(String kind, int end, BigDecimal value) {
        return switch (kind) {
            case "gt" -> new Bound(end, true, false, value, false);
            case "ge" -> new Bound(end, true, false, value, true);
            case "lt" -> new Bound(end, false, false, value, false);
            case "le" -> new Bound(end, false, false, value, true);
            default -> new Bound(end, true, true, value, true);
        };
    }

    private Span between(NumeralGrammar g, TextView v, int i) {
        Lexicon lx = g.lexicon();
        int j = i;
        for (String o : BETWEEN_OPENERS) {
            if (v.startsWith(o, i)) {
                j = v.skipSpaces(i + o.length());
                break;
            }
        }
        Span a = plainNumber(g, v, j);
        if (a == null) {
            return null;
        }
        int s = v.skipSpaces(a.end);
        var sep = lx.rangeSep.match(v, s);
        boolean needsClose = false;
        if (sep == null) {
            sep = lx.rangeSepBetween.match(v, s);
            needsClose = true;
        }
        if (sep == null || j > i && !needsClose) {
            return null;
        }
        Span b = plainNumber(g, v, v.skipSpaces(s + sep.length()));
        if (b == null || a.value.compareTo(b.value) >= 0) {
            return null;
        }
        int end = b.end;
        var close = lx.rangeClose.match(v, v.skipSpaces(end));
        if (close != null) {
            end = v.skipSpaces(end) + close.length();
        } else if (needsClose) {
            return null;
        }
        return new Span(i, end, NumberMention.Kind.RANGE, null, null, a.value, b.value, true, true);
    }

    /** The measure word right after a number (一个, 五雙), unless another number follows it (3对2, 一对一). */
    private static WordIndex.Word<BigDecimal> classifier(NumeralGrammar g, TextView v, int end) {
        var w = g.lexicon().classifiers.match(v, end);
        return w == null || g.parse(v, v.skipSpaces(end + w.length()), false) != null ? null : w;
    }

    /** 半个, 半個: a bare 半 counts as a number only before a measure word. */
    private static Span halfCounted(NumeralGrammar g, TextView v, int i) {
        return v.startsWith("半", i) && classifier(g, v, i + 1) != null
                ? new Span(i, i + 1, NumberMention.Kind.NUMBER, new BigDecimal("0.5"), null) : null;
    }

    /** A number (with sign or fraction), not a percentage. */
    private Span plainNumber(NumeralGrammar g, TextView v, int i) {
        if (i >= v.length()) {
            return null;
        }
        Span n = number(g, v, i);
        return n != null && n.kind == NumberMention.Kind.NUMBER ? n : null;
    }

    /** A number, with a sign, a power (2^5), a fraction (三分之一, 3/5, 二份一), a mixed part (一又二分之一, 1 3/5) or a percent sign. */
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
        Span fraction = fraction(g, v, i, false);
        if (fraction != null) {
            return new Span(start, fraction.end, fraction.kind, negative ? fraction.value.negate() : fraction.value, null);
        }
        Quantity q = g.parse(v, i, false);
        if (q == null) {
            return null;
        }
        BigDecimal value = negative ? q.value().negate() : q.value();
        int end = q.end();
        Span power = power(v, end, value);
        if (power != null) {
            return new Span(start, power.end, NumberMention.Kind.NUMBER, power.value, null);
        }
        int f = v.skipSpaces(end);
        Span mixed = null;
        if (v.startsWith("又", f)) {
            mixed = fraction(g, v, v.skipSpaces(f + 1), true);
        } else if (f > end && !q.wordsOnly() && q.value().scale() <= 0) {
            mixed = fraction(g, v, f, false); // 1 3/5
            mixed = mixed != null && v.text.substring(f, mixed.end).contains("/") ? mixed : null;
        }
        if (mixed != null) {
            BigDecimal sum = value.signum() < 0 ? value.subtract(mixed.value) : value.add(mixed.value);
            return new Span(start, mixed.end, NumberMention.Kind.NUMBER, sum, null);
        }
        if (f < v.length() && v.at(f) == '%') {
            return new Span(start, f + 1, NumberMention.Kind.PERCENT, value, q.approx());
        }
        int points = v.spacedEnd("个百分点", f);
        if (points >= 0) {
            return new Span(start, points, NumberMention.Kind.PERCENT, value, q.approx());
        }
        Span share = share(g, v, start, q, f);
        if (share != null) {
            return share;
        }
        return new Span(start, end, NumberMention.Kind.NUMBER, value, q.approx());
    }

    /** 三分之一, 3/5, and the Cantonese 二份一 (and, after 又, 十分一): the numerator over the denominator. */
    private static Span fraction(NumeralGrammar g, TextView v, int i, boolean bareFen) {
        Quantity den = g.parseUnblocked(v, i); // 十分 is "very", but 十分之一 a tenth
        if (den == null || den.value().signum() == 0) {
            return null;
        }
        int j = v.skipSpaces(den.end());
        int numAt;
        boolean slash = false;
        if (v.startsWith("分", j) && v.startsWith("之", v.skipSpaces(j + 1))) {
            numAt = v.skipSpaces(v.skipSpaces(j + 1) + 1);
        } else if (j == den.end() && (v.startsWith("份", j) || bareFen && v.startsWith("分", j))) {
            numAt = j + 1;
        } else if (j == den.end() && j < v.length() && v.at(j) == '/' && !den.wordsOnly()) {
            numAt = j + 1;
            slash = true;
        } else {
            return null;
        }
        Quantity num = g.parse(v, numAt, false);
        if (num == null) {
            return null;
        }
        if (slash) {
            return num.value().signum() == 0 ? null
                    : new Span(i, num.end(), NumberMention.Kind.NUMBER, den.value().divide(num.value(), MC), null);
        }
        return new Span(i, num.end(), NumberMention.Kind.NUMBER, num.value().divide(den.value(), MC), null);
    }

    /**
     * 百分之二十 = 20%, 千分之三 = 0.3%, 万分之七, 百万分之五: a denominator of bare unit words (一百分之二 is
     * the number 0.02), spaces allowed between the characters (百 分 之 2).
     */
    private static Span percentFraction(NumeralGrammar g, TextView v, int i) {
        BigDecimal den = BigDecimal.ONE;
        int j = i;
        for (var w = g.lexicon().numerals.match(v, j); w != null
                && (w.value().type() == Lexicon.NumeralType.SMALL || w.value().type() == Lexicon.NumeralType.BIG);
                w = g.lexicon().numerals.match(v, j)) {
            den = den.multiply(w.value().value());
            j = v.skipSpaces(j + w.length());
        }
        int of = v.spacedEnd("分之", j);
        if (j == i || den.compareTo(HUNDRED) < 0 || of < 0) {
            return null;
        }
        Quantity num = g.parse(v, v.skipSpaces(of), false);
        return num == null ? null : new Span(i, num.end(), NumberMention.Kind.PERCENT,
                num.value().multiply(HUNDRED).divide(den, MC), num.approx());
    }

    /**
     * Tenths written with 成 (a share: 三成 = 30%, 7.2成 = 72%, 七成六 = 76%, 三成半 = 35%) or 折 (the
     * share of the full price paid: 八折 = 80%, 75折 = 7.5折 = 75%, 三八折 = 38%), after a number of at
     * most ten. Compounds such as 成员, 折叠 are not shares (blockers.txt).
     */
    private static Span share(NumeralGrammar g, TextView v, int start, Quantity q, int f) {
        Lexicon lx = g.lexicon();
        BigDecimal x = q.value();
        if (!lx.isChinese() || q.maxBig() != null || q.approx() != null || x.signum() <= 0) {
            return null;
        }
        int at = f;
        if (!v.startsWith("成", at) && !v.startsWith("折", at)) {
            Quantity d = digit(g, v, f); // 三八折, 7 2 折
            if (d == null || !isDigitValue(x)) {
                return null;
            }
            at = v.skipSpaces(d.end());
            if (!v.startsWith("折", at)) {
                return null;
            }
            x = x.add(d.value().divide(BigDecimal.TEN, MC));
        }
        boolean discount = v.startsWith("折", at);
        if (discount && x.stripTrailingZeros().scale() <= 0 && x.compareTo(BigDecimal.TEN) > 0 && x.compareTo(HUNDRED) < 0) {
            x = x.divide(BigDecimal.TEN, MC); // 75折
        }
        if (x.compareTo(BigDecimal.TEN) > (discount ? -1 : 0) || lx.blockers.covering(v, at) != null) {
            return null;
        }
        int end = at + 1;
        int k = v.skipSpaces(end);
        if (!discount && isDigitValue(x)) {
            Quantity d = digit(g, v, k);
            if (v.startsWith("半", k)) {
                x = x.add(new BigDecimal("0.5"));
                end = k + 1;
            } else if (d != null && d.value().signum() > 0 && (k == end || d.wordsOnly())) {
                x = x.add(d.value().divide(BigDecimal.TEN, MC)); // 七成六: the next tenth abbreviated
                end = d.end();
            }
        }
        return new Span(start, end, NumberMention.Kind.PERCENT, x.multiply(BigDecimal.TEN), null);
    }

    /** 半成 = 5%, 半折 = 50%, and 打对折 = 50% (对折 alone is folding in two, so only after 打). */
    private static Span wordShare(NumeralGrammar g, TextView v, int i) {
        if (!g.lexicon().isChinese()) {
            return null;
        }
        if (v.startsWith("半成", i) || v.startsWith("半折", i)) {
            BigDecimal pct = v.startsWith("半成", i) ? BigDecimal.valueOf(5) : BigDecimal.valueOf(50);
            return g.lexicon().blockers.covering(v, i + 1) != null ? null
                    : new Span(i, i + 2, NumberMention.Kind.PERCENT, pct, null);
        }
        return v.startsWith("对折", i) && i > 0 && v.at(i - 1) == '打'
                ? new Span(i, i + 2, NumberMention.Kind.PERCENT, BigDecimal.valueOf(50), null) : null;
    }

    /** A single digit 0-9 written alone (八, 8) at {@code i}, or null. */
    private static Quantity digit(NumeralGrammar g, TextView v, int i) {
        Quantity d = g.parse(v, i, false);
        return d != null && d.tokens() == 1 && isDigitValue(d.value()) ? d : null;
    }

    private static boolean isDigitValue(BigDecimal x) {
        return x.signum() >= 0 && x.compareTo(BigDecimal.TEN) < 0 && x.stripTrailingZeros().scale() <= 0;
    }

    /** 2^5, 2.5^-1, 1.1^+23. */
    private static Span power(TextView v, int i, BigDecimal base) {
        if (i >= v.length() || v.at(i) != '^') {
            return null;
        }
        int j = i + 1;
        boolean negative = false;
        while (j < v.length() && (v.at(j) == '+' || v.at(j) == '-')) {
            negative ^= v.at(j) == '-';
            j++;
        }
        int d = j;
        while (v.isDigit(j)) {
            j++;
        }
        if (j == d || j - d > 3) {
            return null;
        }
        int n = Integer.parseInt(v.text.substring(d, j));
        BigDecimal value = base.pow(n, MC);
        if (negative) {
            value = BigDecimal.ONE.divide(value, MC);
        }
        return new Span(i, j, NumberMention.Kind.NUMBER, value, null);
    }
}
