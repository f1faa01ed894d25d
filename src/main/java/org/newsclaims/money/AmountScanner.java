package org.newsclaims.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsclaims.money.Lexicon.Currency;
import org.newsclaims.money.Lexicon.NumeralType;
import org.newsclaims.money.NumeralGrammar.Quantity;

/**
 * The first phase of money recognition: a scan of the NFKC text for amounts by this grammar:
 * <pre>
 *   AMOUNT  = [SIGN] [CURRENCY_PRE] NUMBER [APPROX] [CURRENCY_POST [MINOR]]  5亿美元, US$1.5万, 五元三角, -0.16元
 *   RANGE   = [OPEN] AMOUNT SEP AMOUNT [CLOSE]                          200-300亿美元, từ 10 đến 15 tỷ USD
 *   PAIR    = DIGIT [、] AMOUNT                                          3、40萬元, 三四百万元 (the next digit, round)
 *   ROUND   = SCALE+ CURRENCY_POST                                       月賺萬元, 上百億元
 *   VAGUE   = VAGUE_WORD UNIT+ CURRENCY_POST                             数十亿美元, hàng tỷ USD
 *   LIST    = AMOUNT (LIST_SEP AMOUNT)*                                  2.4亿、7.5亿和15.5亿美元
 * </pre>
 * An amount is found with the currency written with it, if any; {@link CurrencyResolver} finds the
 * currency of the others. Qualifiers and periods around an amount are not part of its span
 * ({@link AmountContext}).
 */
final class AmountScanner {

    private AmountScanner() {
    }

    /** One amount: a number with its currencies, if any. */
    private record Amount(int start, int end, Quantity quantity, BigDecimal value, String currency, Qualifier approx) {
    }

    /** The amounts, ranges and vague amounts of {@code d}, in text order; currencies where written. */
    static List<ScannedAmount> scan(MoneyText d) {
        List<ScannedAmount> out = new ArrayList<>();
        TextView v = d.v;
        for (int i = v.nextStart(0); i < v.length(); ) {
            ScannedAmount p = vague(d, i);
            if (p == null) {
                p = bareUnit(d, i);
            }
            if (p == null) {
                p = rangeWithOpener(d, i);
            }
            if (p == null) {
                p = digitPair(d, i);
            }
            if (p == null) {
                p = amountOrRange(d, i);
            }
            if (p != null) {
                out.add(p);
            }
            i = v.nextStart(p != null ? p.end() : i + 1);
        }
        return out;
    }

    private static ScannedAmount amountOrRange(MoneyText d, int i) {
        Amount a = amount(d, i);
        if (a == null) {
            return null;
        }
        ScannedAmount range = rangeAfter(d, i, a, false);
        return range != null ? range
                : new ScannedAmount(a.start(), a.end(), a.value(), null, null, a.currency(), false, null, a.approx(), false, a.quantity());
    }

    private static ScannedAmount rangeWithOpener(MoneyText d, int i) {
        var open = d.lx.rangeOpen.match(d.v, i);
        if (open == null) {
            return null;
        }
        Amount a = amount(d, d.v.skipSpaces(i + open.length()));
        return a == null ? null : rangeAfter(d, i, a, true);
    }

    private static ScannedAmount rangeAfter(MoneyText d, int start, Amount a, boolean opened) {
        TextView v = d.v;
        int s = v.skipSpaces(a.end());
        var sep = d.lx.rangeSep.match(v, s);
        if (sep == null && opened) {
            sep = d.lx.rangeSepBetween.match(v, s);
        }
        if (sep == null) {
            return null;
        }
        Amount b = amount(d, v.skipSpaces(s + sep.length()));
        if (b == null || a.currency() != null && b.currency() != null && !a.currency().equals(b.currency())) {
            return null;
        }
        BigDecimal low = a.value();
        if (!a.quantity().hasUnits() && a.currency() == null && b.quantity().scale() != null) {
            low = low.multiply(b.quantity().scale()); // 200-300亿: the scale is written once
        } else if (a.currency() == null && a.end() - a.start() == 1 && roughLow(low.intValue(), b) != null) {
            low = roughLow(low.intValue(), b); // 3至4000元: a digit pair with a range word
        }
        if (low.compareTo(b.value()) >= 0) {
            return null;
        }
        int end = b.end();
        var close = d.lx.rangeClose.match(v, v.skipSpaces(end));
        if (close != null) {
            end = v.skipSpaces(end) + close.length();
        }
        String currency = a.currency() != null ? a.currency() : b.currency();
        Qualifier approx = a.approx() != null ? a.approx() : b.approx();
        return new ScannedAmount(start, end, null, low, b.value(), currency, false, null, approx, false, b.quantity());
    }

