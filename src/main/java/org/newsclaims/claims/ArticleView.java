package org.newsclaims.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceSplitter;
import org.newsclaims.nlp.Token;

/**
 * One article as the claim rules see it, read in phases: its text folded for matching and un-spun
 * where it is a spun reprint ({@link ArticleText}), its sentences and clauses ({@link Segmentation}),
 * CoreNLP tokens for the Chinese sentences that hold money ({@link AnnotationScheduler}), and the
 * names in every sentence ({@link NameFinder}). This holds their results.
 */
final class ArticleView {

    /** A name as written, with its type (organization, person, media, place, or just name) and a match key. */
    record Name(int start, int end, String text, String type, String key) {
    }

    /** A clause of a sentence; {@code afterColon} when a colon opens it. */
    record Clause(int start, int end, boolean afterColon) {
    }

    static final Set<String> NAME_TYPES = Set.of("organization", "person", "media", "place");
    static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}](?:[\\p{L}\\p{M}\\p{Nd}'’&-]|\\.(?=[\\p{L}\\p{Nd}]))*");

    final Article article;
    final String text;
    /** {@link ArticleText#reading} */
    final String reading;
    final String lang;
    final Rules.Lang rl;
    final List<AmountMention> mentions;
    final List<Sentence> sentences;
    final Map<Integer, List<Token>> tokens;
    final List<List<Name>> names;
    private final ArticleText articleText;
    private final Segmentation segmentation;
    private final NameFinder nameFinder;

    ArticleView(Rules rules, ChineseAnnotator annotator, Article article, List<AmountMention> mentions, SentenceSplitter splitter) {
        this.articleText = new ArticleText(rules, article, mentions);
        this.segmentation = Segmentation.of(articleText, splitter.split(articleText.text));
        this.tokens = article.language().isChinese() ? AnnotationScheduler.annotate(articleText, segmentation, annotator) : Map.of();
        this.nameFinder = new NameFinder(articleText, segmentation, tokens, annotator);
        this.names = nameFinder.names();
        this.article = article;
        this.text = articleText.text;
        this.reading = articleText.reading;
        this.lang = articleText.lang;
        this.rl = articleText.rl;
        this.mentions = articleText.mentions;
        this.sentences = segmentation.sentences();
    }

    /**
     * The people the article quotes by a name that CoreNLP did not read (阿月婆說, where only money
     * clauses are annotated), name to type, are names wherever the article repeats them too.
     */
    void addQuotedPeople(Map<String, String> people) {
        Map<String, String> folded = new HashMap<>();
        people.forEach((name, type) -> folded.put(Fold.fold(name), type));
        nameFinder.addEverywhere(names, folded);
    }

    /** Whether {@code word} ends with an entry of {@code words}. */
    static boolean endsWithAny(String word, Lexicon<Boolean> words) {
        for (int k = 0; k < word.length(); k++) {
            var m = words.longestAt(word, k, word.length());
            if (m != null && m.end() == word.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} is the first sentence of its paragraph. */
    boolean opensParagraph(Sentence s) {
        return s.index() == 0 || sentences.get(s.index() - 1).paragraph() != s.paragraph();
    }

    /** Whether {@code s} is the last sentence of its paragraph. */
    boolean closesParagraph(Sentence s) {
        return s.index() + 1 == sentences.size() || sentences.get(s.index() + 1).paragraph() != s.paragraph();
    }

    int sentenceOf(int offset) {
        return segmentation.sentenceOf(offset);
    }

    List<Clause> clauses(Sentence s) {
        return segmentation.clausesOf(s);
    }

    int clauseIndex(List<Clause> cl, int offset) {
        return Segmentation.clauseIndex(cl, offset);
    }

    boolean inMention(int start, int end) {
        return articleText.inMention(start, end);
    }

    /** The organization (or untyped name) named last before {@code offset}, in this sentence or the article before it. */
    Name organizationBefore(int sentence, int offset) {
        for (int i = sentence; i >= 0; i--) {
            List<Name> ns = names.get(i);
            for (int k = ns.size() - 1; k >= 0; k--) {
                Name n = ns.get(k);
                if (n.end() <= offset && ("organization".equals(n.type()) || "name".equals(n.type()))) {
                    return n;
                }
            }
        }
        return null;
    }

    static boolean overlapsAny(List<Name> names, int start, int end) {
        for (Name n : names) {
            if (n.start() < end && n.end() > start) {
                return true;
            }
        }
        return false;
    }
}
