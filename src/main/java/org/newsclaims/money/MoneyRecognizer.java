package org.newsclaims.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.newsclaims.Models;
import org.newsclaims.ingest.Language;
import org.newsclaims.money.Lexicon.Currency;
import org.newsclaims.money.Lexicon.NumeralType;
import org.newsclaims.money.NumeralGrammar.Quantity;
import org.newsclaims.normalize.NormalizedText;

/**
 * Finds amounts of money in Chinese and Vietnamese text.
 *
 * <p>The grammar, over the NFKC text:
 * <pre>
 *   AMOUNT  = [SIGN] [CURRENCY_PRE] NUMBER [APPROX] [CURRENCY_POST [MINOR]]  5亿美元, US$1.5万, 五元三角, -0.16元
 *   RANGE   = [OPEN] AMOUNT SEP AMOUNT [CLOSE]                          200-300亿美元, từ 10 đến 15 tỷ USD
 *   PAIR    = DIGIT [、] AMOUNT                                          3、40萬元, 三四百万元 (the next digit, round)
 *   ROUND   = SCALE+ CURRENCY_POST                                       月賺萬元, 上百億元
 *   VAGUE   = VAGUE_WORD UNIT+ CURRENCY_POST                             数十亿美元, hàng tỷ USD
 *   LIST    = AMOUNT (LIST_SEP AMOUNT)*                                  2.4亿、7.5亿和15.5亿美元
 * </pre>
 * An amount with no currency becomes money only by sharing the currency of the list it ends
 * ({@code 2.4亿、7.5亿和15.5亿美元}) or, when it is large, next to a money word and in an article
 * written overwhelmingly in one currency, by inference ({@link #inferCurrencies}). Qualifiers and
 * periods are read around the amount and are not part of its span. Thread-safe after {@link #load}.
 */
public final class MoneyRecognizer {

    /** Characters that may link a qualifier to its amount: 约为16亿, 高达 is one word. */
    private static final String QUALIFIER_LINKS = "为是达到至了有在";
    private static final String CLAUSE_ENDS = "。!?;！？；\n";
    private static final int PERIOD_LOOKBACK = 40;
    private static final int PERIOD_LOOKAHEAD = 20;
    private static final BigDecimal MONEY_VERB_FLOOR = BigDecimal.valueOf(1000);

    private final Family zh;
    private final Family vi;
    private final CurrencyLocale locale;

    private record Family(Lexicon lexicon, NumeralGrammar grammar, BigDecimal inferenceFloor) {
    }

    private MoneyRecognizer(Lexicon zh, Lexicon vi, CurrencyLocale locale) {
        this.zh = new Family(zh, new NumeralGrammar(zh), new BigDecimal("1e8"));
        this.vi = new Family(vi, new NumeralGrammar(vi), new BigDecimal("1e9"));
        this.locale = locale;
    }

    /** Reads {@code money/*} of {@code models}; throws IllegalStateException naming the file on a bad lexicon. */
    public static MoneyRecognizer load(Models models) {
        return new MoneyRecognizer(Lexicon.load(models, "zh"), Lexicon.load(models, "vi"), CurrencyLocale.load(models));
    }

    /** The rule that decides the currency of a bare 元 per article. */
    public CurrencyLocale locale() {
        return locale;
    }

    /** The number finder over the same lexicon (numbers, ranges and percentages). */
    public NumberFinder numbers() {
        return new NumberFinder(zh.grammar, vi.grammar);
    }

    /** The currency a bare 元 stands for in {@code text}, with the evidence for it. */
    public LocalCurrency localCurrency(NormalizedText text, Language lang) {
        return locale.decide(text, lang);
    }