    private static Amount amount(MoneyText d, int i) {
        TextView v = d.v;
        boolean negative = minusSign(d, i);
        int j = negative ? i + 1 : i;
        Currency pre = null;
        var cw = d.lx.currencies.match(v, j);
        if (cw != null && cw.value().pre() && d.lx.blockers.match(v, j) == null) {
            pre = cw.value();
            j = v.skipSpaces(j + cw.length());
        }
        if (enclosed(v.originalChar(Math.min(j, v.length() - 1)))) {
            return null; // ①: a list marker, which NFKC makes a digit
        }
        Quantity q = d.grammar.parse(v, j, d.europeanDots);
        if (q == null) {
            return null;
        }
        Qualifier approx = q.approx();
        int after = v.skipSpaces(q.end());
        var infix = d.lx.numerals.match(v, after);
        int curAt = after;
        if (infix != null && infix.value().type() == NumeralType.APPROX) {
            curAt = v.skipSpaces(after + infix.length()); // 800多美元
        }
        var post = postCurrency(d, curAt);
        if (post != null && curAt != after) {
            approx = infix.value().qualifier();
        }
        if (pre != null && post != null && !post.value().localYuan() && !pre.iso().equals(post.value().iso())) {
            post = null;
        }
        BigDecimal value = q.value();
        int end = q.end();
        Currency major = pre;
        if (post != null) {
            end = curAt + post.length();
            major = post.value();
        }
        if (major != null) {
            Minor m = minor(d, end, major);
            if (m != null) {
                value = value.add(m.amount);
                end = m.end;
            }
        }
        // 人民幣22.5億元, 新台幣100元, 港币100元: the written currency names the 元 after it
        String iso = major == null ? null : pre != null ? pre.iso() : major.localYuan() ? d.yuan : major.iso();
        if (negative) {
            if (iso == null) {
                return null; // a bare signed number is a change or a stock quote, not an amount
            }
            value = value.negate();
        }
        if (major == null) {
            var alone = d.lx.minorUnits.match(v, after);
            if (alone != null && alone.value().currency() != null) { // 5毛
                String aloneIso = alone.value().localYuan() ? d.yuan : alone.value().currency();
                return new Amount(i, after + alone.length(), q, value.multiply(alone.value().fraction()),
                        aloneIso, approx);
            }
        }
        return new Amount(i, end, q, value, iso, approx);
    }

    /**
     * A minus sign written against an amount (净利润-20,759,975.26元, 为-0.16元): right before a digit, and
     * not after a number, an amount or a letter, where a dash is a range separator or a hyphen.
     */
    private static boolean minusSign(MoneyText d, int i) {
        TextView v = d.v;
        if (i >= v.length() || v.at(i) != '-' && v.at(i) != '\u2212' || !v.isDigit(i + 1)) {
            return false;
        }
        if (opensLine(v, i)) {
            return false; // a dash opening a line is a bullet
        }
        int p = v.skipSpacesBack(i);
        char before = v.at(p - 1);
        return !(v.isDigit(p - 1) || v.isAlpha(p - 1) || before == '%' || before == ')'
                || d.lx.currencies.matchEndingAt(v, p) != null || d.lx.numerals.matchEndingAt(v, p) != null);
    }

    /**
     * Two adjacent digits for a rough amount (3、40萬元 = 300,000 to 400,000, 7、8000元, 五、六千元, 三四百万元):
     * one digit, then the amount its successor leads as a round number; one range. A digit opening a
     * line or following another list item numbers a list instead.
     */
    private static ScannedAmount digitPair(MoneyText d, int i) {
        TextView v = d.v;
        Integer first = singleDigit(d, i);
        if (first == null || first < 1 || first > 8) {
            return null;
        }
        int p = v.skipSpacesBack(i);
        if (opensLine(v, i) || v.isDigit(p - 1) || v.at(p - 1) == '.'
                || d.lx.listSep.matchEndingAt(v, p) != null || singleDigit(d, p - 1) != null) {
            return null;
        }
        int next = i + 1;
        if (v.at(i) >= '0' && v.at(i) <= '9') {
            if (next >= v.length() || v.at(next) != '、') {
                return null;
            }
            next++;
        } else if (next < v.length() && v.at(next) == '、') {
            next++;
        }
        Amount b = amount(d, next);
        if (b == null || b.currency() == null || b.start() != next) {
            return null;
        }
        BigDecimal low = roughLow(first, b);
        return low == null ? null : new ScannedAmount(i, b.end(), null, low, b.value(), b.currency(), false, null, b.approx(), false, b.quantity());
    }

