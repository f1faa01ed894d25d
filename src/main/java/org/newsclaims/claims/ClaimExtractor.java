package org.newsclaims.claims;

import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.Models;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Language;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceSplitter;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;

/**
 * The claims stage: for every money mention in an article's body, its subject, metric, time,
 * hedge and attribution, by the rules of {@code models/claims/} (see its README). Chinese
 * sentences that hold money, and the sentence before each, go through CoreNLP for names, parts
 * of speech and pronouns; Vietnamese is handled by rules alone. Thread-safe.
 */
public final class ClaimExtractor {

    private static final Pattern COUNTED_UNIT = Pattern.compile("[0-9一二两三四五六七八九十]\\s*(\\p{IsHan})\\s*(?:算|要|卖|是|为)?\\s*$");

    private final Rules rules;
    private final MoneyRecognizer money;
    private final ChineseAnnotator annotator;
    private final SentenceSplitter zhSplitter;
    private final SentenceSplitter viSplitter;

    private ClaimExtractor(Rules rules, MoneyRecognizer money, ChineseAnnotator annotator) {
        this.rules = rules;
        this.money = money;
        this.annotator = annotator;
        this.zhSplitter = new SentenceSplitter(ULocale.CHINESE, rules.lang("zh").abbreviations, rules.lang("zh").sentenceBreaks);
        this.viSplitter = new SentenceSplitter(new ULocale("vi"), rules.lang("vi").abbreviations, rules.lang("vi").sentenceBreaks);
    }

    /** Rules from {@code claims/} of {@code models}; amounts found by {@code money}; Chinese text annotated by {@code annotator}. */
    public static ClaimExtractor load(Models models, MoneyRecognizer money, ChineseAnnotator annotator) {
        return new ClaimExtractor(Rules.load(models), money, annotator);
    }

    public List<Claim> extract(Article article) {
        return extract(article, amounts(article));
    }

    /** The amounts of money in the body of {@code article}, with offsets into its text. */
    public List<AmountMention> amounts(Article article) {
        return amounts(article, TextNormalizer.nfkc(article.text()));
    }

    /** The amounts of money in the body of {@code article}, whose text NFKC-normalizes to {@code text}. */
    public List<AmountMention> amounts(Article article, NormalizedText text) {
        return money.find(text, article.language(), article::inBody);
    }

