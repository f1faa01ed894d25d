package org.newsclaims.money;

import java.math.BigDecimal;
import java.math.MathContext;
import org.newsclaims.money.Lexicon.Numeral;
import org.newsclaims.money.Lexicon.NumeralFlag;
import org.newsclaims.money.Lexicon.NumeralType;

/**
 * Numbers as written in Chinese and Vietnamese news: Arabic digits with separators, numeral words
 * (五十亿, 两千三百万, 壹佰贰拾, hai mươi mốt, một trăm linh năm) and mixtures (1.5万亿, 3千万, 5 nghìn tỷ).
 *
 * <p>One section-based grammar serves both languages, driven by the number words of
 * {@code numerals.tsv}: digits build a pending number, small units (十 百 千, mươi trăm) close it into a
 * section, big units (万 亿 兆, nghìn triệu tỷ) multiply what came before them when they are at least as
 * large as any earlier big unit (一万亿 = 10^12, 10万万 = 10^9) and otherwise scale only their own
 * section (四亿五千万). A lone digit after a unit abbreviates the next lower place (一万三 = 13000,
 * một triệu hai = 1200000).
 */
final class NumeralGrammar {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TEN = BigDecimal.TEN;

    /**
     * A parsed number on the normalized text. {@code scale}: the product of the big units that
     * follow the leading number when nothing else does (300亿 → 10^8), used to share a scale across a
     * range (200-300亿); null otherwise. {@code maxBig}: the largest big unit, or null.
     */
    record Quantity(int start, int end, BigDecimal value, BigDecimal scale, BigDecimal maxBig,
                    boolean hasUnits, Qualifier approx, boolean wordsOnly, int tokens) {
    }

    private enum Cur { NONE, DIGIT, ARABIC, TENS, TEENS, UNITS, COMPACT, AFTER_ZERO }

    private record Tok(Numeral word, Arabic.Reading arabic, int start, int end) {
        boolean is(NumeralType t) {
            return word != null && word.type() == t;
        }
    }

    private final Lexicon lx;
    private final boolean zh;

    NumeralGrammar(Lexicon lx) {
        this.lx = lx;
        this.zh = lx.isChinese();
    }

    Lexicon lexicon() {
        return lx;
    }

    /** The longest number starting at {@code start}, or null. {@code europeanDots}: see {@link Arabic}. */
    Quantity parse(TextView v, int start, boolean europeanDots) {
        // blockers second: most places hold no number, and that is cheaper to find out
        Quantity q = parseFrom(v, start, europeanDots);
        return q == null || lx.blockers.covering(v, start) != null ? null : q;
    }

    /** As {@link #parse} but ignoring blockers, for a place the context already makes numeric (十分之一). */
    Quantity parseUnblocked(TextView v, int start) {
        return parseFrom(v, start, false);
    }

    /** {@link #read} of the number at {@code start}, found again where the text's view holds it from before. */
    private Quantity parseFrom(TextView v, int start, boolean europeanDots) {
        int place = 2 * start + (europeanDots ? 1 : 0);
        TextView.Reading before = v.readingAt(this, place);
        if (before != null) {
            return before.quantity();
        }
        Quantity q = readNumber(v, start, europeanDots);
        v.remember(this, place, q);
        return q;
    }

    private Quantity readNumber(TextView v, int start, boolean europeanDots) {
        Tok t = read(v, start, europeanDots, false);
        if (t == null) {
            return null;
        }
        boolean negative = false;
        if (t.is(NumeralType.NEG)) {
            t = read(v, v.skipSpaces(t.end), europeanDots, false);
            if (t == null || t.is(NumeralType.NEG)) {
                return null;
            }
            negative = true;
        }
        Acc acc = new Acc();
        Quantity best = null;
        while (t != null && acc.accept(t)) {
            if (acc.valid()) {
                BigDecimal value = acc.value();
                best = new Quantity(start, t.end, negative ? value.negate() : value, acc.scale(), acc.maxBig,
                        acc.hasUnits, acc.approx, acc.arabicCount == 0, acc.tokens);
            }
            int next = v.skipSpaces(t.end);
            t = read(v, next, europeanDots, next > t.end);
            if (t != null && t.arabic != null && next > acc.lastEnd && acc.started && !acc.inFraction && !unitFollows(v, t.end)) {
                break; // "5亿 2024年": after a space, digits continue a number only if a unit follows them
            }
            if (t != null) {
                acc.gap = next > acc.lastEnd;
            }
        }
        return best;
    }

