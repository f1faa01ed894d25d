package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.claims.ArticleView.Clause;
import org.newsclaims.nlp.Sentence;

/** The second phase of {@link ArticleView}: an article's sentences, and the clauses of each, by sentence index. */
record Segmentation(List<Sentence> sentences, List<List<Clause>> clauses) {

    static Segmentation of(ArticleText article, List<Sentence> sentences) {
        return new Segmentation(sentences, sentences.stream().map(s -> clauses(article, s)).toList());
    }

    List<Clause> clausesOf(Sentence s) {
        return clauses.get(s.index());
    }

    int sentenceOf(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    static int clauseIndex(List<Clause> cl, int offset) {
        for (int i = 0; i < cl.size(); i++) {
            if (offset < cl.get(i).end() || i == cl.size() - 1) {
                return i;
            }
        }
        return cl.size() - 1;
    }

    /** Clauses split at ,，;；:： outside brackets; a comma between digits is part of a number. */
    private static List<Clause> clauses(ArticleText article, Sentence s) {
        List<Clause> out = new ArrayList<>();
        int depth = 0;
        int start = s.start();
        boolean afterColon = false;
        for (int i = s.start(); i < s.end(); i++) {
            char c = article.reading.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && ",，;；:：".indexOf(c) >= 0 && !(c == ',' && digitAround(article.text, i))) {
                out.add(new Clause(start, i, afterColon));
                start = i + 1;
                afterColon = c == ':' || c == '：';
            }
        }
        out.add(new Clause(start, s.end(), afterColon));
        return List.copyOf(out);
    }

    private static boolean digitAround(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }
}
