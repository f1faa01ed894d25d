package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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

    // subject: a name or noun phrase right before the metric word (美国债务, chi phí của OpenAI),
    // else the first subject candidate of the amount's clause, else of the clauses before it,
    // else the first one after the amount. Vietnamese (VietnameseSubjects): first the product of a
    // price, then what a bracketed amount follows; no name of a place; the part after a conjunction
    // before the whole clause; a clause without candidates gives the noun phrase that opens it;
    // clauses are read back across a colon ("X niêm yết ở mức: …"); last, the product priced in
    // the sentence before
    String subject(Sentence s, AmountMention m, List<ArticleView.Clause> cl, int ci, Found metric) {
        if ("vi".equals(v.lang) && metric != null && "price".equals(metric.value())) {
            String product = VietnameseSubjects.pricedProduct(v, s, m);
            if (product != null) {
                return product;
            }
        }
        List<Candidate> cands = candidates(s);
        if ("vi".equals(v.lang)) {
            cands.removeIf(c -> c.name() && VietnameseSubjects.isPlace(v, s, c.start()));
            String bracketed = VietnameseSubjects.bracketed(v, s, m, cands);
            if (bracketed != null) {
                return bracketed;
            }
        }
        if (metric != null && metric.end() > metric.start()) {
            for (Candidate c : cands) {
                if (!c.pronoun() && attached(c, metric)) {
                    return c.text();
                }
            }
        }
        if ("vi".equals(v.lang)) {
            String inLastPart = VietnameseSubjects.afterConjunction(v, cl.get(ci).start(), m.start(), cands);
            if (inLastPart != null) {
                return inLastPart;
            }
        }
        for (int j = ci; j >= 0; j--) {
            ArticleView.Clause c = cl.get(j);
            int limit = j == ci ? m.start() : c.end();
            for (Candidate cand : cands) {
                if (cand.start() >= c.start() && cand.start() < limit) {
                    return cand.pronoun() ? resolvePronoun(s, cl, j, cands, cand) : cand.text();
                }
            }
            int[] opening = "vi".equals(v.lang) ? VietnameseSubjects.clauseSubject(v, c.start(), limit) : null;
            if (opening != null && !attributions.inCue(s, opening[0])) {
                return v.text.substring(opening[0], opening[1]);
            }
            if (c.afterColon() && !"vi".equals(v.lang)) {
                break;
            }
        }
        // nothing before it: the first name or noun phrase after the amount (自打投资100亿后，微软股价…)
        for (Candidate cand : cands) {
            if (cand.start() >= m.end() && !cand.pronoun()) {
                return cand.text();
            }
        }
        if ("vi".equals(v.lang) && metric != null && "price".equals(metric.value())) {
            return VietnameseSubjects.productPricedBefore(v, s);
        }
        return null;
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

    private String resolvePronoun(Sentence s, List<ArticleView.Clause> cl, int clause, List<Candidate> cands, Candidate pronoun) {
        for (int j = clause - 1; j >= 0; j--) {
            ArticleView.Clause c = cl.get(j);
            for (Candidate cand : cands) {
                if (cand.start() >= c.start() && cand.start() < c.end() && !cand.pronoun()) {
                    return cand.text();
                }
            }
        }
        ArticleView.Name n = attributions.nearestBefore(s.index(), pronoun.start(), null, 1);
        return n == null ? null : n.text();
    }


    /** Subject candidates of a sentence in order: names (not sources, not receivers), noun phrases, pronouns. */
    List<Candidate> candidates(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (ArticleView.Name n : v.names.get(s.index())) {
            if ((!attributions.inSource(s.index(), n) || attributions.disclosesItself(s.index(), n)) && !afterRecipient(n.start())) {
                out.add(new Candidate(n.start(), n.end(), n.text(), false, true));
            }
        }
        List<Token> toks = v.tokens.get(s.index());
        if (toks != null) {
            addChineseNounPhrases(toks, out, s);
        } else {
            addVietnameseNounPhrases(s, out);
        }
        // apposition: a noun phrase right before a name is its title (晶元公司英伟达)
        out.removeIf(np -> !np.name() && !np.pronoun() && out.stream()
                .anyMatch(n -> n.name() && n.start() >= np.end() && v.text.substring(np.end(), n.start()).isBlank()));
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    private boolean afterRecipient(int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(v.reading.charAt(i - 1))) {
            i--;
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
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String w = Fold.fold(t.word());
            if ("PN".equals(t.pos()) || pronouns.get(t.word()) != null) {
                if (pronouns.get(t.word()) != null && !attributions.inCue(s, t.start())) {
                    out.add(new Candidate(t.start(), t.end(), t.word(), true, false));
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
                out.add(new Candidate(start, t.end(), v.text.substring(start, t.end()), false, false));
            }
        }
    }

    private boolean overlapsCandidate(List<Candidate> cands, int start, int end) {
        for (Candidate c : cands) {
            if (c.start() < end && c.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** Vietnamese: "các/những/rất nhiều … " up to a verb or modal; pronouns (họ, ông, công ty này). */
    private void addVietnameseNounPhrases(Sentence s, List<Candidate> out) {
        Lexicon<Boolean> stops = v.rl.words("np-stop");
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
                    && !Character.isDigit(v.reading.charAt(m.start())) && stops.longestAt(v.reading, m.start(), s.end()) == null) {
                end = m.end();
                count++;
            }
            if (count > 0) {
                out.add(new Candidate(h.start(), end, v.text.substring(h.start(), end), false, false));
            }
        }
        out.removeIf(c -> c.pronoun() && overlapsNonPronoun(out, c));
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