    private boolean unitFollows(TextView v, int pos) {
        var w = lx.numerals.match(v, v.skipSpaces(pos));
        return w != null && (w.value().type() == NumeralType.BIG || w.value().type() == NumeralType.SMALL
                || w.value().type() == NumeralType.SUFFIX || w.value().type() == NumeralType.APPROX);
    }

    private Tok read(TextView v, int pos, boolean europeanDots, boolean afterSpace) {
        if (pos >= v.length()) {
            return null;
        }
        Arabic.Reading a = Arabic.read(v, pos, zh, europeanDots, p -> bigUnitAt(v, p));
        if (a != null) {
            return new Tok(null, a, pos, a.end());
        }
        var w = lx.numerals.match(v, pos);
        if (w == null) {
            return null;
        }
        Numeral n = w.value();
        if (n.type() == NumeralType.SUFFIX) {
            if (n.has(NumeralFlag.UPPER_CASE)) {
                if (!Character.isUpperCase(v.text.charAt(pos))) {
                    return null;
                }
            }
        }
        return new Tok(n, null, pos, pos + w.length());
    }

    private boolean bigUnitAt(TextView v, int pos) {
        var w = lx.numerals.match(v, v.skipSpaces(pos));
        return w != null && w.value().type() == NumeralType.BIG;
    }

    /** The running value of a number being read, token by token. */
    private final class Acc {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal cur;
        Cur curKind = Cur.NONE;
        Numeral curWord;
        boolean curAdjacent;
        BigDecimal lastUnit;
        boolean lastUnitSmall;
        BigDecimal maxBig;
        boolean zeroLink;
        boolean started;
        boolean hasUnits;
        boolean pendingApprox;
        boolean halfDone;
        Qualifier approx;
        boolean inFraction;
        boolean bigBeforePoint;
        BigDecimal intPart;
        StringBuilder fraction;
        int lastEnd;
        boolean gap;
        int tokens;
        int arabicCount;
        BigDecimal lead;
        BigDecimal leadScale = BigDecimal.ONE;
        boolean onlyBigAfterLead = true;
        boolean bareBigStart;

        boolean accept(Tok t) {
            boolean ok = t.arabic != null ? arabic(t) : word(t);
            if (ok) {
                lastEnd = t.end;
                tokens++;
            }
            return ok;
        }

        private boolean arabic(Tok t) {
            Arabic.Reading a = t.arabic;
            if (halfDone || pendingApprox) {
                return false;
            }
            if (inFraction) {
                if (fraction.length() > 0 || !a.integerDigits()) {
                    return false;
                }
                fraction.append(a.digits());
                arabicCount++;
                return true;
            }
            if (cur != null || (started && lastUnit == null && !zeroLink)) {
                return false;
            }
            if (!started) {
                lead = a.value();
            } else {
                onlyBigAfterLead = false;
            }
            cur = a.value();
            curKind = Cur.ARABIC;
            curAdjacent = started && !gap && a.singleDigit();
            started = true;
            arabicCount++;
            return true;
        }

        private boolean word(Tok t) {
            Numeral n = t.word;
            if (halfDone) {
                return false;
            }
            if (pendingApprox && n.type() != NumeralType.BIG && n.type() != NumeralType.SMALL) {
                return false;
            }
            return switch (n.type()) {
                case DIGIT -> digit(n);
                case TENS -> tens(n);
                case SMALL -> small(n);
                case BIG -> big(n.value());
                case SUFFIX -> curKind == Cur.ARABIC && !inFraction && lastUnit == null && big(n.value());
                case ZERO -> {
                    if (inFraction || !hasUnits || cur != null) {
                        yield false;
                    }
                    zeroLink = true;
                    onlyBigAfterLead = false;
                    yield true;
                }
                case POINT -> point();
                case HALF -> half();
                case MULT -> mult(n.value());
                case APPROX -> approx(n);
                case NEG -> false;
            };
        }

