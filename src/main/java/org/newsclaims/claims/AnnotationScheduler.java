package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsclaims.claims.ArticleView.Clause;
import org.newsclaims.money.AmountMention;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;

/**
 * The third phase of {@link ArticleView}, for Chinese: CoreNLP tokens for what a subject search reads
 * in the money sentences: each amount's clause up to the amount, where the subject nearly always is,
 * then clause by clause back towards the sentence start (not past a colon) while none of that holds a
 * name or subject noun (the subject is then earlier, or a pronoun there refers back). The rest is not
 * sent: CoreNLP costs about a thousand times more per character than the rules. Each round of spans
 * goes to CoreNLP in one call.
 */
final class AnnotationScheduler {

    private AnnotationScheduler() {
    }

    /** Where the subject of one amount is looked for: from the start of clause {@code clause} of its sentence to the amount. */
    private static final class SubjectSearch {
        final AmountMention mention;
        final Sentence sentence;
        final List<Clause> clauses;
        int clause;

        SubjectSearch(AmountMention mention, Sentence sentence, List<Clause> clauses, int clause) {
            this.mention = mention;
            this.sentence = sentence;
            this.clauses = clauses;
            this.clause = clause;
        }

        int from() {
            return clauses.get(clause).start();
        }
    }

    /** The tokens of each money sentence, by sentence index, in text order. */
    static Map<Integer, List<Token>> annotate(ArticleText article, Segmentation segmentation, ChineseAnnotator annotator) {
        Map<Integer, List<Token>> tokens = new HashMap<>();
        List<SubjectSearch> open = new ArrayList<>();
        Map<Integer, boolean[]> sent = new HashMap<>();
        for (AmountMention m : article.mentions) {
            Sentence s = segmentation.sentences().get(segmentation.sentenceOf(m.start()));
            List<Clause> cl = segmentation.clausesOf(s);
            open.add(new SubjectSearch(m, s, cl, Segmentation.clauseIndex(cl, m.start())));
            tokens.putIfAbsent(s.index(), new ArrayList<>());
        }
        while (!open.isEmpty()) {
            List<int[]> spans = new ArrayList<>();
            List<Integer> spanSentences = new ArrayList<>();
            for (SubjectSearch q : open) {
                Sentence s = q.sentence;
                boolean[] done = sent.computeIfAbsent(s.index(), k -> new boolean[s.end() - s.start()]);
                for (int[] span : unsent(s, q.from(), q.mention.start(), done)) {
                    spans.add(span);
                    spanSentences.add(s.index());
                }
            }
            List<List<Token>> annotated = annotator.annotate(article.text, spans);
            for (int k = 0; k < spans.size(); k++) {
                tokens.get(spanSentences.get(k)).addAll(annotated.get(k));
            }
            List<SubjectSearch> wider = new ArrayList<>();
            for (SubjectSearch q : open) {
                int from = q.from();
                int to = q.mention.start();
                if (q.clause > 0 && !q.clauses.get(q.clause).afterColon() && !hasSubjectWord(article.rl, tokens.get(q.sentence.index()), from, to)
                        && article.rules.gazetteer.findAll(article.reading, from, to).isEmpty()) {
                    q.clause--;
                    wider.add(q);
                }
            }
            open = wider;
        }
        return tokens.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().stream().sorted(Comparator.comparingInt(Token::start)).toList()));
    }

    /** The parts of {@code [from, to)} of sentence {@code s} not sent to CoreNLP yet, marked sent. */
    private static List<int[]> unsent(Sentence s, int from, int to, boolean[] sent) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (sent[i - s.start()]) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && !sent[j - s.start()]) {
                sent[j - s.start()] = true;
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static boolean hasSubjectWord(Rules.Lang rl, List<Token> toks, int from, int to) {
        Lexicon<Boolean> heads = rl.words("np-head");
        for (Token t : toks) {
            if (t.start() >= from && t.end() <= to
                    && (NameFinder.isNameToken(t, rl) || "NN".equals(t.pos()) && ArticleView.endsWithAny(Fold.fold(t.word()), heads))) {
                return true;
            }
        }
        return false;
    }
}
