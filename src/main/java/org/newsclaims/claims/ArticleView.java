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
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceSplitter;
import org.newsclaims.nlp.Token;
import org.newsclaims.normalize.TextNormalizer;

/**
 * One article as the claim rules see it: its text folded for matching (and un-spun where it is a
 * spun reprint), its sentences and clauses, CoreNLP tokens for the Chinese sentences that hold money
 * and the sentence before each, and the names in every sentence.
 */
final class ArticleView {

    /** A name as written, with its type (organization, person, media, place, or just name) and a match key. */
    record Name(int start, int end, String text, String type, String key) {
    }

    /** A clause of a sentence; {@code afterColon} when a colon opens it. */
    record Clause(int start, int end, boolean afterColon) {
    }

    static final Set<String> NAME_TYPES = Set.of("organization", "person", "media", "place");
    /**
     * A stock code in brackets right after a company's name, as folded (fullwidth digits read as ASCII),
     * with the day's quote in brackets between them where a market report gives it (中国神华(13.48,0.90,7.15%)(01088)).
     */
    private static final Pattern STOCK_CODE = Pattern.compile(
            "(?:[(（][-+\\d.,%\\s]+[)）]\\s*)?[(（]\\s*\\d{4,6}(?:\\.[a-zA-Z]{2})?\\s*[)）]");
    private static final int MAX_COMPANY_NAME = 8;
    static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}](?:[\\p{L}\\p{M}\\p{Nd}'’&-]|\\.(?=[\\p{L}\\p{Nd}]))*");
    static final int SPIN_MARKERS_NEEDED = 3;

    final Article article;
    final String text;
    /** {@link Fold folded} text, same length as {@code text}, with spin swaps undone. */
    final String reading;
    final String lang;
    final Rules rules;
    private final ChineseAnnotator annotator;
    final Rules.Lang rl;
    final List<AmountMention> mentions;
    final List<Sentence> sentences;
    final Map<Integer, List<Token>> tokens = new HashMap<>();
    final List<List<Name>> names = new ArrayList<>();

    ArticleView(Rules rules, ChineseAnnotator annotator, Article article, List<AmountMention> mentions, SentenceSplitter splitter) {
        this.rules = rules;
        this.annotator = annotator;
        this.article = article;
        this.text = article.text();
        this.lang = article.language().isChinese() ? "zh" : "vi";
        this.rl = rules.lang(lang);
        this.mentions = mentions.stream().sorted(Comparator.comparingInt(AmountMention::start)).toList();
        this.reading = unspin(Fold.fold(text));
        this.sentences = splitter.split(text);
        if (article.language().isChinese()) {
            annotateSubjectSpans();
        }
        for (Sentence s : sentences) {
            names.add(findNames(s));
        }
        if (article.language().isChinese()) {
            addNamesSeenElsewhere();
        }
    }

    /**
     * A name CoreNLP found in one sentence is a name wherever the article repeats it (one sense per
     * discourse): only money clauses are annotated, and the segmenter does not find a name every time.
     */
    private void addNamesSeenElsewhere() {
        Map<String, String> seen = new HashMap<>();
        for (List<Name> ns : names) {
            for (Name n : ns) {
                String folded = reading.substring(n.start(), n.end());
                if (folded.codePoints().filter(Character::isLetter).count() >= 2) {
                    seen.putIfAbsent(folded, n.type());
                }
            }
        }
        addEverywhere(seen);
    }

    /**
     * The people the article quotes by a name that CoreNLP did not read (阿月婆說, where only money
     * clauses are annotated), name to type, are names wherever the article repeats them too.
     */
    void addQuotedPeople(Map<String, String> people) {
        Map<String, String> folded = new HashMap<>();
        people.forEach((name, type) -> folded.put(Fold.fold(name), type));
        addEverywhere(folded);
    }

    /** Each folded name of {@code seen} as a name of its type at every place the article writes it, where no name is yet. */
    private void addEverywhere(Map<String, String> seen) {
        Set<Integer> added = new HashSet<>();
        for (Map.Entry<String, String> e : seen.entrySet()) {
            for (int at = reading.indexOf(e.getKey()); at >= 0; at = reading.indexOf(e.getKey(), at + 1)) {
                int end = at + e.getKey().length();
                Sentence s = sentences.get(sentenceOf(at));
                List<Name> ns = names.get(s.index());
                if (end <= s.end() && !overlapsAny(ns, at, end) && !inMention(at, end)) {
                    String written = text.substring(at, end);
                    ns.add(new Name(at, end, written, e.getValue(), TextNormalizer.matchKey(written)));
                    added.add(s.index());
                }
            }
        }
        for (int i : added) {
            names.get(i).sort(Comparator.comparingInt(Name::start));
        }
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

    /**
     * CoreNLP tokens for what a subject search reads in the money sentences: each amount's clause
     * up to the amount, where the subject nearly always is, then clause by clause back towards the
     * sentence start (not past a colon) while none of that holds a name or subject noun (the
     * subject is then earlier, or a pronoun there refers back). The rest is not sent: CoreNLP costs
     * about a thousand times more per character than the rules. Each round of spans goes to
     * CoreNLP in one call.
     */
    private void annotateSubjectSpans() {
        List<SubjectSearch> open = new ArrayList<>();
        Map<Integer, boolean[]> sent = new HashMap<>();
        for (AmountMention m : mentions) {
            Sentence s = sentences.get(sentenceOf(m.start()));
            List<Clause> cl = clauses(s);
            open.add(new SubjectSearch(m, s, cl, clauseIndex(cl, m.start())));
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
            List<List<Token>> annotated = annotator.annotate(text, spans);
            for (int k = 0; k < spans.size(); k++) {
                tokens.get(spanSentences.get(k)).addAll(annotated.get(k));
            }
            List<SubjectSearch> wider = new ArrayList<>();
            for (SubjectSearch q : open) {
                int from = q.from();
                int to = q.mention.start();
                if (q.clause > 0 && !q.clauses.get(q.clause).afterColon() && !hasSubjectWord(tokens.get(q.sentence.index()), from, to)
                        && rules.gazetteer.findAll(reading, from, to).isEmpty()) {
                    q.clause--;
                    wider.add(q);
                }
            }
            open = wider;
        }
        tokens.values().forEach(l -> l.sort(Comparator.comparingInt(Token::start)));
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

    private boolean hasSubjectWord(List<Token> toks, int from, int to) {
        Lexicon<Boolean> heads = rl.words("np-head");
        for (Token t : toks) {
            if (t.start() >= from && t.end() <= to
                    && (isNameToken(t) || "NN".equals(t.pos()) && endsWithAny(Fold.fold(t.word()), heads))) {
                return true;
            }
        }
        return false;
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

    /** In an article with the spinner's fingerprints, swapped words are read as their originals. */
    private String unspin(String folded) {
        if (rl.spinSwaps.isEmpty()) {
            return folded;
        }
        Set<String> markers = new HashSet<>();
        for (var m : rl.spinMarkers.findAll(folded, 0, folded.length())) {
            markers.add(m.word());
        }
        if (markers.size() < SPIN_MARKERS_NEEDED) {
            return folded;
        }
        // a swap word inside a longer metric word (支出 in 资本支出) is left alone
        boolean[] protectedChar = new boolean[folded.length()];
        for (var m : rl.metrics.findAll(folded, 0, folded.length())) {
            if (!rl.spinSwaps.containsKey(m.word())) {
                for (int i = m.start(); i < m.end(); i++) {
                    protectedChar[i] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder(folded);
        for (var e : rl.spinSwaps.entrySet()) {
            for (int at = folded.indexOf(e.getKey()); at >= 0; at = folded.indexOf(e.getKey(), at + 1)) {
                if (!protectedChar[at]) {
                    sb.replace(at, at + e.getKey().length(), e.getValue());
                }
            }
        }
        return sb.toString();
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

    /** Clauses split at ,，;；:： outside brackets; a comma between digits is part of a number. */
    List<Clause> clauses(Sentence s) {
        List<Clause> out = new ArrayList<>();
        int depth = 0;
        int start = s.start();
        boolean afterColon = false;
        for (int i = s.start(); i < s.end(); i++) {
            char c = reading.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && ",，;；:：".indexOf(c) >= 0 && !(c == ',' && digitAround(i))) {
                out.add(new Clause(start, i, afterColon));
                start = i + 1;
                afterColon = c == ':' || c == '：';
            }
        }
        out.add(new Clause(start, s.end(), afterColon));
        return out;
    }

    boolean digitAround(int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    int clauseIndex(List<Clause> cl, int offset) {
        for (int i = 0; i < cl.size(); i++) {
            if (offset < cl.get(i).end() || i == cl.size() - 1) {
                return i;
            }
        }
        return cl.size() - 1;
    }

    boolean inMention(int start, int end) {
        for (AmountMention m : mentions) {
            if (m.start() < end && m.end() > start) {
                return true;
            }
        }
        return false;
    }

    List<Name> findNames(Sentence s) {
        List<Name> out = new ArrayList<>();
        for (var g : rules.gazetteer.findAll(reading, s.start(), s.end())) {
            if (!inMention(g.start(), g.end())) {
                out.add(new Name(g.start(), g.end(), text.substring(g.start(), g.end()), g.value().type(),
                        TextNormalizer.matchKey(g.value().canonical())));
            }
        }
        List<Token> toks = tokens.get(s.index());
        if (toks != null) {
            addTokenNames(toks, out);
        }
        if (!"vi".equals(lang)) {
            addListedCompanies(s, out);
        } else {
            VietnameseSubjects.addOrganisations(this, s, out);
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
        Matcher code = STOCK_CODE.matcher(reading).region(s.start(), s.end());
        while (code.find()) {
            int end = code.start();
            int start = end;
            while (start > s.start() && end - start < MAX_COMPANY_NAME && Character.isIdeographic(reading.charAt(start - 1))) {
                start--;
            }
            int from = start;
            boolean delimited = from == s.start() || !Character.isIdeographic(reading.charAt(from - 1));
            if (end - from >= 2 && delimited && !inMention(from, end)) {
                out.removeIf(n -> n.start() >= from && n.end() <= end && n.end() - n.start() < end - from);
                if (!overlapsAny(out, from, end)) {
                    String written = text.substring(from, end);
                    out.add(new Name(from, end, written, "organization", TextNormalizer.matchKey(written)));
                }
            }
        }
    }

    /** Adjacent tokens, or a Latin word and another one space apart (SPDR 黄金股份), not Han words a space apart (公告截图 中新经纬). */
    private boolean joins(Token left, Token right) {
        String gap = text.substring(left.end(), right.start());
        return gap.isEmpty() || gap.equals(" ") && (isLatin(text.codePointBefore(left.end())) || isLatin(text.codePointAt(right.start())));
    }

    private static boolean isLatin(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    /** Runs of proper nouns (NR) or NER-typed tokens; Latin tokens separated by spaces join. */
    void addTokenNames(List<Token> toks, List<Name> out) {
        int i = 0;
        while (i < toks.size()) {
            if (!isNameToken(toks.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && isNameToken(toks.get(j)) && joins(toks.get(j - 1), toks.get(j))) {
                j++;
            }
            int start = toks.get(i).start();
            int end = toks.get(j - 1).end();
            if (end - start > 2 && rl.words("name-tail").get(reading.substring(end - 1, end)) != null) {
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
            if (end - start >= 2 && !inMention(start, end) && !overlapsAny(out, start, end)) {
                String written = text.substring(start, end);
                out.add(new Name(start, end, written, type, TextNormalizer.matchKey(written)));
            }
            i = j;
        }
    }

    boolean isNameToken(Token t) {
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
    void addCapitalisedRuns(Sentence s, List<Name> out) {
        Lexicon<Boolean> notName = rl.words("not-name");
        Lexicon<Boolean> notNameAfter = rl.words("not-name-after");
        Matcher m = SYLLABLE.matcher(text);
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
        String before = text.substring(previousWordStart, run.get(0)[0]).strip();
        boolean person = rl.words("honorific").get(Fold.fold(before)) != null;
        int first = 0;
        while (!person && first < run.size() - 1 && notName.get(text.substring(run.get(first)[0], run.get(first)[1])) != null) {
            first++;
        }
        int last = run.size() - 1;
        while (last >= first && (last > first && notName.get(text.substring(run.get(last)[0], run.get(last)[1])) != null
                || rl.words("common-noun").longestAt(reading, run.get(last)[0], Math.min(reading.length(), run.get(last)[0] + 24)) != null)) {
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
        if ((count > 1 || !opensSentence(s, runStart)) && !inMention(runStart, runEnd) && !overlapsAny(out, runStart, runEnd)) {
            String written = text.substring(runStart, runEnd);
            out.add(new Name(runStart, runEnd, written, "name", TextNormalizer.matchKey(written)));
        }
    }

    /** Capitalised because it starts a sentence, a quotation or what follows a colon. */
    boolean opensSentence(Sentence s, int offset) {
        int i = offset;
        while (i > s.start() && (Character.isWhitespace(text.charAt(i - 1)) || "“\"«'‘(".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i == s.start() || text.charAt(i - 1) == ':' || text.charAt(i - 1) == '.';
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
