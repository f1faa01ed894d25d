package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.claims.ArticleView.Name;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;
import org.newsclaims.normalize.TextNormalizer;

/**
 * The last phase of {@link ArticleView}: the names in every sentence, from the gazetteer, CoreNLP's
 * tokens, stock codes (Chinese), kind words and capitalised runs (Vietnamese), and in Chinese wherever
 * the article repeats a name found once.
 */
final class NameFinder {

    /**
     * A stock code in brackets right after a company's name, as folded (fullwidth digits read as ASCII),
     * with the day's quote in brackets between them where a market report gives it (中国神华(13.48,0.90,7.15%)(01088)).
     */
    private static final Pattern STOCK_CODE = Pattern.compile(
            "(?:[(（][-+\\d.,%\\s]+[)）]\\s*)?[(（]\\s*\\d{4,6}(?:\\.[a-zA-Z]{2})?\\s*[)）]");
    private static final int MAX_COMPANY_NAME = 8;

    private final ArticleText article;
    private final Segmentation segmentation;
    private final Map<Integer, List<Token>> tokens;
    private final ChineseAnnotator annotator;

    NameFinder(ArticleText article, Segmentation segmentation, Map<Integer, List<Token>> tokens, ChineseAnnotator annotator) {
        this.article = article;
        this.segmentation = segmentation;
        this.tokens = tokens;
        this.annotator = annotator;
    }

    /** The names of each sentence, by sentence index, in text order. */
    List<List<Name>> names() {
        List<List<Name>> names = new ArrayList<>();
        for (Sentence s : segmentation.sentences()) {
            names.add(findNames(s));
        }
        if (article.article.language().isChinese()) {
            addNamesSeenElsewhere(names);
            addTitleNames(names);
        }
        return names;
    }

    /** The names the headline gives that CoreNLP does not know ({@link TitleNames}), as organizations. */
    private void addTitleNames(List<List<Name>> names) {
        Map<String, String> found = new HashMap<>();
        for (String name : TitleNames.of(article.reading, article.rl, annotator)) {
            found.put(name, "organization");
        }
        addEverywhere(names, found);
    }

    /**
     * A name CoreNLP found in one sentence is a name wherever the article repeats it (one sense per
     * discourse): only money clauses are annotated, and the segmenter does not find a name every time.
     */
    private void addNamesSeenElsewhere(List<List<Name>> names) {
        Map<String, String> seen = new HashMap<>();
        for (List<Name> ns : names) {
            for (Name n : ns) {
                String folded = article.reading.substring(n.start(), n.end());
                if (folded.codePoints().filter(Character::isLetter).count() >= 2) {
                    seen.putIfAbsent(folded, n.type());
                }
            }
        }
        addEverywhere(names, seen);
    }

    /** Each folded name of {@code seen} as a name of its type at every place the article writes it, where no name is yet. */
    void addEverywhere(List<List<Name>> names, Map<String, String> seen) {
        Set<Integer> added = new HashSet<>();
        for (Map.Entry<String, String> e : seen.entrySet()) {
            for (int at = article.reading.indexOf(e.getKey()); at >= 0; at = article.reading.indexOf(e.getKey(), at + 1)) {
                int end = at + e.getKey().length();
                Sentence s = segmentation.sentences().get(segmentation.sentenceOf(at));
                List<Name> ns = names.get(s.index());
                if (end <= s.end() && !ArticleView.overlapsAny(ns, at, end) && !article.inMention(at, end)) {
                    String written = article.text.substring(at, end);
                    ns.add(new Name(at, end, written, e.getValue(), TextNormalizer.matchKey(written)));
                    added.add(s.index());
                }
            }
        }
        for (int i : added) {
            names.get(i).sort(Comparator.comparingInt(Name::start));
        }
    }