        private boolean digit(Numeral n) {
            BigDecimal d = n.value();
            if (inFraction) {
                if (!n.has(NumeralFlag.AFTER_POINT)) {
                    return false;
                }
                fraction.append(d.toPlainString());
                return true;
            }
            if (cur == null) {
                if (!started) {
                    if (!n.has(NumeralFlag.LEADS)) {
                        return false;
                    }
                    set(d, Cur.DIGIT, n);
                    lead = d;
                    started = true;
                    return true;
                }
                onlyBigAfterLead = false;
                if (zh && d.signum() == 0 && n.has(NumeralFlag.LEADS)) {
                    zeroLink = true; // 零 between sections
                    return true;
                }
                if (zeroLink) {
                    if (!(n.has(NumeralFlag.LEADS) || n.has(NumeralFlag.UNITS))) {
                        return false;
                    }
                    set(d, Cur.AFTER_ZERO, n);
                    return true;
                }
                if (lastUnitSmall && lastUnit.compareTo(TEN) == 0) {
                    if (!n.has(NumeralFlag.UNITS)) {
                        return false;
                    }
                    set(d, Cur.UNITS, n);
                    return true;
                }
                if (!(n.has(NumeralFlag.LEADS) || n.has(NumeralFlag.ABBREVIATED))) {
                    return false;
                }
                set(d, Cur.DIGIT, n);
                return true;
            }
            if (curKind == Cur.TENS && n.has(NumeralFlag.UNITS) && d.signum() > 0) {
                set(cur.add(d), Cur.TEENS, n);
                return true;
            }
            if (!zh && curKind == Cur.DIGIT && curWord.has(NumeralFlag.LEADS) && cur.signum() > 0 && n.has(NumeralFlag.PAIRED)) {
                set(cur.multiply(TEN).add(d), Cur.COMPACT, n);
                return true;
            }
            return false;
        }

        private boolean tens(Numeral n) {
            if (inFraction || cur != null || (started && lastUnit == null && !zeroLink)) {
                return false;
            }
            if (!started) {
                lead = n.value();
            } else {
                onlyBigAfterLead = false;
            }
            set(n.value(), Cur.TENS, n);
            started = true;
            return true;
        }

        private void set(BigDecimal value, Cur kind, Numeral word) {
            cur = value;
            curKind = kind;
            curWord = word;
            curAdjacent = false;
        }

        private boolean small(Numeral n) {
            BigDecimal u = n.value();
            if (inFraction) {
                return false;
            }
            BigDecimal m;
            if (cur == null || zh && cur.signum() == 0 && curKind == Cur.DIGIT) { // 零十 = 10
                if (cur == null && !n.has(NumeralFlag.LEADS)) {
                    return false;
                }
                if (started && lastUnitSmall && !zeroLink && u.compareTo(lastUnit) >= 0) {
                    return false;
                }
                m = BigDecimal.ONE;
            } else {
                if (curKind == Cur.TEENS || curKind == Cur.UNITS || curKind == Cur.COMPACT || curKind == Cur.TENS) {
                    return false;
                }
                if (lastUnitSmall && !zeroLink && u.compareTo(lastUnit) >= 0) {
                    return false;
                }
                m = cur;
            }
            if (!started) {
                lead = m;
            }
            onlyBigAfterLead = false;
            section = section.add(m.multiply(u));
            cur = null;
            curKind = Cur.NONE;
            lastUnit = u;
            lastUnitSmall = true;
            zeroLink = false;
            started = true;
            hasUnits = true;
            pendingApprox = false;
            return true;
        }

