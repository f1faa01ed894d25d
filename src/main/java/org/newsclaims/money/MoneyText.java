package org.newsclaims.money;

import org.newsclaims.money.Lexicon.NumeralType;

/**
 * One text being read for money, as every phase sees it: the normalized text, its language family's
 * lexicon and grammar, the currency its bare 元 stands for, and whether it writes dots as thousands
 * before a scale word (5.000亿). Immutable.
 */
final class MoneyText {

    /** Characters that end a clause. */
    static final String CLAUSE_ENDS = "。!?;！？；\n";

    final TextView v;
    final Lexicon lx;
    final NumeralGrammar grammar;
    final LanguageFamily family;
    final boolean europeanDots;
    final String yuan;

    MoneyText(TextView v, LanguageFamily family, String yuan) {
        this.v = v;
        this.family = family;
        this.lx = family.lexicon();
        this.grammar = family.grammar();
        this.europeanDots = lx.isChinese() && hasEuropeanDots(v, lx);
        this.yuan = yuan;
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