    private List<Name> findNames(Sentence s) {
        List<Name> out = new ArrayList<>();
        for (var g : article.rules.gazetteer.findAll(article.reading, s.start(), s.end())) {
            if (!article.inMention(g.start(), g.end())) {
                out.add(new Name(g.start(), g.end(), article.text.substring(g.start(), g.end()), g.value().type(),
                        TextNormalizer.matchKey(g.value().canonical())));
            }
        }
        List<Token> toks = tokens.get(s.index());
        if (toks != null) {
            addTokenNames(toks, out);
        }
        if (!"vi".equals(article.lang)) {
            addListedCompanies(s, out);
        } else {
            VietnameseSubjects.addOrganisations(article, s, out);
            addCapitalisedRuns(s, out);
        }
        out.sort(Comparator.comparingInt(Name::start));
        return out;
    }

    /**
     * A company named with its stock code in brackets (五菱汽车（００３０５）, 友邦吊顶(002718.SZ)): the Han
     * characters from the last punctuation before the bracket, at most {@code MAX_COMPANY_NAME}, in
     * place of shorter names CoreNLP read in it (五菱 of 五菱汽车, 中国 of 中国神华).
     */
    private void addListedCompanies(Sentence s, List<Name> out) {
        String reading = article.reading;
        Matcher code = STOCK_CODE.matcher(reading).region(s.start(), s.end());
        while (code.find()) {
            int end = code.start();
            int start = end;
            while (start > s.start() && end - start < MAX_COMPANY_NAME && Character.isIdeographic(reading.charAt(start - 1))) {
                start--;
            }
            int from = start;
            boolean delimited = from == s.start() || !Character.isIdeographic(reading.charAt(from - 1));
            if (end - from >= 2 && delimited && !article.inMention(from, end)) {
                out.removeIf(n -> n.start() >= from && n.end() <= end && n.end() - n.start() < end - from);
                if (!ArticleView.overlapsAny(out, from, end)) {
                    String written = article.text.substring(from, end);
                    out.add(new Name(from, end, written, "organization", TextNormalizer.matchKey(written)));
                }
            }
        }
    }

    /** Adjacent tokens, or a Latin word and another one space apart (SPDR 黄金股份), not Han words a space apart (公告截图 中新经纬). */
    private boolean joins(Token left, Token right) {
        String text = article.text;
        String gap = text.substring(left.end(), right.start());
        return gap.isEmpty() || gap.equals(" ") && (isLatin(text.codePointBefore(left.end())) || isLatin(text.codePointAt(right.start())));
    }