        private boolean big(BigDecimal u) {
            if (!started) {
                if (!zh) {
                    return false;
                }
                started = true; // 萬九: valid only if an abbreviated digit follows (see trailingOk)
                bareBigStart = true;
                cur = BigDecimal.ONE;
                curKind = Cur.TEENS;
                lead = BigDecimal.ONE;
            }
            if (inFraction) {
                if (bigBeforePoint || fraction.length() == 0) {
                    return false;
                }
                total = fractionValue().multiply(u);
                section = BigDecimal.ZERO;
                inFraction = false;
                leadScale = leadScale.multiply(u);
            } else {
                if (curKind == Cur.ARABIC && curAdjacent && maxBig != null && u.compareTo(maxBig) >= 0) {
                    return false; // 3万4万
                }
                BigDecimal c = cur == null ? BigDecimal.ZERO : cur;
                if (curKind == Cur.DIGIT && lastUnitSmall && !zeroLink && curWord.has(NumeralFlag.ABBREVIATED)) {
                    c = cur.multiply(lastUnit).divide(TEN, MC); // 一千五万 = 1500万, bốn trăm sáu triệu = 460 triệu
                }
                BigDecimal s = section.add(c);
                if (maxBig == null || u.compareTo(maxBig) >= 0) {
                    total = total.add(s).multiply(u);
                } else {
                    total = total.add(s.multiply(u));
                }
                if (onlyBigAfterLead) {
                    leadScale = leadScale.multiply(u);
                }
            }
            maxBig = maxBig == null || u.compareTo(maxBig) > 0 ? u : maxBig;
            section = BigDecimal.ZERO;
            cur = null;
            curKind = Cur.NONE;
            lastUnit = u;
            lastUnitSmall = false;
            zeroLink = false;
            hasUnits = true;
            pendingApprox = false;
            return true;
        }

        private boolean point() {
            if (!started || inFraction || pendingApprox || !trailingOk()) {
                return false;
            }
            intPart = integerValue();
            bigBeforePoint = maxBig != null;
            inFraction = true;
            fraction = new StringBuilder();
            onlyBigAfterLead = false;
            return true;
        }

        private boolean half() {
            if (!inFraction && lastUnit == null && (curKind == Cur.DIGIT || curKind == Cur.ARABIC)
                    && cur.compareTo(BigDecimal.ONE) == 0 && zh) {
                cur = new BigDecimal("0.5"); // 一半, 1半
                halfDone = true;
                return true;
            }
            if (inFraction || cur != null || lastUnit == null) {
                return false;
            }
            BigDecimal h = lastUnit.divide(BigDecimal.valueOf(2));
            if (lastUnitSmall) {
                section = section.add(h);
            } else {
                total = total.add(h);
            }
            halfDone = true;
            onlyBigAfterLead = false;
            return true;
        }

        /** 十打 = 120: a counting word that multiplies the whole number and ends it. */
        private boolean mult(BigDecimal m) {
            if (!started || inFraction || pendingApprox) {
                return false;
            }
            BigDecimal v = integerValue();
            total = v.multiply(m);
            section = BigDecimal.ZERO;
            cur = null;
            curKind = Cur.NONE;
            lastUnit = null;
            halfDone = true;
            onlyBigAfterLead = false;
            return true;
        }

        private boolean approx(Numeral n) {
            if (inFraction || pendingApprox) {
                return false;
            }
            boolean afterUnit = cur == null && lastUnit != null;
            if (!(afterUnit || zeroLink || curKind == Cur.ARABIC && lastUnit == null)) {
                return false;
            }
            approx = n.qualifier();
            pendingApprox = true;
            return true;
        }

        boolean valid() {
            return started && !(bareBigStart && curKind != Cur.DIGIT) && !pendingApprox && !(inFraction && fraction.length() == 0) && trailingOk();
        }

        /** A lone word digit after a unit abbreviates the next place; only some digit words may. */
        private boolean trailingOk() {
            if (cur == null || lastUnit == null || zeroLink) {
                return true;
            }
            if (curKind == Cur.DIGIT) {
                return curWord.has(NumeralFlag.ABBREVIATED) || lastUnitSmall && lastUnit.compareTo(TEN) == 0;
            }
            if (curKind == Cur.ARABIC) {
                return !gap || curAdjacent;
            }
            return true;
        }

        BigDecimal value() {
            return inFraction ? fractionValue() : integerValue();
        }

        private BigDecimal fractionValue() {
            return intPart.add(new BigDecimal("0." + fraction));
        }

        private BigDecimal integerValue() {
            BigDecimal base = total.add(section);
            if (cur == null) {
                return base;
            }
            boolean abbreviated = lastUnit != null && !zeroLink
                    && (curKind == Cur.DIGIT || curKind == Cur.ARABIC && curAdjacent);
            return abbreviated ? base.add(cur.multiply(lastUnit).divide(TEN, MC)) : base.add(cur);
        }

        /** See {@link Quantity#scale()}. */
        BigDecimal scale() {
            return onlyBigAfterLead && maxBig != null && cur == null && !inFraction ? leadScale : null;
        }
    }
}
