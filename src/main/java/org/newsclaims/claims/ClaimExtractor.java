package org.newsclaims.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.ibm.icu.util.ULocale;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.SentenceSplitter;
import org.newsclaims.nlp.Token;
import org.newsclaims.normalize.TextNormalizer;

/**
 * The claims stage: for every money mention in an article's body, its subject, metric, time,
 * hedge and attribution, by the rules of {@code models/claims/} (see its README). Chinese
 * sentences that hold money, and the sentence before each, go through CoreNLP for names, parts
 * of speech and pronouns; Vietnamese is handled by rules alone. Thread-safe.
 */
public final class ClaimExtractor {

    private static final int SPIN_MARKERS_NEEDED = 3;
    private static final Set<String> NAME_TYPES = Set.of("organization", "person", "media", "place");

    private final Rules rules;
    private final MoneyRecognizer money;
    private final SentenceSplitter zhSplitter = new SentenceSplitter(ULocale.CHINESE);
    private final SentenceSplitter viSplitter = new SentenceSplitter(new ULocale("vi"));

    private ClaimExtractor(Rules rules, MoneyRecognizer money) {
        this.rules = rules;
        this.money = money;
    }

    /** Rules from {@code modelsDir/claims}, money grammar from {@code modelsDir}. CoreNLP loads on first use. */
    public static ClaimExtractor load(Path modelsDir) {
        return new ClaimExtractor(Rules.load(modelsDir.resolve("claims")), MoneyRecognizer.load(modelsDir));
    }

    public List<Claim> extract(Article article) {
        List<AmountMention> found = money.find(TextNormalizer.nfkc(article.text()), article.language().tag());
        List<AmountMention> inBody = new ArrayList<>();
        for (AmountMention m : found) {
            if (article.inBody(m.start(), m.end())) {
                inBody.add(m);
            }
        }
        return extract(article, inBody);
    }

