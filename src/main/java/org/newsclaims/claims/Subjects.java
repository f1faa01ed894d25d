package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.money.AmountMention;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * Who an amount is about: names (CoreNLP, gazetteer, Vietnamese capitalised runs) and common-noun
 * subjects (大型科技公司, các công ty công nghệ lớn), sources and receivers left out, pronouns resolved
 * to the subject of the clause before or the nearest name.
 */
final class Subjects {

    /** A possible subject: a name, a noun phrase or a pronoun. */
    record Candidate(int start, int end, String text, boolean pronoun, boolean name) {
    }

    private static final Set<String> MODIFIER_TAGS = Set.of("NN", "NR", "JJ", "DT", "CD", "OD", "M");

    private final ArticleView v;
    private final Attributions attributions;

    Subjects(ArticleView v, Attributions attributions) {
        this.v = v;
        this.attributions = attributions;
    }

    // subject: the name a 分别 list gives this amount, else a name or noun phrase right before the
    // metric word (美国债务, chi phí của OpenAI), else the first subject candidate of the amount's
    // clause, else of the clauses before it, else the first one after the amount. In Chinese, with
    // none before the amount, a speaker who is a person or an organization speaks about itself, and a
    // plain statement whose sentence names no one before the amount is about the topic of the
    // sentences before it. Vietnamese (VietnameseSubjects): first the product of a price, then what
    // a bracketed amount follows, then what an amount is set "đối với" where its clause names no
    // one before it; no name of a place; the part after a conjunction before the whole
    // clause; a clause without candidates gives the noun phrase that opens it; clauses are read back
    // across a colon ("X niêm yết ở mức: …"); last, the product priced in the sentence before.
    // Before all of these: the goods the amount prices where they follow it ({@link #goodsAfter}), or a household living on it
    String subject(Sentence s, AmountMention m, List<ArticleView.Clause> cl, int ci, Found metric, Attribution attribution,
                   boolean hedged, String goods) {
        boolean vi = "vi".equals(v.lang);
        boolean price = metric != null && "price".equals(metric.value());
        if (vi && price) {
            String product = VietnameseSubjects.productBefore(v, s, m, true);
            if (product == null) {
                product = VietnameseSubjects.pricedProduct(v, s, m);
            }
            if (product == null) {
                product = VietnameseSubjects.productBefore(v, s, m, false);
            }
            if (product != null) {
                return product;
            }
        }
        String household = vi ? null : householdAfter(s, m);
        if (household != null) {
            return household;
        }
        if (goods != null) {
            return goods;
        }
        if (!vi && price) {
            String thing = pricedThing(s, m, cl, ci);
            if (thing != null) {
                return thing;
            }
        }
        List<Candidate> cands = candidates(s);
        if (vi) {
            cands.removeIf(c -> c.name() && VietnameseSubjects.isPlace(v, s, c.start()));
            String bracketed = VietnameseSubjects.bracketed(v, s, m, cands);
            if (bracketed != null) {
                return bracketed;
            }
            ArticleView.Clause own = cl.get(ci);
            String forWhom = cands.stream().anyMatch(c -> c.start() >= own.start() && c.start() < m.start())
                    ? null : VietnameseSubjects.forWhom(v, s, m);
            if (forWhom != null) {
                return forWhom;
            }
        }
        if (!vi && givenByOrganization(s, m, cands)) {
            return null;
        }
        String found = respectively(s, m, cands);
        if (found == null) {
            found = before(s, m, cl, ci, metric, cands, attribution);
        }
        // an analyst's price forecast is not about the analyst
        if (found == null && !vi && !price && Attributions.speaksForItself(attribution, v.rl)) {
            return attribution.source();
        }
        if (found == null) {
            found = after(m, cands);
        }
        if (vi && price && (found == null || trades(found))) {
            boolean trader = found != null;
            String product = trader ? VietnameseSubjects.tradedBetween(v, s.start(), m.start()) : null;
            if (product == null) {
                product = VietnameseSubjects.productPricedBefore(v, s);
            }
            if (product == null && trader) {
                product = VietnameseSubjects.tradedBefore(v, s);
            }
            return product != null || found == null ? product : found;
        }
        if (found == null && !vi && !hedged && cands.stream().noneMatch(c -> c.start() < m.start())
                && !opensInAuthorsVoice(s) && !isHeading(s)) {
            return topicBefore(s);
        }
        if (found == null && !vi && isHeading(s)) {
            return headingTopic(s, cl, ci);
        }
        if (found != null && !vi && isHeading(s) && v.rl.words("kin").get(Fold.fold(found)) != null) {
            String named = kinNamedAfter(Fold.fold(found), s.end());
            return named != null ? named : found;
        }
        return found;
    }

    /**
     * Chinese drops a subject that the text has just named (小诸葛金服是…。成立于2015年，注册资本1亿元):
     * the first name of the nearest of the two sentences before that names one, else the organization
     * named or speaking last (友邦吊顶发布…报告：… 本报告期营业收入…).
     */
    private String topicBefore(Sentence s) {
        String named = firstNameBefore(s.index(), (i, n) -> !"place".equals(n.type()) && !attributions.inSource(i, n));
        return named != null ? named : attributions.organizationBefore(s.index(), s.start());
    }

    /** The first name that {@code keep} accepts in the nearest of the two sentences before {@code sentence} that has one. */
    private String firstNameBefore(int sentence, BiPredicate<Integer, ArticleView.Name> keep) {
        return nameBefore(sentence, keep, false);
    }

