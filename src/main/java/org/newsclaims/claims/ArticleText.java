package org.newsclaims.claims;

import java.util.Comparator;
import java.util.List;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;

/** The first phase of {@link ArticleView}: an article's text, its reading form, and its amounts in order. */
final class ArticleText {

    final Article article;
    final String text;
    /** {@link Fold folded} text, same length as {@code text}, with spin swaps undone ({@link Unspinner}). */
    final String reading;
    final String lang;
    final Rules rules;
    final Rules.Lang rl;
    final List<AmountMention> mentions;

    ArticleText(Rules rules, Article article, List<AmountMention> mentions) {
        this.rules = rules;
        this.article = article;
        this.text = article.text();
        this.lang = article.language().isChinese() ? "zh" : "vi";
        this.rl = rules.lang(lang);
        this.mentions = mentions.stream().sorted(Comparator.comparingInt(AmountMention::start)).toList();
        this.reading = Unspinner.unspin(Fold.fold(text), rl);
    }

    boolean inMention(int start, int end) {
        for (AmountMention m : mentions) {
            if (m.start() < end && m.end() > start) {
                return true;
            }
        }
        return false;
    }
}