    /** Claims for mentions already found (original offsets into {@code article.text()}). */
    public List<Claim> extract(Article article, List<AmountMention> mentions) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        Doc doc = new Doc(article, mentions);
        List<Claim> out = new ArrayList<>();
        for (AmountMention m : doc.mentions) {
            out.add(doc.claim(m));
        }
        return out;
    }

    /**
     * The year a time expression written in {@code language} names, by the rules of {@code time.tsv}
     * (used to score gold annotations with the same resolver as predictions); null when it names none.
     */
    public Integer yearOf(String time, org.newsclaims.ingest.Language language, java.time.LocalDate date) {
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

    /** A name found in the text: as written, its type (organization, person, media, place, or name) and a match key. */
    private record Name(int start, int end, String text, String type, String key) {
    }

    private record Clause(int start, int end, boolean afterColon) {
    }

    private record Cue(int start, int end, int contentStart, int contentEnd, Attribution attribution) {
    }

    private record Found(int start, int end, String value) {
    }

    /** Everything known about one article while its claims are extracted. */
    private final class Doc {
        final Article article;
        final String text;
        final String reading;
        final String lang;
        final Rules.Lang rl;
        final List<AmountMention> mentions;
        final List<Sentence> sentences;
        final Map<Integer, List<Token>> tokens = new HashMap<>();
        final List<List<Name>> names = new ArrayList<>();
        final List<List<Cue>> cues = new ArrayList<>();
        final List<Attribution> inherited = new ArrayList<>();

        Doc(Article article, List<AmountMention> mentions) {
            this.article = article;
            this.text = article.text();
            this.lang = article.language().isChinese() ? "zh" : "vi";
            this.rl = rules.lang(lang);
            this.mentions = mentions.stream().sorted(Comparator.comparingInt(AmountMention::start)).toList();
            this.reading = unspin(Fold.fold(text));
            this.sentences = (article.language().isChinese() ? zhSplitter : viSplitter).split(text);
            if (article.language().isChinese()) {
                Set<Integer> wanted = new HashSet<>();
                for (AmountMention m : this.mentions) {
                    int i = sentenceOf(m.start());
                    wanted.add(i);
                    wanted.add(i - 1);
                }
                for (int i : wanted) {
                    if (i >= 0) {
                        Sentence s = sentences.get(i);
                        tokens.put(i, ChineseAnnotator.annotate(text, s.start(), s.end()));
                    }
                }
            }
            for (Sentence s : sentences) {
                names.add(findNames(s));
            }
            for (Sentence s : sentences) {
                cues.add(findCues(s));
            }
            inheritAttributions();
        }

        // ---- spun text ----------------------------------------------------------------------

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

        // ---- sentences, clauses, names -----------------------------------------------------------

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

        private boolean digitAround(int i) {
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

        private boolean inMention(int start, int end) {
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
            } else if ("vi".equals(lang)) {
                addCapitalisedRuns(s, out);
            }
            out.sort(Comparator.comparingInt(Name::start));
            return out;
        }

        /** Runs of proper nouns (NR) or NER-typed tokens; Latin tokens separated by spaces join. */
        private void addTokenNames(List<Token> toks, List<Name> out) {
            int i = 0;
            while (i < toks.size()) {
                if (!isNameToken(toks.get(i))) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && isNameToken(toks.get(j)) && text.substring(toks.get(j - 1).end(), toks.get(j).start()).isBlank()) {
                    j++;
                }
                int start = toks.get(i).start();
                int end = toks.get(j - 1).end();
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

        private boolean isNameToken(Token t) {
            String ner = t.ner();
            boolean typed = "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "GPE".equals(ner);
            return (t.isProperNoun() || typed) && rl.metrics.get(t.word()) == null && t.word().codePoints().anyMatch(Character::isLetter);
        }

        /** Vietnamese names: runs of capitalised syllables, a lone capital at the start of a sentence excepted. */
        private void addCapitalisedRuns(Sentence s, List<Name> out) {
            Matcher m = SYLLABLE.matcher(text);
            m.region(s.start(), s.end());
            int runStart = -1;
            int runEnd = -1;
            int count = 0;
            while (true) {
                boolean more = m.find();
                boolean capital = more && Character.isUpperCase(text.charAt(m.start()));
                boolean joins = more && runStart >= 0 && text.substring(runEnd, m.start()).equals(" ");
                if (runStart >= 0 && !(capital && joins)) {
                    if ((count > 1 || !opensSentence(s, runStart)) && !inMention(runStart, runEnd) && !overlapsAny(out, runStart, runEnd)) {
                        String written = text.substring(runStart, runEnd);
                        out.add(new Name(runStart, runEnd, written, "name", TextNormalizer.matchKey(written)));
                    }
                    runStart = -1;
                }
                if (!more) {
                    break;
                }
                if (capital) {
                    if (runStart < 0) {
                        runStart = m.start();
                        count = 0;
                    }
                    runEnd = m.end();
                    count++;
                }
            }
        }

        /** Capitalised because it starts a sentence, a quotation or what follows a colon. */
        private boolean opensSentence(Sentence s, int offset) {
            int i = offset;
            while (i > s.start() && (Character.isWhitespace(text.charAt(i - 1)) || "“\"«'‘(".indexOf(text.charAt(i - 1)) >= 0)) {
                i--;
            }
            return i == s.start() || text.charAt(i - 1) == ':' || text.charAt(i - 1) == '.';
        }

        private static boolean overlapsAny(List<Name> names, int start, int end) {
            for (Name n : names) {
                if (n.start() < end && n.end() > start) {
                    return true;
                }
            }
            return false;
        }

        // ---- attribution ------------------------------------------------------------------------

        List<Cue> findCues(Sentence s) {
            List<CuePattern.Hit> hits = new ArrayList<>();
            for (CuePattern p : rl.cues) {
                int from = s.start();
                CuePattern.Hit h;
                while (from < s.end() && (h = p.find(reading, from, s.end())) != null) {
                    hits.add(h);
                    from = Math.max(h.end(), h.start() + 1);
                }
            }
            // the more specific rule (listed first) wins where two overlap
            List<Cue> out = new ArrayList<>();
            for (CuePattern.Hit h : hits) {
                if (out.stream().anyMatch(c -> c.start() < h.end() && h.start() < c.end())) {
                    continue;
                }
                Attribution a = attribution(s, h);
                if (a == null) {
                    continue;
                }
                if (h.pattern().contentBefore()) {
                    out.add(new Cue(h.start(), h.end(), s.start(), h.start(), a));
                } else {
                    out.add(new Cue(h.start(), h.end(), h.end(), s.end(), a));
                }
            }
            out.sort(Comparator.comparingInt(Cue::start));
            return out;
        }

        private Attribution attribution(Sentence s, CuePattern.Hit h) {
            if (h.sourceStart() < 0) {
                return null;
            }
            int[] span = trimSource(h.sourceStart(), h.sourceEnd());
            if (span[1] <= span[0] || wholly(rl.words("not-source"), span) || wholly(rl.words("trim-head"), span)) {
                return null;
            }
            String source = text.substring(span[0], span[1]).strip();
            Name inside = null;
            for (Name n : names.get(s.index())) {
                if (n.start() >= span[0] && n.end() <= span[1]) {
                    inside = n;
                }
            }
            String type;
            if (inside == null && !rl.words("pronoun").findAll(reading, span[0], span[1]).isEmpty()) {
                Name person = nearestBefore(s.index(), span[0], "person", 5);
                if (person == null) {
                    return null;
                }
                source = person.text();
                type = "person";
            } else {
                type = sourceType(span[0], span[1], inside);
                if (type == null) {
                    type = sourceType(h.start(), h.end(), null);
                }
            }
            return new Attribution(source, type, h.label(), "explicit");
        }

        private boolean wholly(Lexicon<Boolean> words, int[] span) {
            var m = words.longestAt(reading, span[0], span[1]);
            return m != null && m.end() == span[1];
        }

        private int[] trimSource(int start, int end) {
            boolean changed = true;
            while (changed && start < end) {
                changed = false;
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                var head = rl.words("trim-head").longestAt(reading, start, end);
                var time = rl.times.longestAt(reading, start, end);
                int headEnd = Math.max(head == null ? -1 : head.end(), time == null ? -1 : time.end());
                if (headEnd > start && headEnd < end) {
                    start = headEnd;
                    changed = true;
                }
                for (var tail : rl.words("trim-tail").findAll(reading, start, end)) {
                    // a one-character adverb (还, 也) only at the end; longer words (日前, 最新) anywhere
                    if (tail.start() > start && (tail.end() == end || tail.word().length() > 1)) {
                        end = tail.start();
                        changed = true;
                        break;
                    }
                }
                Matcher date = DATE_TAIL.matcher(reading).region(start, end);
                if (date.find() && date.start() > start) {
                    end = date.start();
                    changed = true;
                }
            }
            return new int[] {start, end};
        }

        /** A type word after the last name in the source (华尔街分析师 → person), else the name's type, else any type word. */
        private String sourceType(int start, int end, Name inside) {
            String word = null;
            String wordAfterName = null;
            for (var m : rl.sourceTypes.findAll(reading, start, end)) {
                word = m.value();
                if (inside != null && m.start() >= inside.end()) {
                    wordAfterName = m.value();
                }
            }
            if (wordAfterName != null) {
                return wordAfterName;
            }
            if (inside != null && "place".equals(inside.type())) {
                return word == null ? "organization" : word;
            }
            if (inside != null && NAME_TYPES.contains(inside.type())) {
                return inside.type();
            }
            if (word == null && inside != null) {
                return "organization";
            }
            return word;
        }

        /** The nearest name of {@code type} (any type when null) before {@code offset}, in this and {@code sentencesBack} earlier sentences. */
        private Name nearestBefore(int sentence, int offset, String type, int sentencesBack) {
            for (int i = sentence; i >= 0 && i >= sentence - sentencesBack; i--) {
                List<Name> ns = names.get(i);
                for (int k = ns.size() - 1; k >= 0; k--) {
                    Name n = ns.get(k);
                    if (n.end() <= offset && (type == null ? NAME_TYPES.contains(n.type()) || "name".equals(n.type()) : type.equals(n.type()))
                            && !inSource(i, n)) {
                        return n;
                    }
                }
            }
            return null;
        }

        private boolean inSource(int sentence, Name n) {
            for (Cue c : cues.size() > sentence ? cues.get(sentence) : List.<Cue>of()) {
                if (n.start() < c.end() && n.end() > c.start()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An explicit attribution is inherited by the following sentences of its paragraph until one
         * names its own source, opens in the author's voice (这意味着, rõ ràng) or has as its first
         * subject a name the attributed sentence did not mention.
         */
        private void inheritAttributions() {
            Attribution state = null;
            Set<String> origin = Set.of();
            int paragraph = -1;
            for (Sentence s : sentences) {
                if (s.paragraph() != paragraph) {
                    state = null;
                    paragraph = s.paragraph();
                }
                String opening = reading.substring(s.start(), s.end()).replaceFirst("^[\\s“”\"「」'‘’]+", "");
                if (state != null && !rl.words("breaker").findAll(opening, 0, Math.min(opening.length(), 12)).stream()
                        .filter(m -> m.start() == 0).toList().isEmpty()) {
                    state = null;
                }
                List<Cue> own = cues.get(s.index());
                if (state != null && own.isEmpty()) {
                    List<Candidate> subjects = candidates(s);
                    if (!subjects.isEmpty() && subjects.get(0).name()
                            && !origin.contains(TextNormalizer.matchKey(subjects.get(0).text()))) {
                        state = null;
                    }
                }
                inherited.add(state);
                for (Cue c : own) {
                    if (c.contentStart() >= c.end()) {
                        state = c.attribution().inherited();
                        origin = new HashSet<>();
                        for (Name n : names.get(s.index())) {
                            origin.add(n.key());
                            origin.add(TextNormalizer.matchKey(n.text()));
                        }
                    }
                }
            }
        }

        Attribution attributionFor(Sentence s, int offset) {
            Attribution found = null;
            for (Cue c : cues.get(s.index())) {
                if (offset >= c.contentStart() && offset < c.contentEnd()) {
                    found = c.attribution();
                }
            }
            if (found != null) {
                return found;
            }
            Attribution inh = inherited.get(s.index());
            return inh == null ? Attribution.NONE : inh;
        }

        // ---- the claim --------------------------------------------------------------------------

        Claim claim(AmountMention m) {
            Sentence s = sentences.get(sentenceOf(m.start()));
            List<Clause> cl = clauses(s);
            int ci = clauseIndex(cl, m.start());
            Found metric = metric(m, cl, ci);
            Found time = time(s, m, cl, ci);
            Integer year = resolveYear(time);
            Attribution attribution = attributionFor(s, m.start());
            boolean hedged = !rl.hedges.findAll(reading, s.start(), m.end()).isEmpty()
                    || (attribution.cue() != null && !rl.hedges.findAll(Fold.fold(attribution.cue()), 0, attribution.cue().length()).isEmpty());
            String subject = subject(s, m, cl, ci, metric);
            return new Claim(article.docId() + ":" + m.start() + "-" + m.end(), article.docId(), m,
                    s.text(), s.start(), s.end(), subject, metric == null ? "other" : metric.value(),
                    time == null ? null : text.substring(time.start(), time.end()), year, hedged, attribution);
        }

        // metric: a unit price, else the nearest metric word before the amount in its clause, else one
        // shortly after it, else the last one of an earlier clause (not across a colon)
        private Found metric(AmountMention m, List<Clause> cl, int ci) {
            Clause c = cl.get(ci);
            if (unitPrice(c.start(), m.start())) {
                return new Found(m.start(), m.start(), "price");
            }
            Found before = lastMetric(c.start(), m.start());
            if (before != null) {
                return before;
            }
            int window = "zh".equals(lang) ? 8 : 24;
            for (var w : rl.metrics.findAll(reading, m.end(), Math.min(c.end(), m.end() + window))) {
                if (!"-".equals(w.value()) && !inMention(w.start(), w.end())) {
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

        private Found lastMetric(int from, int to) {
            Found last = null;
            for (var w : rl.metrics.findAll(reading, from, to)) {
                if (!"-".equals(w.value()) && !inMention(w.start(), w.end())) {
                    last = new Found(w.start(), w.end(), w.value());
                }
            }
            return last;
        }

        private boolean unitPrice(int clauseStart, int amountStart) {
            String each = "zh".equals(lang) ? "每" : "mỗi";
            int from = Math.max(clauseStart, amountStart - 12);
            int at = reading.lastIndexOf(each, amountStart);
            if (at < from) {
                return false;
            }
            for (var u : rl.words("price-unit").findAll(reading, at + each.length(), amountStart)) {
                if (u.value()) {
                    return true;
                }
            }
            return false;
        }

        // time: the nearest expression before the amount in its clause, else after it in its clause,
        // else the nearest in an earlier clause of the sentence
        private Found time(Sentence s, AmountMention m, List<Clause> cl, int ci) {
            List<Found> all = times(s);
            Clause c = cl.get(ci);
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
            for (Found f : all) {
                if (f.end() <= c.start()) {
                    best = f;
                }
            }
            return best;
        }

        /** Time expressions of a sentence, value the year rule of time.tsv; matches that overlap an amount are not times. */
        private List<Found> times(Sentence s) {
            List<Found> out = new ArrayList<>();
            for (var w : rl.times.findAll(reading, s.start(), s.end())) {
                out.add(new Found(w.start(), w.end(), w.value()));
            }
            for (Rules.TimeRule r : rl.timeRegexes) {
                Matcher mt = r.regex().matcher(reading).region(s.start(), s.end());
                while (mt.find()) {
                    int st = mt.start();
                    while (st < mt.end() && Character.isWhitespace(reading.charAt(st))) {
                        st++;
                    }
                    if (mt.end() > st) {
                        out.add(new Found(st, mt.end(), r.year()));
                    }
                }
            }
            out.removeIf(f -> inMention(f.start(), f.end()));
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
            return TimeResolver.resolve(reading.substring(time.start(), time.end()), time.value(), article.date());
        }

        // subject: a name or noun phrase right before the metric word (美国债务, chi phí của OpenAI),
        // else the first subject candidate of the amount's clause, else of the clauses before it,
        // else the first one after the amount
        private String subject(Sentence s, AmountMention m, List<Clause> cl, int ci, Found metric) {
            List<Candidate> cands = candidates(s);
            if (metric != null && metric.end() > metric.start()) {
                for (Candidate c : cands) {
                    if (!c.pronoun() && attached(c, metric)) {
                        return c.text();
                    }
                }
            }
            for (int j = ci; j >= 0; j--) {
                Clause c = cl.get(j);
                int limit = j == ci ? m.start() : c.end();
                for (Candidate cand : cands) {
                    if (cand.start() >= c.start() && cand.start() < limit) {
                        return cand.pronoun() ? resolvePronoun(s, cl, j, cands, cand) : cand.text();
                    }
                }
                if (c.afterColon()) {
                    break;
                }
            }
            // nothing before it: the first name or noun phrase after the amount (自打投资100亿后，微软股价…)
            for (Candidate cand : cands) {
                if (cand.start() >= m.end() && !cand.pronoun()) {
                    return cand.text();
                }
            }
            return null;
        }

        private boolean attached(Candidate c, Found metric) {
            if ("zh".equals(lang)) {
                String gap = reading.substring(Math.min(c.end(), metric.start()), metric.start());
                return c.end() <= metric.start() && gap.matches("\\s*(的|之)?\\s*");
            }
            if (c.start() < metric.end()) {
                return false;
            }
            String between = reading.substring(metric.end(), c.start());
            return between.matches("(\\s+\\p{L}+){0,5}\\s+của\\s+") && !between.matches(".*[,.;:].*");
        }

        private String resolvePronoun(Sentence s, List<Clause> cl, int clause, List<Candidate> cands, Candidate pronoun) {
            for (int j = clause - 1; j >= 0; j--) {
                Clause c = cl.get(j);
                for (Candidate cand : cands) {
                    if (cand.start() >= c.start() && cand.start() < c.end() && !cand.pronoun()) {
                        return cand.text();
                    }
                }
            }
            Name n = nearestBefore(s.index(), pronoun.start(), null, 1);
            return n == null ? null : n.text();
        }

        private record Candidate(int start, int end, String text, boolean pronoun, boolean name) {
        }

        /** Subject candidates of a sentence in order: names (not sources, not receivers), noun phrases, pronouns. */
        private List<Candidate> candidates(Sentence s) {
            List<Candidate> out = new ArrayList<>();
            for (Name n : names.get(s.index())) {
                if (!inSource(s.index(), n) && !afterRecipient(n.start())) {
                    out.add(new Candidate(n.start(), n.end(), n.text(), false, true));
                }
            }
            List<Token> toks = tokens.get(s.index());
            if (toks != null) {
                addChineseNounPhrases(toks, out, s);
            } else {
                addVietnameseNounPhrases(s, out);
            }
            // apposition: a noun phrase right before a name is its title (晶元公司英伟达)
            out.removeIf(np -> !np.name() && !np.pronoun() && out.stream()
                    .anyMatch(n -> n.name() && n.start() >= np.end() && text.substring(np.end(), n.start()).isBlank()));
            out.sort(Comparator.comparingInt(Candidate::start));
            return out;
        }

        private boolean afterRecipient(int offset) {
            int i = offset;
            while (i > 0 && Character.isWhitespace(reading.charAt(i - 1))) {
                i--;
            }
            for (int len = 1; len <= 4 && i - len >= 0; len++) {
                var m = rl.words("recipient").longestAt(reading, i - len, i);
                if (m != null && m.end() == i) {
                    return true;
                }
            }
            return false;
        }

        private void addChineseNounPhrases(List<Token> toks, List<Candidate> out, Sentence s) {
            Lexicon<Boolean> heads = rl.words("np-head");
            Lexicon<Boolean> pronouns = rl.words("pronoun");
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                String w = Fold.fold(t.word());
                if ("PN".equals(t.pos()) || pronouns.get(t.word()) != null) {
                    if (pronouns.get(t.word()) != null && !inCue(s, t.start())) {
                        out.add(new Candidate(t.start(), t.end(), t.word(), true, false));
                    }
                    continue;
                }
                boolean modifiesNext = i + 1 < toks.size() && toks.get(i + 1).isNoun() && toks.get(i + 1).start() == t.end();
                if (!"NN".equals(t.pos()) || modifiesNext || !endsWithAny(w, heads) || inCue(s, t.start())
                        || overlapsCandidate(out, t.start(), t.end())) {
                    continue;
                }
                int j = i;
                while (j > 0 && MODIFIER_TAGS.contains(toks.get(j - 1).pos()) && toks.get(j - 1).end() == toks.get(j).start()
                        && rl.metrics.get(toks.get(j - 1).word()) == null && rl.times.get(toks.get(j - 1).word()) == null) {
                    j--;
                }
                int start = toks.get(j).start();
                if (!afterRecipient(start) && !overlapsCandidate(out, start, t.end())) {
                    out.add(new Candidate(start, t.end(), text.substring(start, t.end()), false, false));
                }
            }
        }

        private boolean endsWithAny(String word, Lexicon<Boolean> heads) {
            for (int k = 0; k < word.length(); k++) {
                var m = heads.longestAt(word, k, word.length());
                if (m != null && m.end() == word.length()) {
                    return true;
                }
            }
            return false;
        }

        private boolean inCue(Sentence s, int offset) {
            for (Cue c : cues.get(s.index())) {
                if (offset >= c.start() && offset < c.end()) {
                    return true;
                }
            }
            return false;
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
            Lexicon<Boolean> stops = rl.words("np-stop");
            for (var p : rl.words("pronoun").findAll(reading, s.start(), s.end())) {
                if (!inCue(s, p.start()) && !overlapsCandidate(out, p.start(), p.end())) {
                    out.add(new Candidate(p.start(), p.end(), text.substring(p.start(), p.end()), true, false));
                }
            }
            for (var h : rl.words("np-head").findAll(reading, s.start(), s.end())) {
                if (inCue(s, h.start()) || overlapsCandidate(out, h.start(), h.end()) || afterRecipient(h.start())) {
                    continue;
                }
                Matcher m = SYLLABLE.matcher(reading);
                m.region(h.end(), s.end());
                int end = h.end();
                int count = 0;
                while (m.find() && count < 6 && reading.substring(end, m.start()).equals(" ")
                        && !Character.isDigit(reading.charAt(m.start())) && stops.longestAt(reading, m.start(), s.end()) == null) {
                    end = m.end();
                    count++;
                }
                if (count > 0) {
                    out.add(new Candidate(h.start(), end, text.substring(h.start(), end), false, false));
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

    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}](?:[\\p{L}\\p{M}\\p{Nd}'’&-]|\\.(?=[\\p{L}\\p{Nd}]))*");
    private static final Pattern DATE_TAIL = Pattern.compile("\\d{1,4}\\s*[年月日]$");
    private static final Set<String> MODIFIER_TAGS = Set.of("NN", "NR", "JJ", "DT", "CD", "OD", "M");
}