    /** {@code first} at the magnitude of {@code high} when {@code high} is a round amount led by the next digit (3 and 4000: 3000), else null. */
    private static BigDecimal roughLow(int first, Amount high) {
        BigDecimal round = high.quantity().value().stripTrailingZeros();
        if (first < 1 || round.scale() >= 0 || round.precision() != 1 || round.unscaledValue().intValue() != first + 1) {
            return null;
        }
        return BigDecimal.valueOf(first).scaleByPowerOfTen(-round.scale());
    }

    /** The value of a one-character digit (3, 五) standing alone at {@code i}, or null. */
    private static Integer singleDigit(MoneyText d, int i) {
        TextView v = d.v;
        if (i < 0 || i >= v.length()) {
            return null;
        }
        if (v.at(i) >= '0' && v.at(i) <= '9') {
            return v.isDigit(i - 1) || v.isDigit(i + 1) || i + 1 < v.length() && v.at(i + 1) == '.' ? null : v.at(i) - '0';
        }
        var w = d.lx.numerals.match(v, i);
        return w != null && w.length() == 1 && w.value().type() == NumeralType.DIGIT ? w.value().value().intValue() : null;
    }

    /**
     * A scale word written without a number before a currency, as round figures are (月賺萬元, 上萬元,
     * 上百億元): the scale's value, over it after 上. Vietnamese bare scale words are read by {@link #vague}.
     */
    private static ScannedAmount bareUnit(MoneyText d, int i) {
        TextView v = d.v;
        if (!d.lx.isChinese() || numberBefore(d, i) || unitLabelBefore(d, i) || d.lx.blockers.match(v, i) != null) {
            return null;
        }
        BigDecimal value = BigDecimal.ONE;
        int end = i;
        while (true) {
            var u = d.lx.numerals.match(v, end);
            if (u == null || u.value().type() != NumeralType.BIG && !(u.value().type() == NumeralType.SMALL && end == i)) {
                break;
            }
            value = value.multiply(u.value().value());
            end += u.length();
        }
        if (end == i || value.compareTo(BigDecimal.valueOf(10000)) < 0) {
            return null;
        }
        var cur = postCurrency(d, end);
        if (cur == null) {
            return null;
        }
        var q = d.lx.unitQualifiers.matchEndingAt(v, v.skipSpacesBack(i));
        String iso = cur.value().localYuan() ? d.yuan : cur.value().iso();
        return new ScannedAmount(i, end + cur.length(), value, null, null, iso, false, null, q == null ? null : q.value(), false, null);
    }

    private static boolean scaleWordBefore(MoneyText d, int p) {
        var u = d.lx.numerals.matchEndingAt(d.v, d.v.skipSpacesBack(p));
        return u != null && u.value().type() == NumeralType.BIG;
    }

    /** Circled, parenthesized and dotted digits (①, ⑴, ⒈, ❶), which number list items. */
    private static boolean enclosed(char c) {
        return c >= '\u2460' && c <= '\u24FF' || c >= '\u2776' && c <= '\u2793' || c >= '\u3251' && c <= '\u325F'
                || c >= '\u32B1' && c <= '\u32BF';
    }

    private static WordIndex.Word<Currency> postCurrency(MoneyText d, int p) {
        TextView v = d.v;
        var w = d.lx.currencies.match(v, p);
        if (w == null || !w.value().post()) {
            return null;
        }
        var blocker = d.lx.blockers.match(v, p);
        if (blocker != null && blocker.length() > w.length() && (blocker.value() || !scaleWordBefore(d, p))) {
            return null;
        }
        int e = p + w.length();
        if (w.value().weak() && (v.isHan(e) || v.isAlpha(e))) {
            // 5块钱, 一块二, 五块左右 are money; 10万块GPU and 三块蛋糕 are counts
            var next = d.lx.numerals.match(v, e);
            boolean digit = next != null && next.value().type() == NumeralType.DIGIT;
            if (!digit && d.lx.postQualifiers.match(v, e) == null) {
                return null;
            }
        }
        return w;
    }

    private record Minor(BigDecimal amount, int end) {
    }

