package org.newsclaims.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.money.NumeralGrammar.Quantity;

/**
 * The second phase of money recognition: amounts scanned without a currency take one from the list
 * they stand in, from the unit a price quote leaves out, or, when large and near a money word, from
 * the currency the article writes its amounts in. Amounts that still have none are no money.
 */
final class CurrencyResolver {

    private static final BigDecimal MONEY_VERB_FLOOR = BigDecimal.valueOf(1000);
    /** A headline's amount of at least this much, with a scale word (400 triệu, 10 ngàn tỷ), is money in the article's currency. */
    private static final BigDecimal HEADLINE_FLOOR = BigDecimal.valueOf(100_000);
    private static final int HEADLINE_MAX = 80;

    private CurrencyResolver() {
    }

    /** The amounts of {@code scanned}, in the same order, with the currencies found for them. */
    static List<ScannedAmount> resolve(MoneyText d, List<ScannedAmount> scanned) {
        List<ScannedAmount> pieces = new ArrayList<>(scanned);
        shareListCurrencies(d, pieces);
        impliedUnits(d, pieces);
        inferCurrencies(d, pieces);
        return pieces;
    }

    /** 2.4亿、7.5亿和15.5亿美元: an amount with no currency takes it from the amount after it in the list. */
    private static void shareListCurrencies(MoneyText d, List<ScannedAmount> pieces) {
        BigDecimal carried = null; // the scale the next item took from further on: 21.8、19.3、19万元
        for (int k = pieces.size() - 2; k >= 0; k--) {
            BigDecimal shared = carried;
            carried = null;
            ScannedAmount a = pieces.get(k);
            ScannedAmount b = pieces.get(k + 1);
            if (a.currency() != null || a.vague() || a.low() != null || b.currency() == null || b.inferred()) {
                continue;
            }
            int p = d.v.skipSpaces(a.end());
            var sep = d.lx.listSep.match(d.v, p);
            if (sep == null || d.v.skipSpaces(p + sep.length()) != b.start()
                    || a.end() - a.start() == 1 && d.v.at(p) == '、' && AmountScanner.opensLine(d.v, a.start())) {
                continue; // "3、40萬元" opening a line: 3 numbers the item
            }
            BigDecimal scale = a.quantity().hasUnits() || b.quantity() == null ? null
                    : b.quantity().scale() != null ? b.quantity().scale() : shared;
            pieces.set(k, a.withCurrency(b.currency(), false, scale));
            carried = scale;
        }
    }

    /**
     * A price quoted without its unit (giá vàng … ở mức 36,6-37,4: million đồng per lượng): a currency-less
     * number with a decimal comma and no scale word, or a range of two, in the span implied-units.tsv gives, in a
     * sentence that holds one of its context words, and followed by no count, measure or percent sign.
     */
    private static void impliedUnits(MoneyText d, List<ScannedAmount> pieces) {
        for (int k = 0; k < pieces.size(); k++) {
            ScannedAmount p = pieces.get(k);
            if (p.currency() != null || p.vague() || p.quantity() == null || p.quantity().hasUnits() || p.quantity().wordsOnly()
                    || !hasDecimalComma(d.v, p.start(), p.end())) {
                continue;
            }
            int after = d.v.skipSpaces(p.end());
            if (d.lx.nonMoney.match(d.v, after) != null || after < d.v.length() && d.v.at(after) == '%') {
                continue;
            }
            Lexicon.ImpliedUnit unit = impliedUnitAround(d, p.start());
            BigDecimal lo = p.low() != null ? p.low() : p.value();
            BigDecimal hi = p.high() != null ? p.high() : p.value();
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
    private static Lexicon.ImpliedUnit impliedUnitAround(MoneyText d, int at) {
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
     * An amount of at least 1000 right after a verb whose object is money (月賺3萬多, 借1000還25萬), and one of
     * at least 100,000 in the headline (Doanh nghiệp nợ đọng gần 10 ngàn tỷ; not after a vague word: hàng trăm
     * triệu), need only the dominant currency.
     */
    private static void inferCurrencies(MoneyText d, List<ScannedAmount> pieces) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (ScannedAmount p : pieces) {
            if (p.currency() != null) {
                counts.merge(p.currency(), 1, Integer::sum);
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
        int headlineEnd = headlineEnd(d.v);
        for (int k = 0; k < pieces.size(); k++) {
            ScannedAmount p = pieces.get(k);
            Quantity q = p.quantity();
            if (p.currency() != null || q == null || p.vague()) {
                continue;
            }
            int after = d.v.skipSpaces(p.end());
            if (d.lx.nonMoney.match(d.v, after) != null || after < d.v.length() && d.v.at(after) == '%') {
                continue;
            }
            BigDecimal top = p.high() != null ? p.high() : p.value();
            if (top != null && top.compareTo(MONEY_VERB_FLOOR) >= 0 && moneyVerbBefore(d, p.start())
                    || q.maxBig() != null && q.maxBig().compareTo(HEADLINE_FLOOR) >= 0 && p.end() <= headlineEnd
                    && d.lx.vague.matchEndingAt(d.v, d.v.skipSpacesBack(p.start())) == null) {
                verbObjects.add(k);
            } else if (q.maxBig() != null && q.maxBig().compareTo(d.family.inferenceFloor()) >= 0
                    && moneyWordNear(d, p.start(), p.end())) {
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

    /**
     * The end of a news file's headline: its first line that is not blank, where text follows it and it is at
     * most {@value #HEADLINE_MAX} characters long; 0 where there is none (a text of one line is no headline).
     */
    private static int headlineEnd(TextView v) {
        int start = 0;
        while (start < v.length() && Character.isWhitespace(v.at(start))) {
            start++;
        }
        int end = start;
        while (end < v.length() && v.at(end) != '\n') {
            end++;
        }
        return end < v.length() && end - start <= HEADLINE_MAX ? end : 0;
    }

    /** Whether a verb whose object is money ends right before {@code start}, or before 了 there. */
    private static boolean moneyVerbBefore(MoneyText d, int start) {
        TextView v = d.v;
        int p = v.skipSpacesBack(start);
        if (d.lx.moneyVerbs.matchEndingAt(v, p) != null) {
            return true;
        }
        return p > 0 && v.at(p - 1) == '了' && d.lx.moneyVerbs.matchEndingAt(v, p - 1) != null;
    }

    private static boolean moneyWordNear(MoneyText d, int start, int end) {
        TextView v = d.v;
        int from = v.skipSpacesBack(start);
        for (int p = from; p >= Math.max(0, from - 6); p--) {
            if (p < from && MoneyText.CLAUSE_ENDS.indexOf(v.at(p)) >= 0) {
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
}
