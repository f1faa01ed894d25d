package org.newsclaims.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.newsclaims.Models;
import org.newsclaims.ingest.Language;
import org.newsclaims.normalize.NormalizedText;

/**
 * Finds amounts of money in Chinese and Vietnamese text, in phases over the NFKC text: a scan for
 * amounts by the money grammar ({@link AmountScanner}), the currencies of amounts written without one
 * ({@link CurrencyResolver}), what the words around each amount say of it ({@link AmountContext}), and
 * the mention in the original text. Thread-safe after {@link #load}.
 */
public final class MoneyRecognizer {

    private final LanguageFamily zh;
    private final LanguageFamily vi;
    private final CurrencyLocale locale;

    private MoneyRecognizer(Lexicon zh, Lexicon vi, CurrencyLocale locale) {
        this.zh = new LanguageFamily(zh, new NumeralGrammar(zh), new BigDecimal("1e8"));
        this.vi = new LanguageFamily(vi, new NumeralGrammar(vi), new BigDecimal("1e9"));
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
        return new NumberFinder(zh.grammar(), vi.grammar());
    }

    /** The currency a bare 元 stands for in {@code text}, with the evidence for it. */
    public LocalCurrency localCurrency(NormalizedText text, Language lang) {
        return locale.decide(text, lang);
    }

    /** Money mentions in {@code text}, written in {@code lang}, sorted by start. */
    public List<AmountMention> find(NormalizedText text, Language lang) {
        TextView v = TextView.of(text);
        MoneyText d = new MoneyText(v, lang.isChinese() ? zh : vi, locale.decide(v, lang).currency());
        List<AmountMention> out = new ArrayList<>();
        for (ScannedAmount p : CurrencyResolver.resolve(d, AmountScanner.scan(d))) {
            if (p.currency() != null) {
                out.add(mention(d.v.source, p, AmountContext.around(d, p)));
            }
        }
        return out;
    }

    /** Those mentions of {@link #find(NormalizedText, Language)} whose span {@code keep} accepts (an article's body, say). */
    public List<AmountMention> find(NormalizedText text, Language lang, BiPredicate<Integer, Integer> keep) {
        return find(text, lang).stream().filter(m -> keep.test(m.start(), m.end())).toList();
    }

    /** The mention of {@code p}, with offsets into the original of {@code nt}. */
    private static AmountMention mention(NormalizedText nt, ScannedAmount p, AmountContext context) {
        int s = nt.toOriginalStart(p.start());
        int e = nt.toOriginalEnd(p.end());
        String normalized;
        if (p.vague()) {
            normalized = p.currency() + " ~1e" + (p.magnitude().precision() - p.magnitude().scale() - 1) + " (vague)";
        } else if (p.low() != null) {
            normalized = p.currency() + " " + plain(p.low()) + "-" + plain(p.high());
        } else {
            normalized = p.currency() + " " + plain(p.value());
        }
        return new AmountMention(s, e, nt.original().substring(s, e), p.value(), p.low(), p.high(), p.currency(),
                context.qualifier(), context.period(), p.vague(), p.inferred(), normalized);
    }

    private static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }
}