    /** The first name, or the {@code last}, that {@code keep} accepts in the nearest of the two sentences before {@code sentence} that has one. */
    private String nameBefore(int sentence, BiPredicate<Integer, ArticleView.Name> keep, boolean last) {
        for (int i = sentence - 1; i >= 0 && i >= sentence - 2; i--) {
            String found = null;
            for (ArticleView.Name n : v.names.get(i)) {
                if (keep.test(i, n)) {
                    found = n.text();
                    if (!last) {
                        break;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final Pattern HEAD_COUNT = Pattern.compile("\\s*([0-9０-９一二三四五六七八九十兩两]+)(\\p{IsHan})(?=\\p{IsHan})");

    /** A household counted right after the amount lives on it (僅剩約1萬元7口生活 → 7口). */
    private String householdAfter(Sentence s, AmountMention m) {
        Matcher h = HEAD_COUNT.matcher(v.reading).region(m.end(), s.end());
        return h.lookingAt() && v.rl.words("household").get(h.group(2)) != null ? v.text.substring(h.start(1), h.end()) : null;
    }

    /**
     * Goods an amount is the price of, named right after it and 的 and ending the phrase (投资9000元送329元的
     * 遥控塔扇，; 价格为6688元的iPhone8手机): null where the nouns hold a metric word (33亿元的净利润), end in
     * an {@code amount-noun} or hold a {@code not-goods} word (100万元的标的, 6.6万亿美元的市场).
     */
    String goodsAfter(Sentence s, AmountMention m) {
        List<Token> toks = v.tokens.get(s.index());
        if (toks == null) {
            return null;
        }
        int i = 0;
        while (i < toks.size() && toks.get(i).start() < m.end()) {
            i++;
        }
        if (i + 1 >= toks.size() || toks.get(i).start() != m.end() || !"的".equals(toks.get(i).word())) {
            return null;
        }
        int first = i + 1;
        int end = first;
        while (end < toks.size() && (toks.get(end).isNoun() || "JJ".equals(toks.get(end).pos()))
                && toks.get(end).start() == toks.get(end - 1).end()) {
            end++;
        }
        if (end == first || !toks.get(end - 1).isNoun() || end < toks.size() && !"PU".equals(toks.get(end).pos()) && !"等".equals(toks.get(end).word())) {
            return null;
        }
        int from = toks.get(first).start();
        int to = toks.get(end - 1).end();
        if (!v.rl.metrics.findAll(v.reading, from, to).isEmpty() || !v.rl.words("not-goods").findAll(v.reading, from, to).isEmpty()
                || ArticleView.endsWithAny(Fold.fold(toks.get(end - 1).word()), v.rl.words("amount-noun"))) {
            return null;
        }
        return v.text.substring(from, to);
    }

    /**
     * What a Chinese price is the price of: the nouns right before the nearest price word of the
     * amount's clause, else the nouns that open that clause where only a verb comes between them and
     * the amount (锂电材料报价大涨，电解钴涨2000元/吨 → 电解钴), else the nouns before the nearest price
     * word of the clauses before (硅料价格将经历…，全年价格中枢在18-20万元/吨 → 硅料), else the goods the clause
     * before handles ({@link #goodsOfClauseBefore}: 魚都挑收市時去買，1尾10元).
     */
    private String pricedThing(Sentence s, AmountMention m, List<ArticleView.Clause> cl, int ci) {
        List<Token> toks = v.tokens.get(s.index());
        if (toks == null) {
            return null;
        }
        ArticleView.Clause clause = cl.get(ci);
        String own = nounsBeforePriceWord(toks, clause.start(), m.start());
        if (own != null) {
            return own;
        }
        String opening = clauseOpeningNouns(toks, m, clause, 1);
        if (opening != null) {
            return opening;
        }
        String earlier = nounsBeforePriceWord(toks, s.start(), clause.start());
        return earlier != null || ci == 0 ? earlier : goodsOfClauseBefore(s, toks, cl.get(ci - 1));
    }

    /**
     * The goods a clause handles, for a price in the clause after it that names none: the object of
     * 把 (老闆會把取下的紙套袋送來…，一張算2角 → 紙套袋), else the common nouns that open it (魚都挑收市時去買，1尾10元
     * → 魚, 那3個木臼是他病前製作，完工後可賣1萬多元 → 木臼); not where the clause holds a name, not a person, a kinship
     * word, a noun phrase head or a report (硅业分会消息).
     */
    private String goodsOfClauseBefore(Sentence s, List<Token> toks, ArticleView.Clause clause) {
        if (v.names.get(s.index()).stream().anyMatch(n -> n.start() >= clause.start() && n.start() < clause.end())) {
            return null;
        }
        int first = 0;
        while (first < toks.size() && toks.get(first).start() < clause.start()) {
            first++;
        }
        int opening = first;
        for (int i = first; i < toks.size() && toks.get(i).end() <= clause.end(); i++) {
            if ("BA".equals(toks.get(i).pos())) {
                first = i + 1;
                while (first < toks.size() && toks.get(first).end() <= clause.end() && !toks.get(first).isNoun()) {
                    first++;
                }
                break;
            }
        }
        while (first == opening && first < toks.size() && Set.of("DT", "CD", "M").contains(toks.get(first).pos())) {
            opening = ++first;
        }
        int[] run = first < toks.size() ? openingNounRun(toks, toks.get(first).start(), clause.end()) : null;
        if (run == null || attributions.inCue(s, toks.get(run[0]).start())) {
            return null;
        }
        for (int i = run[0]; i < run[1]; i++) {
            String w = Fold.fold(toks.get(i).word());
            if (!"NN".equals(toks.get(i).pos()) || !"O".equals(toks.get(i).ner()) || v.rl.words("kin").get(w) != null
                    || ArticleView.endsWithAny(w, v.rl.words("np-head"))) {
                return null;
            }
        }
        String last = Fold.fold(toks.get(run[1] - 1).word());
        boolean namesAReport = v.rl.sourceTypes.findAll(last, 0, last.length()).stream()
                .anyMatch(t -> t.end() == last.length() && ("data".equals(t.value()) || "report".equals(t.value())));
        return namesAReport ? null : v.text.substring(toks.get(run[0]).start(), toks.get(run[1] - 1).end());
    }

    private String nounsBeforePriceWord(List<Token> toks, int from, int to) {
        var words = v.rl.metrics.findAll(v.reading, from, to);
        for (int k = words.size() - 1; k >= 0; k--) {
            var w = words.get(k);
            if ("price".equals(w.value())) {
                String nouns = nounsEndingAt(toks, w.start());
                if (nouns != null) {
                    return nouns;
                }
            }
        }
        return null;
    }

    /**
     * The nouns that open {@code clause} where between them and the amount come only
     * {@code minVerbs} to two verbs, adverbs, prepositions or times (懒钱包100元起投, 电解钴涨2000元/吨,
     * 女兒月賺萬元).
     */
    private String clauseOpeningNouns(List<Token> toks, AmountMention m, ArticleView.Clause clause, int minVerbs) {
        int[] run = openingNounRun(toks, clause.start(), m.start());
        if (run == null) {
            return null;
        }
        int verbs = 0;
        for (int j = run[1]; j < toks.size() && toks.get(j).end() <= m.start(); j++) {
            Token t = toks.get(j);
            verbs += "VV".equals(t.pos()) || "AD".equals(t.pos()) || "P".equals(t.pos()) || isTime(t) ? 1 : 99;
        }
        return verbs >= minVerbs && verbs <= 2 ? v.text.substring(toks.get(run[0]).start(), toks.get(run[1] - 1).end()) : null;
    }

    /**
     * Token indexes {@code [first, end)} of the nouns (and adjectives before a noun) that open a
     * clause at {@code clauseStart}, before {@code limit}; null where it opens otherwise, or they
     * hold a metric word or a {@code not-subject} word (其中, 同比), or end in an {@code amount-noun}
     * (涉案金额, 外汇储备余额).
     */
    private int[] openingNounRun(List<Token> toks, int clauseStart, int limit) {
        int i = 0;
        while (i < toks.size() && toks.get(i).start() < clauseStart) {
            i++;
        }
        int first = i;
        while (i < toks.size() && (toks.get(i).isNoun() || "JJ".equals(toks.get(i).pos())) && !isTime(toks.get(i))
                && toks.get(i).end() <= limit
                && (i == first ? toks.get(i).start() == clauseStart : toks.get(i).start() == toks.get(i - 1).end())) {
            i++;
        }
        if (i == first || !toks.get(i - 1).isNoun()) {
            return null;
        }
        int nounsStart = toks.get(first).start();
        int nounsEnd = toks.get(i - 1).end();
        if (!Character.isLetter(v.text.codePointAt(nounsStart)) || !v.rl.metrics.findAll(v.reading, nounsStart, nounsEnd).isEmpty()
                || !v.rl.words("not-subject").findAll(v.reading, nounsStart, nounsEnd).isEmpty()
                || ArticleView.endsWithAny(Fold.fold(toks.get(i - 1).word()), v.rl.words("amount-noun"))) {
            return null;
        }
        return new int[] {first, i};
    }

    private boolean isTime(Token t) {
        return "NT".equals(t.pos()) || v.rl.times.get(t.word()) != null || v.rl.words("per-period").get(t.word()) != null;
    }

    /**
     * The contiguous nouns that end where {@code end} is, as written, less the {@code price-modifier}
     * words at their end; null where no noun ends there.
     */
    private String nounsEndingAt(List<Token> toks, int end) {
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).end() == end) {
                last = i;
            }
        }
        Lexicon<Boolean> modifiers = v.rl.words("price-modifier");
        while (last >= 0 && modifiers.get(toks.get(last).word()) != null
                && (last == 0 || toks.get(last - 1).end() == toks.get(last).start())) {
            end = toks.get(last).start();
            last--;
        }
        int i = last;
        while (i >= 0 && toks.get(i).isNoun() && (i == last || toks.get(i).end() == toks.get(i + 1).start())
                && v.rl.times.get(toks.get(i).word()) == null) {
            i--;
        }
        return i == last ? null : v.text.substring(toks.get(i + 1).start(), end);
    }

    /**
     * A heading is about what it opens with (春节档影片开启预售，总票房有望达85亿; 中信建投：硅料产能缺口继续放大
     * 预计…均价在18-20万元/吨): the nouns that open its first clause, or the first after a source and
     * a colon, where a verb follows them.
     */
    private String headingTopic(Sentence s, List<ArticleView.Clause> cl, int ci) {
        List<Token> toks = v.tokens.get(s.index());
        if (toks == null) {
            return null;
        }
        int first = cl.size() > 1 && cl.get(1).afterColon() && ci >= 1 ? 1 : 0;
        ArticleView.Clause c = cl.get(first);
        int[] run = openingNounRun(toks, c.start(), c.end());
        if (run == null || run[1] >= toks.size() || !"VV".equals(toks.get(run[1]).pos())) {
            return null;
        }
        return v.text.substring(toks.get(run[0]).start(), toks.get(run[1] - 1).end());
    }

    /** A line of its own without a full stop: a title or a sub-heading, which continues no sentence. */
    private boolean isHeading(Sentence s) {
        return v.opensParagraph(s) && v.closesParagraph(s) && "。！？!?.".indexOf(v.text.charAt(s.end() - 1)) < 0;
    }

    private boolean opensInAuthorsVoice(Sentence s) {
        var breaker = v.rl.words("breaker").longestAt(v.reading, s.start(), Math.min(s.end(), s.start() + 12));
        return breaker != null && breaker.start() == s.start();
    }

    private String before(Sentence s, AmountMention m, List<ArticleView.Clause> cl, int ci, Found metric,
                           List<Candidate> cands, Attribution attribution) {
        if (metric != null && metric.end() > metric.start()) {
            for (Candidate c : cands) {
                if (!c.pronoun() && attached(c, metric)) {
                    return c.text();
                }
            }
        }
        List<Token> toks = v.tokens.get(s.index());
        String kinOwner = toks == null ? null : kinOwning(s, toks, cl.get(ci).start(), m.start());
        if (kinOwner != null) {
            return kinOwner;
        }
        if ("vi".equals(v.lang)) {
            String owner = VietnameseSubjects.possessor(v, cl.get(ci).start(), m);
            if (owner != null) {
                return owner;
            }
            String inLastPart = VietnameseSubjects.afterConjunction(v, cl.get(ci).start(), m.start(), cands);
            if (inLastPart != null) {
                return inLastPart;
            }
        }
        for (int j = ci; j >= 0; j--) {
            ArticleView.Clause c = cl.get(j);
            int limit = j == ci ? m.start() : c.end();
            for (Candidate cand : cands) {
                if (cand.start() >= c.start() && cand.start() < limit && !givesBefore(s, cand, m.start())) {
                    if (cand.pronoun()) {
                        return resolvePronoun(s, cl, j, cands, cand, attribution);
                    }
                    Candidate named = j < ci && isCommonNoun(cand) ? firstOrganization(s, cands, c.start()) : null;
                    return named != null ? named.text() : cand.text();
                }
            }
            int[] opening = "vi".equals(v.lang) ? VietnameseSubjects.clauseSubject(v, c.start(), limit) : null;
            if (opening != null && !attributions.inCue(s, opening[0]) && !asks(opening[0], opening[1])
                    && !VietnameseSubjects.isPlace(v, s, opening[0])) {
                var word = v.rl.words("refers-back").longestAt(v.reading, opening[0], opening[1]);
                var measure = v.rl.words("market-measure").longestAt(v.reading, opening[0], opening[1]);
                boolean measures = measure != null && measure.end() == opening[1];
                String org = word != null && word.end() == opening[1] || measures ? organizationNamedBefore(s.index(), measures) : null;
                return org != null ? org : v.text.substring(opening[0], opening[1]);
            }
            String nouns = j == ci && toks != null ? clauseOpeningNouns(toks, m, c, 0) : null;
            if (nouns != null) {
                return nouns;
            }
            String kin = j == ci && toks != null ? kinActing(s, toks, c.start(), m.start()) : null;
            if (kin != null) {
                return kin;
            }
            if (c.afterColon() && !"vi".equals(v.lang)) {
                break;
            }
        }
        return null;
    }

    /**
     * The last one the sentence names before the amount is an organization that gives it (陽光基金會自7月起，
     * 每月補助約5千元營養品): the allowance is a recipient's the sentence does not name.
     */
    private boolean givenByOrganization(Sentence s, AmountMention m, List<Candidate> cands) {
        Candidate last = null;
        for (Candidate c : cands) {
            if (c.end() <= m.start()) {
                last = c;
            }
        }
        return last != null && givesBefore(s, last, m.start());
    }

    /**
     * Whether an organization gives the amount: a {@code gives} verb follows its name before the amount
     * with only adverbs, times and punctuation between (慈濟每月有資助1萬元; not 慈濟、低收補助, where 補助 is a noun).
     */
    private boolean givesBefore(Sentence s, Candidate c, int amount) {
        List<Token> toks = v.tokens.get(s.index());
        if (toks == null || v.names.get(s.index()).stream().noneMatch(n -> n.start() == c.start() && "organization".equals(n.type()))) {
            return false;
        }
        var gives = v.rl.words("gives").findAll(v.reading, c.end(), amount);
        if (gives.isEmpty()) {
            return false;
        }
        for (Token t : toks) {
            if (t.start() >= c.end() && t.end() <= gives.get(0).start() && Set.of("NN", "NR", "VV", "VA", "VC").contains(t.pos()) && !isTime(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Chinese noun phrase that names a kind (以理财平台自居), not a place's own (我国预制菜市场): in a clause
     * before the amount's, it gives way to an organization named before it (唐小僧的…，都是以理财平台自居，…5万元活期…).
     */
    private boolean isCommonNoun(Candidate c) {
        return !c.name() && !"vi".equals(v.lang) && v.rl.words("own-place").findAll(v.reading, c.start(), c.end()).isEmpty();
    }

    /** The first of {@code cands} in sentence {@code s} before {@code to} that names an organization, or null. */
    private Candidate firstOrganization(Sentence s, List<Candidate> cands, int to) {
        for (Candidate c : cands) {
            if (c.name() && c.start() < to && v.names.get(s.index()).stream()
                    .anyMatch(n -> n.start() == c.start() && "organization".equals(n.type()))) {
                return c;
            }
        }
        return null;
    }

    /**
     * What a Vietnamese "Công ty" opening a sentence stands for: the first name, not a place, of the nearest
     * of the two sentences before that has one (Karex có trụ sở chính tại Port Klang. Công ty đã…); whose
     * trading a "Thanh khoản" opening one measures ({@code measures}): the last such name there, what the
     * report quoted just before (…, chỉ số VN-Index giảm 0,53 điểm. … Thanh khoản đạt …).
     */
    private String organizationNamedBefore(int sentence, boolean measures) {
        return nameBefore(sentence, (i, n) -> !"place".equals(n.type()) && !"person".equals(n.type())
                && !VietnameseSubjects.isPlace(v, v.sentences.get(i), n.start()), measures);
    }

    /** Nothing before the amount: the first name or noun phrase after it (自打投资100亿后，微软股价…). */
    private static String after(AmountMention m, List<Candidate> cands) {
        for (Candidate cand : cands) {
            if (cand.start() >= m.end() && !cand.pronoun()) {
                return cand.text();
            }
        }
        return null;
    }

    /**
     * A noun phrase that is wholly a {@code refers-back} word and stands alone (公司向千种幻影授权, not
     * 初创公司 cut by the segmenter), opens with a determiner (3月该平台完成…融资), follows a time
     * (2019年公司实现营业收入) or owns a metric (减少公司净利润) as the organization named last before it,
     * where there is one.
     */
    private Candidate resolveReference(Sentence s, Candidate np) {
        var m = v.rl.words("refers-back").longestAt(v.reading, np.start(), np.end());
        boolean standalone = np.start() == s.start() || !Character.isIdeographic(v.reading.charAt(np.start() - 1))
                || "而但且则并和与及".indexOf(v.reading.charAt(np.start() - 1)) >= 0
                || m != null && "该該本这這此上".indexOf(v.reading.charAt(m.start())) >= 0 || afterTime(s, np.start())
                || ownsMetric(np.end(), s.end());
        if (m == null || m.end() != np.end() || !standalone) {
            return np;
        }
        String org = attributions.organizationBefore(s.index(), np.start());
        return org == null ? np : new Candidate(np.start(), np.end(), org, false, false);
    }

    /** Whether a metric word starts at {@code at} (将减少公司净利润4.88亿元). */
    private boolean ownsMetric(int at, int limit) {
        var metric = v.rl.metrics.longestAt(v.reading, at, Math.min(limit, at + 8));
        return metric != null && metric.start() == at && !"-".equals(metric.value());
    }

    /** Whether the word that ends at {@code at} is a time (2019年公司实现营业收入). */
    private boolean afterTime(Sentence s, int at) {
        List<Token> toks = v.tokens.get(s.index());
        if (toks != null) {
            for (Token t : toks) {
                if (t.end() == at) {
                    return isTime(t);
                }
            }
        }
        return false;
    }

    /**
     * 戴云虎、陆晓英、宋志栋…分别应补偿3.08亿元、2.53亿元和1375.62万元: the k-th amount after a
     * {@code respectively} word goes to the k-th item of the last list of two or more before it
     * that opens with a candidate (an item the segmenter did not read as a name is taken as written).
     */
    private String respectively(Sentence s, AmountMention m, List<Candidate> cands) {
        var words = v.rl.words("respectively").findAll(v.reading, s.start(), m.start());
        if (words.isEmpty()) {
            return null;
        }
        int at = words.get(words.size() - 1).start();
        int k = 0;
        for (AmountMention other : v.mentions) {
            if (other.start() >= at && other.start() < m.start()) {
                k++;
            }
        }
        List<String> last = List.of();
        for (Candidate c : cands) {
            if (c.pronoun() || c.end() > at) {
                continue;
            }
            List<String> items = listFrom(c, cands, at);
            if (items.size() >= 2) {
                last = items;
            }
        }
        return k < last.size() ? last.get(k) : null;
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(、|和|与|及|以及)\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("[\\p{IsHan}\\p{L}\\p{Nd}]{1,8}(?=\\s*(、|和|与|及|以及))");

    private List<String> listFrom(Candidate first, List<Candidate> cands, int limit) {
        List<String> items = new ArrayList<>(List.of(first.text()));
        int p = first.end();
        while (p < limit) {
            Matcher sep = LIST_SEPARATOR.matcher(v.reading).region(p, limit);
            if (!sep.lookingAt()) {
                break;
            }
            int q = sep.end();
            Candidate next = cands.stream().filter(c -> c.start() == q && !c.pronoun()).findFirst().orElse(null);
            if (next != null) {
                items.add(next.text());
                p = next.end();
                continue;
            }
            Matcher item = LIST_ITEM.matcher(v.reading).region(q, limit);
            if (!item.lookingAt()) {
                break;
            }
            items.add(v.text.substring(q, item.end()));
            p = item.end();
        }
        return items;
    }

    private boolean attached(Candidate c, Found metric) {
        if ("zh".equals(v.lang)) {
            String gap = v.reading.substring(Math.min(c.end(), metric.start()), metric.start());
            return c.end() <= metric.start() && gap.matches("\\s*(的|之)?\\s*");
        }
        if (c.start() < metric.end()) {
            return false;
        }
        String between = v.reading.substring(metric.end(), c.start());
        return between.matches("(\\s+\\p{L}+){0,5}\\s+của\\s+") && !between.matches(".*[,.;:].*");
    }

    // a first-person pronoun is the speaker, and so is 他 or 她 in what a person says (阿琴說，…她幫弟弟帶孩子，賺約1萬6000元);
    // another takes the subject of an earlier clause, else a speaking person, else the nearest name before;
    // 他 passes over a woman, 她 over a man
    private String resolvePronoun(Sentence s, List<ArticleView.Clause> cl, int clause, List<Candidate> cands, Candidate pronoun,
                                  Attribution attribution) {
        boolean speaker = Attributions.speaksForItself(attribution, v.rl);
        if (speaker && v.rl.words("first-person").get(Fold.fold(pronoun.text())) != null) {
            return attribution.source();
        }
        Lexicon<Boolean> otherSex = switch (pronoun.text()) {
            case "他" -> v.rl.words("female");
            case "她" -> v.rl.words("male");
            default -> null;
        };
        if (otherSex != null && speaker && "person".equals(attribution.sourceType()) && !markedName(attribution.source(), otherSex)) {
            return attribution.source();
        }
        for (int j = clause - 1; j >= 0; j--) {
            ArticleView.Clause c = cl.get(j);
            for (Candidate cand : cands) {
                if (cand.start() >= c.start() && cand.start() < c.end() && !cand.pronoun() && !marked(cand.start(), cand.end(), otherSex)) {
                    return cand.text();
                }
            }
        }
        if (speaker && "person".equals(attribution.sourceType())) {
            return attribution.source();
        }
        ArticleView.Name n = attributions.nearestBefore(s.index(), pronoun.start(), null, 1, named -> !marked(named.start(), named.end(), otherSex));
        return n == null ? null : n.text();
    }

    /** Whether a name opens or ends with one of {@code words} (妻阿娜, 阿月婆). */
    private static boolean markedName(String name, Lexicon<Boolean> words) {
        String folded = Fold.fold(name);
        var opening = words.longestAt(folded, 0, folded.length());
        return opening != null && opening.end() < folded.length() || ArticleView.endsWithAny(folded, words);
    }

    /** Whether the person named in {@code [start, end)} is marked by one of {@code words}, in the name or right before it (太太阿青). */
    private boolean marked(int start, int end, Lexicon<Boolean> words) {
        return words != null && (markedName(v.reading.substring(start, end), words)
                || ArticleView.endsWithAny(v.reading.substring(Math.max(0, start - 3), start), words));
    }

    /** Subject candidates of a sentence in order: names (not sources, not receivers), noun phrases, pronouns. */
    List<Candidate> candidates(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (ArticleView.Name n : v.names.get(s.index())) {
            if ((!attributions.inSource(s.index(), n) || attributions.disclosesItself(s.index(), n)) && !afterRecipient(n.start())
                    && !isLocation(n)) {
                out.add(new Candidate(n.start(), n.end(), n.text(), false, true));
            }
        }
        for (var place : v.rl.words("own-place").findAll(v.reading, s.start(), s.end())) {
            if (!attributions.inCue(s, place.start()) && !overlapsCandidate(out, place.start(), place.end())) {
                out.add(new Candidate(place.start(), place.end(), v.text.substring(place.start(), place.end()), false, false));
            }
        }
        List<Token> toks = v.tokens.get(s.index());
        if (toks != null) {
            addChineseNounPhrases(toks, out, s);
        } else {
            addVietnameseNounPhrases(s, out);
        }
        // an amount is not what an amount is about (nhiều tỉ đồng), nor a noun for one (các khoản, số tiền),
        // nor a question (cửa hàng nào)
        out.removeIf(c -> !c.name() && (v.inMention(c.start(), c.end()) || namesAnAmount(c) || asks(c.start(), c.end())));
        // apposition: a noun phrase right before a name is its title (晶元公司英伟达)
        out.removeIf(np -> !np.name() && !np.pronoun() && out.stream()
                .anyMatch(n -> n.name() && n.start() >= np.end() && v.text.substring(np.end(), n.start()).isBlank()));
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** Whether a Vietnamese subject is one who sells or buys (một cửa hàng khác, nhiều nơi): a price is about what they trade. */
    private boolean trades(String subject) {
        String folded = Fold.fold(subject);
        return !v.rl.words("trader").findAll(folded, 0, folded.length()).isEmpty();
    }

    /** Whether the phrase in {@code [start, end)} holds a question word (giải pháp nào). */
    private boolean asks(int start, int end) {
        return !v.rl.words("question").findAll(v.reading, start, end).isEmpty();
    }

    /** A Vietnamese noun phrase whose noun, after its head word (các, một số), is an {@code amount-noun}. */
    private boolean namesAnAmount(Candidate c) {
        if (!"vi".equals(v.lang) || c.pronoun()) {
            return false;
        }
        var head = v.rl.words("np-head").longestAt(v.reading, c.start(), c.end());
        int at = head == null ? c.start() : head.end() + 1;
        return at < c.end() && v.rl.words("amount-noun").longestAt(v.reading, at, c.end()) != null;
    }

    /** A place where something happens (在上海注册成立), not who it is about. */
    private boolean isLocation(ArticleView.Name n) {
        return "zh".equals(v.lang) && "place".equals(n.type()) && n.start() > 0
                && v.rl.words("locative").get(v.reading.substring(n.start() - 1, n.start())) != null;
    }

    /** Right after a {@code recipient} word, or in a list (X、Y和Z) that opens right after one. */
    private boolean afterRecipient(int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(v.reading.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && "、和与及".indexOf(v.reading.charAt(i - 1)) >= 0) {
            int separator = i - 1;
            for (ArticleView.Name n : v.names.get(v.sentenceOf(offset))) {
                if (n.end() == separator) {
                    return afterRecipient(n.start());
                }
            }
            // an item that is no name (獲當地公所、慈善會及…): up to eight Han characters back to the word before it
            for (int start = separator - 1; start >= Math.max(0, separator - 8) && Character.isIdeographic(v.reading.charAt(start)); start--) {
                if (afterRecipient(start)) {
                    return true;
                }
            }
        }
        for (int len = 1; len <= 4 && i - len >= 0; len++) {
            var m = v.rl.words("recipient").longestAt(v.reading, i - len, i);
            if (m != null && m.end() == i) {
                return true;
            }
        }
        return false;
    }

    private void addChineseNounPhrases(List<Token> toks, List<Candidate> out, Sentence s) {
        Lexicon<Boolean> heads = v.rl.words("np-head");
        Lexicon<Boolean> pronouns = v.rl.words("pronoun");
        Lexicon<Boolean> kin = v.rl.words("kin");
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String w = Fold.fold(t.word());
            int groupEnd = groupAt(toks, i);
            if (groupEnd > 0 && !overlapsCandidate(out, t.start(), groupEnd)) {
                out.add(new Candidate(t.start(), groupEnd, v.text.substring(t.start(), groupEnd), false, false));
                continue;
            }
            if ("PN".equals(t.pos()) || pronouns.get(t.word()) != null) {
                if (pronouns.get(t.word()) != null && !attributions.inCue(s, t.start()) && !overlapsCandidate(out, t.start(), t.end())) {
                    out.add(new Candidate(t.start(), t.end(), t.word(), true, false));
                }
                continue;
            }
            if (kin.get(w) != null && !attributions.inCue(s, t.start()) && !overlapsCandidate(out, t.start(), t.end())) {
                String named = nicknameAfter(w, t.end() - w.length(), true);
                String person = named != null ? named : kinNamed(w, t.start());
                if (person != null) {
                    out.add(new Candidate(t.start(), t.end(), person, false, true));
                }
                continue;
            }
            boolean modifiesNext = i + 1 < toks.size() && toks.get(i + 1).isNoun() && toks.get(i + 1).start() == t.end();
            if (!"NN".equals(t.pos()) || modifiesNext || !ArticleView.endsWithAny(w, heads) || attributions.inCue(s, t.start())
                    || overlapsCandidate(out, t.start(), t.end())) {
                continue;
            }
            int j = i;
            while (j > 0 && MODIFIER_TAGS.contains(toks.get(j - 1).pos()) && toks.get(j - 1).end() == toks.get(j).start()
                    && v.rl.metrics.get(toks.get(j - 1).word()) == null && v.rl.times.get(toks.get(j - 1).word()) == null) {
                j--;
            }
            int start = toks.get(j).start();
            if (!afterRecipient(start) && !overlapsCandidate(out, start, t.end())) {
                out.add(resolveReference(s, new Candidate(start, t.end(), v.text.substring(start, t.end()), false, false)));
            }
        }
    }

    /**
     * A group of people that opens a clause and acts (兩人沒向家裡伸手要錢, 我們4人一起做): a count and 人, after a
     * plural pronoun or not, then a verb, adverb or preposition. The end of the group, or -1.
     */
    private int groupAt(List<Token> toks, int i) {
        int count = i + 1 < toks.size() && "PN".equals(toks.get(i).pos()) && toks.get(i + 1).start() == toks.get(i).end() ? i + 1 : i;
        if (count + 2 >= toks.size() || !"CD".equals(toks.get(count).pos()) || !"人".equals(toks.get(count + 1).word())
                || toks.get(count + 1).start() != toks.get(count).end() || !Set.of("VV", "AD", "P").contains(toks.get(count + 2).pos())
                || i > 0 && !"PU".equals(toks.get(i - 1).pos())) {
            return -1;
        }
        return toks.get(count + 1).end();
    }

    /**
     * A kinship word that acts in the amount's clause, a verb, adverb or preposition after it (有家庭的二哥向銀行貸款20萬),
     * not as a speaker: the person it stands for where the article names them, else the word.
     */
    private String kinActing(Sentence s, List<Token> toks, int from, int to) {
        Lexicon<Boolean> kin = v.rl.words("kin");
        for (int i = 0; i + 1 < toks.size() && toks.get(i + 1).end() <= to; i++) {
            Token t = toks.get(i);
            if (t.start() >= from && kin.get(Fold.fold(t.word())) != null && Set.of("VV", "AD", "P").contains(toks.get(i + 1).pos())
                    && !attributions.inCue(s, t.start())) {
                String person = kinNamed(Fold.fold(t.word()), t.start());
                return person != null ? person : t.word();
            }
        }
        return null;
    }

    /**
     * A kinship word that owns the amount, a metric word in at most four characters between them (兒子身障補助4700元,
     * 姊姊殘津4700元): the person it stands for where the article names them, else the word.
     */
    private String kinOwning(Sentence s, List<Token> toks, int from, int amount) {
        Lexicon<Boolean> kin = v.rl.words("kin");
        for (Token t : toks) {
            if (t.start() < from || t.end() >= amount) {
                continue;
            }
            String gap = v.reading.substring(t.end(), amount);
            if (kin.get(Fold.fold(t.word())) != null && gap.length() <= 4 && gap.chars().allMatch(Character::isIdeographic)
                    && !v.rl.metrics.findAll(v.reading, t.end(), amount).isEmpty() && !attributions.inCue(s, t.start())) {
                String person = kinNamed(Fold.fold(t.word()), t.start());
                return person != null ? person : t.word();
            }
        }
        return null;
    }

    /**
     * The person a kinship word stands for in this article (妻子的造口便袋… → 羅婕予): the name that
     * last followed that word before {@code at} (36歲妻子羅婕予, 太太阿青), else the nickname 阿X that last did
     * (兒子阿宇罹口腔癌, where the sentence was not read for names); null where none did.
     */
    private String kinNamed(String kin, int at) {
        String person = null;
        for (int i = 0; i < v.sentences.size() && v.sentences.get(i).start() < at; i++) {
            for (ArticleView.Name n : v.names.get(i)) {
                if (n.start() >= at || "place".equals(n.type()) || "organization".equals(n.type())) {
                    continue;
                }
                String named = v.reading.substring(n.start(), n.end());
                if (named.startsWith(kin) && named.length() > kin.length()) {
                    person = n.text().substring(kin.length());
                } else if (n.start() >= kin.length() && v.reading.startsWith(kin, n.start() - kin.length())) {
                    person = n.text();
                }
            }
        }
        for (int k = v.reading.lastIndexOf(kin, at - kin.length() - 2); person == null && k >= 0; k = v.reading.lastIndexOf(kin, k - 1)) {
            person = nicknameAfter(kin, k, false);
        }
        return person;
    }

    /**
     * A sub-heading speaks of the paragraph after it (女兒月賺萬元補貼 … 小女兒阿婷說): the first name after
     * {@code from} that follows the kinship word, or the nickname 阿X after it; null where none does.
     */
    private String kinNamedAfter(String kin, int from) {
        for (int i = v.sentenceOf(from); i < v.sentences.size(); i++) {
            for (ArticleView.Name n : v.names.get(i)) {
                if (n.start() >= from + kin.length() && "person".equals(n.type()) && v.reading.startsWith(kin, n.start() - kin.length())) {
                    return n.text();
                }
            }
        }
        for (int k = v.reading.indexOf(kin, from); k >= 0; k = v.reading.indexOf(kin, k + 1)) {
            String named = nicknameAfter(kin, k, false);
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    private static final Pattern NICKNAME = Pattern.compile("阿\\p{IsHan}");
    private static final Pattern NICKNAME_XIAO = Pattern.compile("阿\\p{IsHan}|小(?![儿兒])\\p{IsHan}");

    /**
     * The nickname right after {@code kin} at {@code at} (兒子阿宇, 妻阿娜), or null: 阿X, and with {@code xiao} 小X
     * after a word of two characters or more (長子小安; not 妻小, wife and children, nor 小兒 in 小兒麻痺). 小X is read
     * only right after the word (長子小安在外地租屋): read back through the article it also finds another family's child.
     */
    private String nicknameAfter(String kin, int at, boolean xiao) {
        int after = at + kin.length();
        if (!v.reading.startsWith(kin, at) || after + 2 > v.reading.length()) {
            return null;
        }
        Matcher m = (xiao && kin.length() >= 2 ? NICKNAME_XIAO : NICKNAME).matcher(v.reading).region(after, after + 2);
        return m.lookingAt() ? v.text.substring(after, after + 2) : null;
    }

    private boolean overlapsCandidate(List<Candidate> cands, int start, int end) {
        for (Candidate c : cands) {
            if (c.start() < end && c.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** Vietnamese: "các/những/rất nhiều … " up to a verb, a modal or an amount noun; pronouns (họ, ông, công ty này). */
    private void addVietnameseNounPhrases(Sentence s, List<Candidate> out) {
        Lexicon<Boolean> stops = v.rl.words("np-stop");
        Lexicon<Boolean> amountNouns = v.rl.words("amount-noun");
        for (var p : v.rl.words("pronoun").findAll(v.reading, s.start(), s.end())) {
            if (!attributions.inCue(s, p.start()) && !overlapsCandidate(out, p.start(), p.end())) {
                out.add(new Candidate(p.start(), p.end(), v.text.substring(p.start(), p.end()), true, false));
            }
        }
        for (var h : v.rl.words("np-head").findAll(v.reading, s.start(), s.end())) {
            if (attributions.inCue(s, h.start()) || overlapsCandidate(out, h.start(), h.end()) || afterRecipient(h.start())) {
                continue;
            }
            Matcher m = ArticleView.SYLLABLE.matcher(v.reading);
            m.region(h.end(), s.end());
            int end = h.end();
            int count = 0;
            while (m.find() && count < 6 && v.reading.substring(end, m.start()).equals(" ")
                    && !Character.isDigit(v.reading.charAt(m.start())) && stops.longestAt(v.reading, m.start(), s.end()) == null
                    && (count == 0 || amountNouns.longestAt(v.reading, m.start(), s.end()) == null)) {
                end = m.end();
                count++;
            }
            if (count > 0) {
                out.add(new Candidate(h.start(), end, v.text.substring(h.start(), end), false, false));
            }
        }
        // "ông Tập": an honorific before a name, not a pronoun (but "Bà Rịa" is a place)
        out.removeIf(c -> c.pronoun() && (overlapsNonPronoun(out, c)
                || (c.start() == s.start() || Character.isLowerCase(v.text.charAt(c.start())))
                && out.stream().anyMatch(n -> n.name() && n.start() == c.end() + 1 && v.text.charAt(c.end()) == ' ')));
    }

    private boolean overlapsNonPronoun(List<Candidate> cands, Candidate p) {
        for (Candidate c : cands) {
            if (!c.pronoun() && c.start() < p.end() && c.end() > p.start()) {
                return true;
            }
        }
        return false;
    }
}
