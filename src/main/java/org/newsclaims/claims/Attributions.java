package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.nlp.Token;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Attribution of one article (PARC): the cues of {@code cues.tsv} found in each sentence, each with
 * its source and the span of its content, and the attribution each sentence inherits.
 */
final class Attributions {

    /** A cue with the span of the content it governs. */
    record Cue(int start, int end, int contentStart, int contentEnd, Attribution attribution) {
    }

    /** How many sentences after its own an attribution is inherited by: "the next sentence of the same report" (GUIDELINES.md). */
    private static final int MAX_INHERITED_SENTENCES = 1;
    /** Characters a source slot that CoreNLP has not read may hold without a source type word. */
    private static final int MAX_UNREAD_SOURCE = 12;
    private static final Pattern BRACKET_CREDIT = Pattern.compile("[（(]([^（）()，,。.:：;；\\d]{1,12})[）)]\\s*$");
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    /** How a person is called by a familiar name: 阿月, 小安, 老王, 阿根伯, 丽花姨 (source slots CoreNLP did not read). */
    private static final Pattern NICKNAME = Pattern.compile("[阿小老]\\p{IsHan}{1,2}|\\p{IsHan}{1,3}[伯姨婆嬷叔嫂]");
    private static final Pattern DATELINE = Pattern.compile("\\d{1,2}日[电讯]\\s");
    private static final Pattern DATE_TAIL = Pattern.compile("\\d{1,4}\\s*[年月日]$");
    private static final Pattern THEO_CREDIT = Pattern.compile(
            "(?:^|\\s)\\(?\\s*Theo\\s+(\\p{L}[^.,;:!?()\\d]{0,40}?(?:\\s*\\(\\s*[^()\\d]{1,30}\\))?|\\p{Lu}[\\p{L}\\d.]{1,30})\\s*\\)?\\s*$");

    private final ArticleView v;
    private final List<List<Cue>> cues = new ArrayList<>();
    private final List<Attribution> inherited = new ArrayList<>();
    /** Per sentence, the closing credit of its item ("Theo Phương Dung (Dân Trí)") that follows it, or null. */
    private final List<Attribution> credits;

    /** Cues are looked for only in paragraphs that hold an amount: attribution is not inherited across paragraphs. */
    Attributions(ArticleView v) {
        this.v = v;
        Set<Integer> withAmounts = new HashSet<>();
        for (var m : v.mentions) {
            withAmounts.add(v.sentences.get(v.sentenceOf(m.start())).paragraph());
        }
        int paragraphStart = 0;
        Attribution[] closing = new Attribution[v.sentences.size()];
        for (Sentence s : v.sentences) {
            cues.add(withAmounts.contains(s.paragraph()) ? findCues(s) : List.of());
            paragraphStart = v.opensParagraph(s) ? s.start() : paragraphStart;
            closing[s.index()] = closingCredit(s, paragraphStart);
        }
        // each sentence takes the next credit at or after it; the title takes none
        Attribution following = null;
        Attribution[] credited = new Attribution[closing.length];
        for (int i = closing.length - 1; i >= 0; i--) {
            following = closing[i] != null ? closing[i] : following;
            credited[i] = v.sentences.get(i).paragraph() == v.sentences.get(0).paragraph() ? null : following;
        }
        credits = Arrays.asList(credited);
    }

    /**
     * A credit that closes an item: the last words of a paragraph, "Theo …" or "(Theo …)", naming
     * the outlet, after a slash or in brackets where a byline comes first ("Theo Hà Thu/VnExpress").
     * A bare byline (a name with every syllable capitalised, no outlet word or mark) is no source.
     */
    private Attribution theoCredit(Sentence s) {
        Matcher m = THEO_CREDIT.matcher(s.text());
        if (!m.find()) {
            return null;
        }
        String credit = m.group(1).strip();
        String outlet = credit;
        boolean marked = false;
        int open = credit.indexOf('(');
        if (open >= 0) {
            outlet = credit.substring(open + 1).replace(")", "");
            marked = true;
        } else if (credit.contains("/")) {
            outlet = credit.substring(credit.lastIndexOf('/') + 1);
            marked = true;
        }
        outlet = outlet.strip();
        boolean named = Character.isUpperCase(credit.charAt(0)) || v.rl.words("outlet").longestAt(Fold.fold(credit), 0, credit.length()) != null;
        if (outlet.isEmpty() || !named || !(marked || looksLikeOutlet(outlet))) {
            return null;
        }
        return new Attribution(outlet, "media", "Theo", "inherited");
    }