    private static boolean isLatin(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    /** Runs of proper nouns (NR) or NER-typed tokens; Latin tokens separated by spaces join. */
    private void addTokenNames(List<Token> toks, List<Name> out) {
        int i = 0;
        while (i < toks.size()) {
            if (!isNameToken(toks.get(i), article.rl)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && isNameToken(toks.get(j), article.rl) && joins(toks.get(j - 1), toks.get(j))) {
                j++;
            }
            int start = toks.get(i).start();
            int end = toks.get(j - 1).end();
            if (end - start > 2 && article.rl.words("name-tail").get(article.reading.substring(end - 1, end)) != null
                    && !ArticleView.endsWithAny(article.reading.substring(start, end), article.rl.words("whole-name-end"))) {
                end--;
            }
            String type = "name";
            for (int k = i; k < j; k++) {
                switch (toks.get(k).ner()) {
                    case "PERSON" -> type = "person";
                    case "ORGANIZATION" -> type = "organization";
                    case "GPE" -> type = "place";
                    default -> { }
                }
            }
            if (end - start >= 2 && !article.inMention(start, end) && !ArticleView.overlapsAny(out, start, end)) {
                String written = article.text.substring(start, end);
                out.add(new Name(start, end, written, type, TextNormalizer.matchKey(written)));
            }
            i = j;
        }
    }

    static boolean isNameToken(Token t, Rules.Lang rl) {
        String ner = t.ner();
        boolean typed = "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "GPE".equals(ner);
        return (t.isProperNoun() || typed) && rl.metrics.get(t.word()) == null && t.word().codePoints().anyMatch(Character::isLetter)
                && t.word().indexOf('<') < 0 && t.word().indexOf('>') < 0;
    }

    /**
     * Vietnamese names: runs of capitalised syllables, a lone capital at the start of a sentence
     * excepted. Leading and trailing {@code not-name} words (a sentence-initial "Tại", "Theo") are cut off, so
     * are trailing syllables that open a {@code common-noun} written in sentence case ("Phó Thủ tướng"), and a
     * lone capital after a {@code not-name-after} word ("thứ Sáu", Friday) is no name; after an
     * {@code honorific} ("ông Tập") the run is a person's name as written.
     */
    private void addCapitalisedRuns(Sentence s, List<Name> out) {
        String text = article.text;
        Lexicon<Boolean> notName = article.rl.words("not-name");
        Lexicon<Boolean> notNameAfter = article.rl.words("not-name-after");
        Matcher m = ArticleView.SYLLABLE.matcher(text);
        m.region(s.start(), s.end());
        List<int[]> run = new ArrayList<>();
        int previousWordStart = s.start();
        int beforeRun = s.start();
        while (true) {
            boolean more = m.find();
            boolean capital = more && Character.isUpperCase(text.charAt(m.start()));
            boolean joins = more && !run.isEmpty() && text.substring(run.get(run.size() - 1)[1], m.start()).equals(" ");
            if (!run.isEmpty() && !(capital && joins)) {
                addRun(s, run, beforeRun, notName, notNameAfter, out);
                run.clear();
            }
            if (!more) {
                break;
            }
            if (capital) {
                if (run.isEmpty()) {
                    beforeRun = previousWordStart;
                }
                run.add(new int[] {m.start(), m.end()});
            }
            previousWordStart = m.start();
        }
    }

    private void addRun(Sentence s, List<int[]> run, int previousWordStart, Lexicon<Boolean> notName,
                        Lexicon<Boolean> notNameAfter, List<Name> out) {
        String text = article.text;
        Rules.Lang rl = article.rl;
        String before = text.substring(previousWordStart, run.get(0)[0]).strip();
        boolean person = rl.words("honorific").get(Fold.fold(before)) != null;
        int first = 0;
        while (!person && first < run.size() - 1 && notName.get(text.substring(run.get(first)[0], run.get(first)[1])) != null) {
            first++;
        }
        int last = run.size() - 1;
        while (last >= first && (last > first && notName.get(text.substring(run.get(last)[0], run.get(last)[1])) != null
                || rl.words("common-noun").longestAt(article.reading, run.get(last)[0], Math.min(article.reading.length(), run.get(last)[0] + 24)) != null)) {
            last--;
        }
        if (last < first) {
            return;
        }
        int runStart = run.get(first)[0];
        int runEnd = run.get(last)[1];
        int count = last + 1 - first;
        if (count == 1 && !person && notName.get(text.substring(runStart, runEnd)) != null) {
            return;
        }
        if (rl.words("credit-label").get(before.replaceFirst("\\s*:$", "")) != null && before.endsWith(":")) {
            return;
        }
        if (count == 1 && first == 0 && !before.isEmpty() && notNameAfter.get(before) != null) {
            return;
        }
        if ((count > 1 || !opensSentence(s, runStart)) && !article.inMention(runStart, runEnd) && !ArticleView.overlapsAny(out, runStart, runEnd)) {
            String written = text.substring(runStart, runEnd);
            out.add(new Name(runStart, runEnd, written, "name", TextNormalizer.matchKey(written)));
        }
    }

    /** Capitalised because it starts a sentence, a quotation or what follows a colon. */
    private boolean opensSentence(Sentence s, int offset) {
        String text = article.text;
        int i = offset;
        while (i > s.start() && (Character.isWhitespace(text.charAt(i - 1)) || "“\"«'‘(".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i == s.start() || text.charAt(i - 1) == ':' || text.charAt(i - 1) == '.';
    }
}