    /** Claims for the {@link #amounts} of {@code article}, found already. */
    public List<Claim> extract(Article article, List<AmountMention> mentions) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        Doc doc = new Doc(new ArticleView(rules, annotator, article, mentions, article.language().isChinese() ? zhSplitter : viSplitter));
        List<Claim> out = new ArrayList<>();
        for (AmountMention m : doc.v.mentions) {
            out.add(doc.claim(m));
        }
        return out;
    }

    /**
     * The year a time expression written in {@code language} names, by the rules of {@code time.tsv}
     * (used to score gold annotations with the same resolver as predictions); null when it names none.
     */
    public Integer yearOf(String time, Language language, LocalDate date) {
        if (time == null || time.isBlank()) {
            return null;
        }
        Rules.Lang l = rules.lang(language.isChinese() ? "zh" : "vi");
        String folded = Fold.fold(time);
        var word = l.times.findAll(folded, 0, folded.length());
        for (Rules.TimeRule r : l.timeRegexes) {
            Matcher m = r.regex().matcher(folded);
            if (m.find() && (word.isEmpty() || m.end() - m.start() > word.get(0).end() - word.get(0).start())) {
                return TimeResolver.resolve(m.group(), r.year(), date);
            }
        }
        return word.isEmpty() ? null : TimeResolver.resolve(word.get(0).word(), word.get(0).value(), date);
    }

    /** Metric, time and hedge of each mention of one article, with its attributions and subjects. */
    private static final class Doc {
        final ArticleView v;
        final Attributions attributions;
        final Subjects subjects;

        Doc(ArticleView v) {
            this.v = v;
            this.attributions = new Attributions(v);
            if ("zh".equals(v.lang)) {
                v.addQuotedPeople(attributions.quotedPeople());
            }
            this.subjects = new Subjects(v, attributions);
            attributions.inherit(subjects);
        }

        Claim claim(AmountMention m) {
            Sentence s = v.sentences.get(v.sentenceOf(m.start()));
            List<ArticleView.Clause> cl = v.clauses(s);
            int ci = v.clauseIndex(cl, m.start());
            String goods = subjects.goodsAfter(s, m);
            Found metric = metric(s, m, cl, ci, goods != null);
            Found time = time(s, m, cl, ci);
            Integer year = resolveYear(time);
            Attribution attribution = attributions.attributionFor(s, m.start());
            boolean hedged = !v.rl.hedges.findAll(v.reading, s.start(), m.end()).isEmpty()
                    || (attribution.cue() != null && !v.rl.hedges.findAll(Fold.fold(attribution.cue()), 0, attribution.cue().length()).isEmpty());
            String subject = subjects.subject(s, m, cl, ci, metric, attribution, hedged, goods);

            return new Claim(v.article.docId() + ":" + m.start() + "-" + m.end(), v.article.docId(), m,
                    s.text(), s.start(), s.end(), subject, metric == null ? Metric.OTHER : Metric.fromTag(metric.value()),
                    time == null ? null : v.text.substring(time.start(), time.end()), year, hedged, attribution);
        }

        // metric: a unit price (每股 + amount, 329元的遥控塔扇), else the nearest metric word before the amount in its
        // clause, else a unit after it (元/吨), else a word shortly after it, else the last one of an
        // earlier clause (not across a colon)
        private Found metric(Sentence s, AmountMention m, List<ArticleView.Clause> cl, int ci, boolean pricesGoods) {
            ArticleView.Clause c = cl.get(ci);
            if (unitPrice(c.start(), m.start()) || countedUnitBefore(c.start(), m.start()) || pricesGoods) {
                return new Found(m.start(), m.start(), "price");
            }
            Found summed = sumOf(s, c, m);
            if (summed != null) {
                return summed;
            }
            Found before = lastMetric(c.start(), m.start());
            if (before != null) {
                return before;
            }
            if (perUnitAfter(m.end(), c.end())
                    || "vi".equals(v.lang) && VietnameseSubjects.productBefore(v, s, m, false) != null) {
                return new Found(m.start(), m.start(), "price");
            }
            int window = "zh".equals(v.lang) ? 8 : 24;
            for (var w : v.rl.metrics.findAll(v.reading, m.end(), Math.min(c.end(), m.end() + window))) {
                if (!"-".equals(w.value()) && !v.inMention(w.start(), w.end())) {
                    return new Found(w.start(), w.end(), w.value());
                }
            }
            for (int j = ci - 1; j >= 0 && !cl.get(j + 1).afterColon(); j--) {
                Found f = lastMetric(cl.get(j).start(), cl.get(j).end());
                if (f != null) {
                    return f;
                }
            }
            return null;
        }

        /**
         * A total of amounts its clause adds up (每月收入僅約1萬3000元，加上母親老津3500元…共2萬1200元): the metric of
         * what the adding starts from, the last metric word before the {@code adds} word; null where the
         * amount is no total or its clause adds nothing.
         */
        private Found sumOf(Sentence s, ArticleView.Clause c, AmountMention m) {
            if (!"zh".equals(v.lang) || v.rl.words("total").findAll(v.reading, Math.max(c.start(), m.start() - 3), m.start()).isEmpty()) {
                return null;
            }
            var adds = v.rl.words("adds").findAll(v.reading, c.start(), m.start());
            return adds.isEmpty() ? null : lastMetric(s.start(), adds.get(adds.size() - 1).start());
        }

        private Found lastMetric(int from, int to) {
            Found last = null;
            for (var w : v.rl.metrics.findAll(v.reading, from, to)) {
                if (!"-".equals(w.value()) && !v.inMention(w.start(), w.end())) {
                    last = new Found(w.start(), w.end(), w.value());
                }
            }
            return last;
        }

        private boolean unitPrice(int clauseStart, int amountStart) {
            String each = "zh".equals(v.lang) ? "每" : "mỗi";
            int from = Math.max(clauseStart, amountStart - 12);
            int at = v.reading.lastIndexOf(each, amountStart);
            if (at < from) {
                return false;
            }
            var word = v.rl.metrics.longestAt(v.reading, at, amountStart);
            if (word != null && !"-".equals(word.value())) {
                return false; // 每股收益 is a profit, not a price per share
            }
            for (var u : v.rl.words("price-unit").findAll(v.reading, at + each.length(), amountStart)) {
                if (u.value()) {
                    return true;
                }
            }
            return false;
        }

        /** 1尾10元, 一张算2角: a count of a measure word right before the amount, which is then the price of one. */
        private boolean countedUnitBefore(int clauseStart, int amountStart) {
            if (!"zh".equals(v.lang)) {
                return false;
            }
            Matcher counted = COUNTED_UNIT.matcher(v.reading).region(Math.max(clauseStart, amountStart - 8), amountStart);
            return counted.find() && v.rl.words("measure-word").get(counted.group(1)) != null;
        }

        /** A unit written after the amount ({@code 元/吨}, {@code đồng/lượng}): a price per unit, unless the unit is a period. */
        private boolean perUnitAfter(int amountEnd, int clauseEnd) {
            int i = amountEnd;
            while (i < clauseEnd && v.reading.charAt(i) == ' ') {
                i++;
            }
            if (i >= clauseEnd || v.reading.charAt(i) != '/' && v.reading.charAt(i) != '每') {
                return false;
            }
            i++;
            while (i < clauseEnd && v.reading.charAt(i) == ' ') {
                i++;
            }
            if (i >= clauseEnd || v.rl.words("not-price-unit").longestAt(v.reading, i, clauseEnd) != null) {
                return false;
            }
            return Character.isLetter(v.reading.codePointAt(i)) || v.rl.words("price-unit").longestAt(v.reading, i, clauseEnd) != null;
        }

        // time: the nearest expression before the amount in its clause, else after it in its clause,
        // else the nearest in an earlier clause of the sentence that is not an own-clause-time (上年同期)
        // and does not date a founding
        // (成立于2014年10月，注册资本1亿元: the capital is not of 2014) unless the amount's own clause
        // speaks of the founding too (成立规模2880万元)
        private Found time(Sentence s, AmountMention m, List<ArticleView.Clause> cl, int ci) {
            List<Found> all = times(s);
            ArticleView.Clause c = cl.get(ci);
            Found best = null;
            for (Found f : all) {
                if (f.start() >= c.start() && f.end() <= m.start()) {
                    best = f;
                }
            }
            if (best != null) {
                return best;
            }
            for (Found f : all) {
                if (f.start() >= m.end() && f.end() <= c.end()) {
                    return f;
                }
            }
            boolean amountAtFounding = speaksOfFounding(c);
            for (Found f : all) {
                if (f.end() <= c.start() && v.rl.words("own-clause-time").get(v.reading.substring(f.start(), f.end())) == null
                        && (amountAtFounding || !speaksOfFounding(cl.get(v.clauseIndex(cl, f.start()))))) {
                    best = f;
                }
            }
            return best;
        }

        private boolean speaksOfFounding(ArticleView.Clause c) {
            return !v.rl.words("founding").findAll(v.reading, c.start(), c.end()).isEmpty();
        }

        /** Time expressions of a sentence, value the year rule of time.tsv; matches that overlap an amount are not times. */
        private List<Found> times(Sentence s) {
            List<Found> out = new ArrayList<>();
            for (var w : v.rl.times.findAll(v.reading, s.start(), s.end())) {
                out.add(new Found(w.start(), w.end(), w.value()));
            }
            for (Rules.TimeRule r : v.rl.timeRegexes) {
                Matcher mt = r.regex().matcher(v.reading).region(s.start(), s.end());
                while (mt.find()) {
                    int st = mt.start();
                    while (st < mt.end() && Character.isWhitespace(v.reading.charAt(st))) {
                        st++;
                    }
                    if (mt.end() > st) {
                        out.add(new Found(st, mt.end(), r.year()));
                    }
                }
            }
            out.removeIf(f -> v.inMention(f.start(), f.end()));
            out.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
            List<Found> kept = new ArrayList<>();
            int end = -1;
            for (Found f : out) {
                if (f.start() >= end) {
                    kept.add(f);
                    end = f.end();
                }
            }
            return kept;
        }

        private Integer resolveYear(Found time) {
            if (time == null) {
                return null;
            }
            return TimeResolver.resolve(v.reading.substring(time.start(), time.end()), time.value(), v.article.date());
        }
    }
}