    /** An outlet word in front, a domain, a capital inside a word (VnExpress), a lowercase syllable (Dân trí) or one word. */
    private boolean looksLikeOutlet(String name) {
        if (v.rl.words("outlet").longestAt(Fold.fold(name), 0, name.length()) != null || name.contains(".")) {
            return true;
        }
        String[] syllables = name.split("\\s+");
        if (syllables.length == 1) {
            return true;
        }
        for (String syl : syllables) {
            if (!Character.isUpperCase(syl.charAt(0)) || syl.chars().skip(1).anyMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The credit with which sentence {@code s} closes its paragraph, if it is the last one: "Theo …"
     * in Vietnamese, or a short name in brackets ((上证报), （新华社）, (TTXVN)). It credits the claims of
     * that item that have no closer attribution.
     */
    private Attribution closingCredit(Sentence s, int paragraphStart) {
        if (!v.closesParagraph(s) || !v.article.inBody(s.start(), s.end())) {
            return null;
        }
        Attribution theo = "vi".equals(v.lang) ? theoCredit(s) : null;
        return theo != null ? theo : bracketCredit(paragraphStart, s.end());
    }

    /** A short name in brackets at the end of a paragraph; bylines and notes ({@code not-credit}) are none. */
    private Attribution bracketCredit(int paragraphStart, int paragraphEnd) {
        Matcher m = BRACKET_CREDIT.matcher(v.text).region(paragraphStart, paragraphEnd);
        if (!m.find() || !v.rl.words("not-credit").findAll(v.reading, m.start(1), m.end(1)).isEmpty()
                || m.group(1).codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        String type = sourceType(m.start(1), m.end(1), null);
        return new Attribution(m.group(1).strip(), type == null ? "media" : type, "(…)", "inherited");
    }

    List<Cue> findCues(Sentence s) {
        List<CuePattern.Hit> hits = new ArrayList<>();
        for (CuePattern p : v.rl.cues) {
            int from = s.start();
            CuePattern.Hit h;
            while (from < s.end() && (h = p.find(v.reading, from, s.end())) != null) {
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
        var head = v.rl.words("not-source-head").longestAt(v.reading, span[0], span[1]);
        if (span[1] <= span[0] || wholly(v.rl.words("not-source"), span) || wholly(v.rl.words("trim-head"), span)
                || head != null && (head.end() == span[1] || v.reading.charAt(head.end()) == ' ')) {
            return null;
        }
        boolean titled = dropHonorific(span);
        String source = v.text.substring(span[0], span[1]).strip();
        ArticleView.Name inside = null;
        for (ArticleView.Name n : v.names.get(s.index())) {
            if (n.start() >= span[0] && n.end() <= span[1]) {
                inside = n;
            }
        }
        if (inside == null && wholly(v.rl.words("issuer-document"), span)) {
            String issuer = organizationBefore(s.index(), span[0]);
            return issuer == null ? new Attribution(source, "report", h.label(), "explicit")
                    : new Attribution(issuer, "organization", h.label(), "explicit");
        }
        if (inside == null && h.pattern().fixedSource() == null && !namesSomeone(s, span)) {
            // an adverb or a clause fragment in the slot (无奈说, 高兴地说): the speaker is the person named before it
            ArticleView.Name person = nearestBefore(s.index(), span[0], "person", 0);
            return person == null ? null : new Attribution(person.text(), "person", h.label(), "explicit");
        }
        String type;
        if (inside == null && !v.rl.words("pronoun").findAll(v.reading, span[0], span[1]).isEmpty()) {
            ArticleView.Name person = nearestBefore(s.index(), span[0], "person", 5);
            if (person == null) {
                return null;
            }
            source = person.text();
            type = "person";
        } else if (titled) {
            type = "person";
        } else {
            type = sourceType(span[0], span[1], inside);
            if (type == null) {
                // the issuer of a disclosure (X发布…季度报告) is an organization, the author of a study a report
                type = v.rl.words("issuer-document").findAll(v.reading, span[1], h.end()).isEmpty()
                        ? sourceType(h.start(), h.end(), null) : "organization";
            }
        }
        return new Attribution(source, type, h.label(), "explicit");
    }

    /**
     * Whether a source slot can name someone: where CoreNLP read it, it holds a noun or pronoun and
     * does not end in an adverb (…地); unread, it is short or holds a source type word.
     */
    private boolean namesSomeone(Sentence s, int[] span) {
        if (!v.rl.sourceTypes.findAll(v.reading, span[0], span[1]).isEmpty()) {
            return true;
        }
        List<Token> toks = v.tokens.get(s.index());
        List<Token> inSlot = toks == null ? List.of() : toks.stream().filter(t -> t.start() >= span[0] && t.end() <= span[1]).toList();
        boolean adverbial = v.reading.charAt(span[1] - 1) == '地';
        if (toks == null && "vi".equals(v.lang)) {
            return true; // the Vietnamese patterns bound their own slots; there is no tagger to ask
        }
        if (inSlot.isEmpty() || inSlot.get(0).start() > span[0] || inSlot.get(inSlot.size() - 1).end() < span[1]) {
            return !adverbial && span[1] - span[0] <= MAX_UNREAD_SOURCE;
        }
        adverbial |= "AD".equals(inSlot.get(inSlot.size() - 1).pos());
        return !adverbial && inSlot.stream().anyMatch(t -> t.isNoun() || "PN".equals(t.pos()) || "NT".equals(t.pos()));
    }

    /** Cuts an honorific from the front of a person's name ("ông Tuyến" → Tuyến); whether there was one. */
    private boolean dropHonorific(int[] span) {
        var h = v.rl.words("honorific").longestAt(v.reading, span[0], span[1]);
        if (h == null || h.end() + 1 >= span[1] || v.reading.charAt(h.end()) != ' ') {
            return false;
        }
        span[0] = h.end() + 1;
        return true;
    }

    private boolean wholly(Lexicon<Boolean> words, int[] span) {
        var m = words.longestAt(v.reading, span[0], span[1]);
        return m != null && m.end() == span[1];
    }

    private int[] trimSource(int start, int end) {
        // a bracketed dateline (《经济通通讯社２３日专讯》五菱汽车, 【财联社】) is no part of the source, a
        // bracketed title (《财经》记者) is
        for (int i = end - 1; i > start + 1; i--) {
            char close = v.reading.charAt(i - 1);
            if (close == '】' || close == '》' && "讯电".indexOf(v.reading.charAt(i - 2)) >= 0) {
                start = i;
                break;
            }
        }
        // nor is one that runs into it after a space (中新经纬客户端12月28日电 兴业证券公告称)
        Matcher dateline = DATELINE.matcher(v.reading).region(start, end);
        while (dateline.find()) {
            start = dateline.end();
        }
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && Character.isWhitespace(v.text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(v.text.charAt(end - 1))) {
                end--;
            }
            var head = v.rl.words("trim-head").longestAt(v.reading, start, end);
            var time = v.rl.times.longestAt(v.reading, start, end);
            int headEnd = Math.max(head == null ? -1 : head.end(), time == null ? -1 : time.end());
            if (headEnd > start && headEnd < end) {
                start = headEnd;
                changed = true;
            }
            for (var tail : v.rl.words("trim-tail").findAll(v.reading, start, end)) {
                // a one-character adverb (还, 也) only at the end; longer words (日前, 最新) anywhere
                if (tail.start() > start && (tail.end() == end || tail.word().length() > 1)) {
                    end = tail.start();
                    changed = true;
                    break;
                }
            }
            Matcher date = DATE_TAIL.matcher(v.reading).region(start, end);
            if (date.find() && date.start() > start) {
                end = date.start();
                changed = true;
            }
        }
        return new int[] {start, end};
    }

    /** A type word after the last name in the source (华尔街分析师 → person), else the name's type, else any type word. */
    private String sourceType(int start, int end, ArticleView.Name inside) {
        String word = null;
        String wordAfterName = null;
        for (var m : v.rl.sourceTypes.findAll(v.reading, start, end)) {
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
        if (inside != null && ArticleView.NAME_TYPES.contains(inside.type())) {
            return inside.type();
        }
        if (word == null && inside != null) {
            return "organization";
        }
        return word;
    }

    /** The nearest name of {@code type} (any type when null) before {@code offset}, in this and {@code sentencesBack} earlier sentences. */
    ArticleView.Name nearestBefore(int sentence, int offset, String type, int sentencesBack) {
        return nearestBefore(sentence, offset, type, sentencesBack, n -> true);
    }

    /** {@link #nearestBefore(int, int, String, int)} among the names {@code keep} accepts. */
    ArticleView.Name nearestBefore(int sentence, int offset, String type, int sentencesBack, Predicate<ArticleView.Name> keep) {
        for (int i = sentence; i >= 0 && i >= sentence - sentencesBack; i--) {
            List<ArticleView.Name> ns = v.names.get(i);
            for (int k = ns.size() - 1; k >= 0; k--) {
                ArticleView.Name n = ns.get(k);
                if (n.end() <= offset && (type == null ? ArticleView.NAME_TYPES.contains(n.type()) || "name".equals(n.type()) : type.equals(n.type()))
                        && keep.test(n) && !inSource(i, n)) {
                    return n;
                }
            }
        }
        return null;
    }

    /**
     * The organization named, or speaking, last before {@code offset}: the issuer of a disclosure that
     * does not name it (公告显示), the company a bare 公司 means.
     */
    String organizationBefore(int sentence, int offset) {
        ArticleView.Name org = v.organizationBefore(sentence, offset);
        Cue speaker = lastSpeakerBefore(sentence, offset);
        if (speaker != null && (org == null || speaker.start() > org.start())) {
            return speaker.attribution().source();
        }
        return org == null ? null : org.text();
    }

    /** The last cue before {@code offset} (in this sentence or an earlier one) whose source can speak for itself. */
    private Cue lastSpeakerBefore(int sentence, int offset) {
        for (int i = Math.min(sentence, cues.size() - 1); i >= 0; i--) {
            List<Cue> cs = cues.get(i);
            for (int k = cs.size() - 1; k >= 0; k--) {
                if (cs.get(k).start() < offset && speaksForItself(cs.get(k).attribution(), v.rl)) {
                    return cs.get(k);
                }
            }
        }
        return null;
    }

    /** A source that can be what its claim is about: not a medium, a report or data, nor a bare type word (机构, 官网). */
    static boolean speaksForItself(Attribution a, Rules.Lang rl) {
        if (a.source() == null || Set.of("media", "report", "data").contains(String.valueOf(a.sourceType()))) {
            return false;
        }
        String folded = Fold.fold(a.source());
        var type = rl.sourceTypes.longestAt(folded, 0, folded.length());
        return type == null || type.end() < folded.length();
    }

    /** Whether {@code n} is the source of a cue by which it speaks about itself (công bố kết quả). */
    boolean disclosesItself(int sentence, ArticleView.Name n) {
        for (Cue c : cues.size() > sentence ? cues.get(sentence) : List.<Cue>of()) {
            if (n.start() < c.end() && n.end() > c.start() && c.attribution().cue() != null) {
                String cue = Fold.fold(c.attribution().cue());
                if (!v.rl.words("self-cue").findAll(cue, 0, cue.length()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * People quoted by a short Chinese name, typed as a person or shaped like a familiar name
     * (阿月婆說), name to "person": names CoreNLP may not have read.
     */
    Map<String, String> quotedPeople() {
        Map<String, String> out = new HashMap<>();
        for (List<Cue> sentenceCues : cues) {
            for (Cue c : sentenceCues) {
                String source = c.attribution().source();
                boolean person = "person".equals(c.attribution().sourceType()) || c.attribution().sourceType() == null && source != null
                        && NICKNAME.matcher(Fold.fold(source)).matches();
                if (person && source != null && PERSON_NAME.matcher(source).matches()) {
                    out.put(source, "person");
                }
            }
        }
        return out;
    }

    boolean inSource(int sentence, ArticleView.Name n) {
        for (Cue c : cues.size() > sentence ? cues.get(sentence) : List.<Cue>of()) {
            if (n.start() < c.end() && n.end() > c.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An explicit attribution is inherited by the next sentence of its paragraph unless that one
     * names its own source, opens in the author's voice (这意味着, rõ ràng) or has as its first
     * subject a name the attributed sentence did not mention.
     */
    void inherit(Subjects subjects) {
        Attribution state = null;
        Set<String> origin = Set.of();
        int paragraph = -1;
        int attributed = -1;
        for (Sentence s : v.sentences) {
            if (s.paragraph() != paragraph || s.index() - attributed > MAX_INHERITED_SENTENCES) {
                state = null;
                paragraph = s.paragraph();
            }
            String opening = v.reading.substring(s.start(), s.end()).replaceFirst("^[\\s“”\"「」'‘’]+", "");
            if (state != null && !v.rl.words("breaker").findAll(opening, 0, Math.min(opening.length(), 12)).stream()
                    .filter(m -> m.start() == 0).toList().isEmpty()) {
                state = null;
            }
            List<Cue> own = cues.get(s.index());
            if (state != null && own.isEmpty()) {
                List<Subjects.Candidate> first = subjects.candidates(s);
                if (!first.isEmpty() && first.get(0).name()
                        && !origin.contains(TextNormalizer.matchKey(first.get(0).text()))) {
                    state = null;
                }
            }
            inherited.add(state);
            for (Cue c : own) {
                if (c.contentStart() >= c.end()) {
                    state = c.attribution().inherited();
                    attributed = s.index();
                    origin = new HashSet<>();
                    for (ArticleView.Name n : v.names.get(s.index())) {
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
        if (inh == null) {
            inh = credits.get(s.index());
        }
        return inh == null ? Attribution.NONE : inh;
    }

    boolean inCue(Sentence s, int offset) {
        for (Cue c : cues.get(s.index())) {
            if (offset >= c.start() && offset < c.end()) {
                return true;
            }
        }
        return false;
    }
}