    /** Money mentions in {@code text}, written in {@code lang}, sorted by start. */
    public List<AmountMention> find(NormalizedText text, Language lang) {
        TextView v = TextView.of(text);
        Doc d = new Doc(v, lang.isChinese() ? zh : vi, locale.decide(v, lang).currency());
        List<Piece> pieces = scan(d);
        shareListCurrencies(d, pieces);
        impliedUnits(d, pieces);
        inferCurrencies(d, pieces);
        List<AmountMention> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.currency != null) {
                out.add(mention(d, p));
            }
        }
        return out;
    }

    /** Those mentions of {@link #find(NormalizedText, Language)} whose span {@code keep} accepts (an article's body, say). */
    public List<AmountMention> find(NormalizedText text, Language lang, BiPredicate<Integer, Integer> keep) {
        return find(text, lang).stream().filter(m -> keep.test(m.start(), m.end())).toList();
    }

    /** One document being read. */
    private static final class Doc {
        final TextView v;
        final Lexicon lx;
        final NumeralGrammar grammar;
        final Family family;
        final boolean europeanDots;
        final String yuan;

        Doc(TextView v, Family family, String yuan) {
            this.v = v;
            this.family = family;
            this.lx = family.lexicon;
            this.grammar = family.grammar;
            this.europeanDots = lx.isChinese() && hasEuropeanDots(v, lx);
            this.yuan = yuan;
        }
    }

    /**
     * An amount, range or vague amount found by the scan. {@code currency} is null while unknown;
     * {@code quantity} is the (upper) number, for scale sharing and inference.
     */
    private record Piece(int start, int end, BigDecimal value, BigDecimal low, BigDecimal high, String currency,
                         boolean vague, BigDecimal magnitude, Qualifier approx, boolean inferred, Quantity quantity) {

        Piece withCurrency(String iso, boolean byInference, BigDecimal scaleBy) {
            BigDecimal v = value == null || scaleBy == null ? value : value.multiply(scaleBy);
            return new Piece(start, end, v, low, high, iso, vague, magnitude, approx, byInference, quantity);
        }

        Piece inUnit(Lexicon.ImpliedUnit unit) {
            return new Piece(start, end, value == null ? null : value.multiply(unit.scale()),
                    low == null ? null : low.multiply(unit.scale()), high == null ? null : high.multiply(unit.scale()),
                    unit.currency(), false, null, approx, true, quantity);
        }
    }

    /** One amount: a number with its currencies, if any. */
    private record Amount(int start, int end, Quantity quantity, BigDecimal value, String currency, Qualifier approx) {
    }

    private List<Piece> scan(Doc d) {
        List<Piece> out = new ArrayList<>();
        TextView v = d.v;
        int i = 0;
        while (i < v.length()) {
            if (v.isAlpha(i) && v.isAlpha(i - 1) || v.isSpace(i)) {
                i++;
                continue;
            }
            int url = v.urlEnd(i);
            if (url >= 0) {
                i = url;
                continue;
            }
            Piece p = vague(d, i);
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
                i = p.end;
            } else {
                i++;
            }
        }
        return out;
    }

    private Piece amountOrRange(Doc d, int i) {
        Amount a = amount(d, i);
        if (a == null) {
            return null;
        }
        Piece range = rangeAfter(d, i, a, false);
        return range != null ? range
                : new Piece(a.start, a.end, a.value, null, null, a.currency, false, null, a.approx, false, a.quantity);
    }

    private Piece rangeWithOpener(Doc d, int i) {
        var open = d.lx.rangeOpen.match(d.v, i);
        if (open == null) {
            return null;
        }
        Amount a = amount(d, d.v.skipSpaces(i + open.length()));
        return a == null ? null : rangeAfter(d, i, a, true);
    }

    private Piece rangeAfter(Doc d, int start, Amount a, boolean opened) {
        TextView v = d.v;
        int s = v.skipSpaces(a.end);
        var sep = d.lx.rangeSep.match(v, s);
        if (sep == null && opened) {
            sep = d.lx.rangeSepBetween.match(v, s);
        }
        if (sep == null) {
            return null;
        }
        Amount b = amount(d, v.skipSpaces(s + sep.length()));
        if (b == null || a.currency != null && b.currency != null && !a.currency.equals(b.currency)) {
            return null;
        }
        BigDecimal low = a.value;
        if (!a.quantity.hasUnits() && a.currency == null && b.quantity.scale() != null) {
            low = low.multiply(b.quantity.scale()); // 200-300亿: the scale is written once
        } else if (a.currency == null && a.end - a.start == 1 && roughLow(low.intValue(), b) != null) {
            low = roughLow(low.intValue(), b); // 3至4000元: a digit pair with a range word
        }
        if (low.compareTo(b.value) >= 0) {
            return null;
        }
        int end = b.end;
        var close = d.lx.rangeClose.match(v, v.skipSpaces(end));
        if (close != null) {
            end = v.skipSpaces(end) + close.length();
        }
        String currency = a.currency != null ? a.currency : b.currency;
        Qualifier approx = a.approx != null ? a.approx : b.approx;
        return new Piece(start, end, null, low, b.value, currency, false, null, approx, false, b.quantity);
    }

    private Amount amount(Doc d, int i) {
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
    private static boolean minusSign(Doc d, int i) {
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
    private Piece digitPair(Doc d, int i) {
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
        if (b == null || b.currency == null || b.start != next) {
            return null;
        }
        BigDecimal low = roughLow(first, b);
        return low == null ? null : new Piece(i, b.end, null, low, b.value, b.currency, false, null, b.approx, false, b.quantity);
    }

    /** {@code first} at the magnitude of {@code high} when {@code high} is a round amount led by the next digit (3 and 4000: 3000), else null. */
    private static BigDecimal roughLow(int first, Amount high) {
        BigDecimal round = high.quantity.value().stripTrailingZeros();
        if (first < 1 || round.scale() >= 0 || round.precision() != 1 || round.unscaledValue().intValue() != first + 1) {
            return null;
        }
        return BigDecimal.valueOf(first).scaleByPowerOfTen(-round.scale());
    }

    /** The value of a one-character digit (3, 五) standing alone at {@code i}, or null. */
    private static Integer singleDigit(Doc d, int i) {
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
    private Piece bareUnit(Doc d, int i) {
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
        return new Piece(i, end + cur.length(), value, null, null, iso, false, null, q == null ? null : q.value(), false, null);
    }

    private static boolean scaleWordBefore(Doc d, int p) {
        var u = d.lx.numerals.matchEndingAt(d.v, d.v.skipSpacesBack(p));
        return u != null && u.value().type() == NumeralType.BIG;
    }

    /** Circled, parenthesized and dotted digits (①, ⑴, ⒈, ❶), which number list items. */
    private static boolean enclosed(char c) {
        return c >= '\u2460' && c <= '\u24FF' || c >= '\u2776' && c <= '\u2793' || c >= '\u3251' && c <= '\u325F'
                || c >= '\u32B1' && c <= '\u32BF';
    }

    private WordIndex.Word<Currency> postCurrency(Doc d, int p) {
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
    private Minor minor(Doc d, int end, Currency major) {
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
    private static boolean boundary(Doc d, int i) {
        TextView v = d.v;
        return i >= v.length() || !(v.isHan(i) || v.isAlpha(i) || v.isDigit(i))
                || d.lx.rangeSep.match(v, i) != null || d.lx.listSep.match(v, i) != null;
    }

    private Piece vague(Doc d, int i) {
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
        return new Piece(i, j + cur.length(), null, null, null, iso, true, magnitude, Qualifier.APPROX, false, null);
    }

    private static boolean bigUnit(Doc d, int i) {
        var u = d.lx.numerals.match(d.v, i);
        return u != null && u.value().type() == NumeralType.BIG;
    }

    private static boolean opensLine(TextView v, int i) {
        int p = v.skipSpacesBack(i);
        return p == 0 || v.at(p - 1) == '\n';
    }

    /** Whether a table's unit label (đơn vị tính: , 单位：) stands right before {@code i}, past a colon or quote. */
    private static boolean unitLabelBefore(Doc d, int i) {
        TextView v = d.v;
        int p = v.skipSpacesBack(i);
        while (p > 0 && ":\"“'‘(（".indexOf(v.at(p - 1)) >= 0) {
            p = v.skipSpacesBack(p - 1);
        }
        return d.lx.unitLabels.matchEndingAt(v, p) != null;
    }

    private static boolean numberBefore(Doc d, int i) {
        int p = d.v.skipSpacesBack(i);
        return d.v.isDigit(p - 1) || d.lx.numerals.matchEndingAt(d.v, p) != null;
    }

    /** 2.4亿、7.5亿和15.5亿美元: an amount with no currency takes it from the amount after it in the list. */
    private void shareListCurrencies(Doc d, List<Piece> pieces) {
        BigDecimal carried = null; // the scale the next item took from further on: 21.8、19.3、19万元
        for (int k = pieces.size() - 2; k >= 0; k--) {
            BigDecimal shared = carried;
            carried = null;
            Piece a = pieces.get(k);
            Piece b = pieces.get(k + 1);
            if (a.currency != null || a.vague || a.low != null || b.currency == null || b.inferred) {
                continue;
            }
            int p = d.v.skipSpaces(a.end);
            var sep = d.lx.listSep.match(d.v, p);
            if (sep == null || d.v.skipSpaces(p + sep.length()) != b.start
                    || a.end - a.start == 1 && d.v.at(p) == '、' && opensLine(d.v, a.start)) {
                continue; // "3、40萬元" opening a line: 3 numbers the item
            }
            BigDecimal scale = a.quantity.hasUnits() || b.quantity == null ? null
                    : b.quantity.scale() != null ? b.quantity.scale() : shared;
            pieces.set(k, a.withCurrency(b.currency, false, scale));
            carried = scale;
        }
    }

    /**
     * A price quoted without its unit (giá vàng … ở mức 36,6-37,4: million đồng per lượng): a currency-less
     * number with a decimal comma and no scale word, or a range of two, in the span implied-units.tsv gives, in a
     * sentence that holds one of its context words, and followed by no count, measure or percent sign.
     */
    private void impliedUnits(Doc d, List<Piece> pieces) {
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            if (p.currency != null || p.vague || p.quantity == null || p.quantity.hasUnits() || p.quantity.wordsOnly()
                    || !hasDecimalComma(d.v, p.start, p.end)) {
                continue;
            }
            int after = d.v.skipSpaces(p.end);
            if (d.lx.nonMoney.match(d.v, after) != null || after < d.v.length() && d.v.at(after) == '%') {
                continue;
            }
            Lexicon.ImpliedUnit unit = impliedUnitAround(d, p.start);
            BigDecimal lo = p.low != null ? p.low : p.value;
            BigDecimal hi = p.high != null ? p.high : p.value;
            if (unit != null && lo.compareTo(unit.least()) >= 0 && hi.compareTo(unit.most()) <= 0) {
                pieces.set(k, p.inUnit(unit));
            }
        }
    }

    /** A decimal comma inside the span: 36,3 (a dot with one or two digits after it is a day and month: 20.6). */
    private static boolean hasDecimalComma(TextView v, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (v.at(i) == ',' && v.isDigit(i - 1) && v.isDigit(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The implied unit of a context word in the sentence around {@code at}, or null. */
    private static Lexicon.ImpliedUnit impliedUnitAround(Doc d, int at) {
        TextView v = d.v;
        int from = at;
        while (from > 0 && !sentenceEnd(v, from - 1)) {
            from--;
        }
        for (int i = from; i < v.length() && (i <= at || !sentenceEnd(v, i)); i++) {
            var w = d.lx.impliedUnits.match(v, i);
            if (w != null) {
                return w.value();
            }
        }
        return null;
    }

    private static boolean sentenceEnd(TextView v, int i) {
        char c = v.at(i);
        return c == '\n' || "。!?！？".indexOf(c) >= 0 || c == '.' && !(v.isDigit(i - 1) && v.isDigit(i + 1));
    }

    /**
     * A large amount with no currency (291亿投资, 投资100亿) is money in the article's currency when the
     * article writes its amounts overwhelmingly in one currency, the amount is at least 10^8 (zh) or
     * 10^9 (vi), no count or measure word follows it (14亿人口, 3.9万点), a money word stands right
     * before or after it, and the article writes more amounts with their currency than it leaves bare.
     * An amount of at least 1000 right after a verb whose object is money (月賺3萬多, 借1000還25萬) needs
     * only the dominant currency.
     */
    private void inferCurrencies(Doc d, List<Piece> pieces) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (Piece p : pieces) {
            if (p.currency != null) {
                counts.merge(p.currency, 1, Integer::sum);
                total++;
            }
        }
        String dominant = null;
        for (var e : counts.entrySet()) {
            if (e.getValue() >= 2 && e.getValue() * 4 >= total * 3) {
                dominant = e.getKey();
            }
        }
        if (dominant == null) {
            return;
        }
        List<Integer> candidates = new ArrayList<>();
        List<Integer> verbObjects = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            Quantity q = p.quantity;
            if (p.currency != null || q == null || p.vague) {
                continue;
            }
            int after = d.v.skipSpaces(p.end);
            if (d.lx.nonMoney.match(d.v, after) != null || after < d.v.length() && d.v.at(after) == '%') {
                continue;
            }
            BigDecimal top = p.high != null ? p.high : p.value;
            if (top != null && top.compareTo(MONEY_VERB_FLOOR) >= 0 && moneyVerbBefore(d, p.start)) {
                verbObjects.add(k);
            } else if (q.maxBig() != null && q.maxBig().compareTo(d.family.inferenceFloor) >= 0
                    && moneyWordNear(d, p.start, p.end)) {
                candidates.add(k);
            }
        }
        // an article with as many bare amounts as written ones may well use another default currency
        if (candidates.size() < counts.get(dominant)) {
            verbObjects.addAll(candidates);
        }
        for (int k : verbObjects) {
            pieces.set(k, pieces.get(k).withCurrency(dominant, true, null));
        }
    }

    /** Whether a verb whose object is money ends right before {@code start}, or before 了 there. */
    private static boolean moneyVerbBefore(Doc d, int start) {
        TextView v = d.v;
        int p = v.skipSpacesBack(start);
        if (d.lx.moneyVerbs.matchEndingAt(v, p) != null) {
            return true;
        }
        return p > 0 && v.at(p - 1) == '了' && d.lx.moneyVerbs.matchEndingAt(v, p - 1) != null;
    }

    private static boolean moneyWordNear(Doc d, int start, int end) {
        TextView v = d.v;
        int from = v.skipSpacesBack(start);
        for (int p = from; p >= Math.max(0, from - 6); p--) {
            if (p < from && CLAUSE_ENDS.indexOf(v.at(p)) >= 0) {
                break;
            }
            if (d.lx.moneyContext.matchEndingAt(v, p) != null) {
                return true;
            }
        }
        int q = v.skipSpaces(end);
        if (q < v.length() && v.at(q) == '的') {
            q++;
        }
        return d.lx.moneyContext.match(v, q) != null;
    }

    private AmountMention mention(Doc d, Piece p) {
        NormalizedText nt = d.v.source;
        int s = nt.toOriginalStart(p.start);
        int e = nt.toOriginalEnd(p.end);
        Qualifier qualifier = p.vague ? Qualifier.APPROX : qualifier(d, p);
        String normalized;
        if (p.vague) {
            normalized = p.currency + " ~1e" + (p.magnitude.precision() - p.magnitude.scale() - 1) + " (vague)";
        } else if (p.low != null) {
            normalized = p.currency + " " + plain(p.low) + "-" + plain(p.high);
        } else {
            normalized = p.currency + " " + plain(p.value);
        }
        return new AmountMention(s, e, nt.original().substring(s, e), p.value, p.low, p.high, p.currency,
                qualifier, period(d, p), p.vague, p.inferred, normalized);
    }

    private static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }

    private static Qualifier qualifier(Doc d, Piece p) {
        TextView v = d.v;
        int at = v.skipSpacesBack(p.start);
        var w = d.lx.preQualifiers.matchEndingAt(v, at);
        if (w == null && at > 0 && QUALIFIER_LINKS.indexOf(v.at(at - 1)) >= 0) {
            w = d.lx.preQualifiers.matchEndingAt(v, v.skipSpacesBack(at - 1));
        }
        Qualifier found = w == null ? null : w.value();
        if (found == null) {
            found = p.approx;
        }
        if (found == null) {
            var post = d.lx.postQualifiers.match(v, v.skipSpaces(p.end));
            found = post == null ? null : post.value();
        }
        return found == Qualifier.NONE ? null : found;
    }

    /** A per-period word in the same clause: before the amount (每年…50亿美元) or after it (60 tỷ USD mỗi năm). */
    private static String period(Doc d, Piece p) {
        TextView v = d.v;
        for (int i = p.start; i >= Math.max(0, p.start - PERIOD_LOOKBACK); i--) {
            if (i < p.start && isClauseEnd(v, i)) {
                break;
            }
            var w = d.lx.prePeriods.matchEndingAt(v, i);
            if (w != null) {
                return w.value();
            }
        }
        for (int i = p.end; i < Math.min(v.length(), p.end + PERIOD_LOOKAHEAD); i++) {
            if (isClauseEnd(v, i)) {
                break;
            }
            var w = d.lx.postPeriods.match(v, i);
            if (w != null) {
                return w.value();
            }
        }
        return null;
    }

    private static boolean isClauseEnd(TextView v, int i) {
        char c = v.at(i);
        return CLAUSE_ENDS.indexOf(c) >= 0 || c == ',' && !(v.isDigit(i - 1) && v.isDigit(i + 1))
                || c == '.' && !(v.isDigit(i - 1) && v.isDigit(i + 1));
    }

    /** Whether the document writes dots as thousands before a big unit (5.000亿) somewhere. */
    private static boolean hasEuropeanDots(TextView v, Lexicon lx) {
        String t = v.text;
        for (int i = t.indexOf('.'); i >= 0; i = t.indexOf('.', i + 1)) {
            if (v.isDigit(i - 1) && v.isDigit(i + 1) && v.isDigit(i + 2) && v.isDigit(i + 3) && !v.isDigit(i + 4)
                    && t.charAt(i + 3) == '0') {
                var w = lx.numerals.match(v, v.skipSpaces(i + 4));
                if (w != null && w.value().type() == NumeralType.BIG) {
                    return true;
                }
            }
        }
        return false;
    }
}