    /** Sub-units after a major amount: 五元三角, 两美元又三美分, 一块二, 三块零四, 2 đô 23 xu, hai đô rưỡi. */
    private static Minor minor(MoneyText d, int end, Currency major) {
        TextView v = d.v;
        int p = v.skipSpaces(end);
        boolean linked = false;
        for (String link : new String[]{"又", "và", ","}) {
            if (v.startsWith(link, p)) {
                p = v.skipSpaces(p + link.length());
                linked = true;
                break;
            }
        }
        var half = d.lx.numerals.match(v, p);
        if (!linked && half != null && half.value().type() == NumeralType.HALF && !v.isHan(p + half.length())) {
            return new Minor(new BigDecimal("0.5"), p + half.length());
        }
        if (d.lx.isChinese() && v.startsWith("零", p)) {
            Quantity q = d.grammar.parse(v, p + 1, false);
            if (q != null && q.tokens() == 1 && q.value().compareTo(BigDecimal.TEN) < 0 && boundary(d, q.end())) {
                return new Minor(q.value().movePointLeft(2), q.end()); // 三块零四
            }
            return null;
        }
        Quantity q = d.grammar.parse(v, p, false);
        if (q == null || q.value().signum() <= 0 || q.value().compareTo(BigDecimal.valueOf(100)) >= 0) {
            return null;
        }
        int u = v.skipSpaces(q.end());
        var unit = d.lx.minorUnits.match(v, u);
        if (unit != null) {
            BigDecimal amount = q.value().multiply(unit.value().fraction());
            int e = u + unit.length();
            Quantity q2 = d.grammar.parse(v, v.skipSpaces(e), false);
            if (q2 != null && q2.value().compareTo(BigDecimal.TEN) < 0) {
                var unit2 = d.lx.minorUnits.match(v, v.skipSpaces(q2.end()));
                if (unit2 != null) {
                    return new Minor(amount.add(q2.value().multiply(unit2.value().fraction())),
                            v.skipSpaces(q2.end()) + unit2.length());
                }
                if (q2.tokens() == 1 && boundary(d, q2.end())) {
                    return new Minor(amount.add(q2.value().multiply(unit.value().fraction()).movePointLeft(1)), q2.end()); // 七毛八
                }
            }
            return new Minor(amount, e);
        }
        if (linked || !boundary(d, q.end()) || q.tokens() != 1) {
            return null;
        }
        if (major.localYuan() || major.weak()) {
            return q.value().compareTo(BigDecimal.TEN) < 0 ? new Minor(q.value().movePointLeft(1), q.end()) : null;
        }
        return !d.lx.isChinese() && q.value().compareTo(BigDecimal.TEN) >= 0
                ? new Minor(q.value().movePointLeft(2), q.end()) : null; // hai đô 23
    }

    /** Where a colloquial sub-unit digit may end: not inside a word, or before a range or list separator. */
    private static boolean boundary(MoneyText d, int i) {
        TextView v = d.v;
        return i >= v.length() || !(v.isHan(i) || v.isAlpha(i) || v.isDigit(i))
                || d.lx.rangeSep.match(v, i) != null || d.lx.listSep.match(v, i) != null;
    }

    private static ScannedAmount vague(MoneyText d, int i) {
        TextView v = d.v;
        var w = d.lx.vague.match(v, i);
        int j;
        if (w != null) {
            j = v.skipSpaces(i + w.length());
        } else if (!d.lx.isChinese() && bigUnit(d, i) && !numberBefore(d, i) && !unitLabelBefore(d, i)) {
            j = i; // "câu hỏi tỷ đô la": a scale word with no number
        } else {
            return null;
        }
        BigDecimal magnitude = BigDecimal.ONE;
        int units = 0;
        int end = j;
        while (true) {
            var u = d.lx.numerals.match(v, j);
            if (u == null || u.value().type() != NumeralType.SMALL && u.value().type() != NumeralType.BIG) {
                break;
            }
            magnitude = magnitude.multiply(u.value().value());
            units++;
            end = j + u.length();
            j = v.skipSpaces(end);
        }
        if (units == 0) {
            return null;
        }
        var cur = postCurrency(d, j);
        if (cur == null) {
            return null;
        }
        String iso = cur.value().localYuan() ? d.yuan : cur.value().iso();
        return new ScannedAmount(i, j + cur.length(), null, null, null, iso, true, magnitude, Qualifier.APPROX, false, null);
    }

    private static boolean bigUnit(MoneyText d, int i) {
        var u = d.lx.numerals.match(d.v, i);
        return u != null && u.value().type() == NumeralType.BIG;
    }

    /** Whether only white space stands between the start of a line and {@code i}. */
    static boolean opensLine(TextView v, int i) {
        int p = v.skipSpacesBack(i);
        return p == 0 || v.at(p - 1) == '\n';
    }

    /** Whether a table's unit label (đơn vị tính: , 单位：) stands right before {@code i}, past a colon or quote. */
    private static boolean unitLabelBefore(MoneyText d, int i) {
        TextView v = d.v;
        int p = v.skipSpacesBack(i);
        while (p > 0 && ":\"“'‘(（".indexOf(v.at(p - 1)) >= 0) {
            p = v.skipSpacesBack(p - 1);
        }
        return d.lx.unitLabels.matchEndingAt(v, p) != null;
    }

    private static boolean numberBefore(MoneyText d, int i) {
        int p = d.v.skipSpacesBack(i);
        return d.v.isDigit(p - 1) || d.lx.numerals.matchEndingAt(d.v, p) != null;
    }
}
