package org.newsclaims.claims;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsclaims.money.AmountMention;
import org.newsclaims.nlp.Sentence;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Vietnamese names of organisations and subject phrases — the product of a price, what a bracketed
 * amount follows, the noun phrase that opens a clause, places that are no subject — read from the
 * syllables of a sentence with the word lists of {@code phrases.tsv} (there is no tagger for
 * Vietnamese).
 */
final class VietnameseSubjects {

    /** A quantity between a price word and its product: " 100 g", " 1 kg". */
    private static final Pattern QUANTITY = Pattern.compile(" \\d+([.,]\\d+)? ?\\p{L}{1,3}(?= )");
    private static final int MAX_NAME_SYLLABLES = 8;
    private static final int MAX_PRODUCT_SYLLABLES = 6;
    private static final Pattern LIST_BEFORE = Pattern.compile("(, | và )$");
    private static final int MAX_SUBJECT_SYLLABLES = 8;
    private static final int MAX_LOCATIVE_GAP = 3;
    /** Lowercase words between the kind and the name proper: "công ty vàng bạc đá quý Sài Gòn SJC". */
    private static final int MAX_LOWERCASE_BEFORE_NAME = 4;

    private VietnameseSubjects() {
    }

    /**
     * Organisations: a kind word ("Tổng cục", "Công ty", "UBND") and the syllables after it up to
     * the last capitalised one, plus one lowercase syllable after it, since names are written in
     * sentence case ("Bộ Tài chính", "Sở Y tế"). Words that end a noun phrase and punctuation end
     * it; at most a few lowercase words may come before the first capital.
     */
    static void addOrganisations(ArticleText v, Sentence s, List<ArticleView.Name> out) {
        Lexicon<Boolean> stops = v.rl.words("np-stop");
        Lexicon<Boolean> titles = v.rl.words("org-title");
        for (var h : v.rl.words("org-head").findAll(v.reading, s.start(), s.end())) {
            if (ArticleView.overlapsAny(out, h.start(), h.end()) || v.inMention(h.start(), h.end())
                    || titles.longestAt(v.reading, Math.min(h.end() + 1, s.end()), s.end()) != null) {
                continue;
            }
            Matcher m = ArticleView.SYLLABLE.matcher(v.text);
            m.region(h.end(), s.end());
            int previousEnd = h.end();
            int end = -1;
            boolean lowercaseAfterCapital = false;
            for (int count = 0; count < MAX_NAME_SYLLABLES && m.find(); count++) {
                boolean capital = Character.isUpperCase(v.text.charAt(m.start()));
                if (!v.text.substring(previousEnd, m.start()).equals(" ") || Character.isDigit(v.text.charAt(m.start()))
                        || !capital && stops.longestAt(v.reading, m.start(), s.end()) != null
                        || end < 0 && count >= MAX_LOWERCASE_BEFORE_NAME) {
                    break;
                }
                if (capital) {
                    end = m.end();
                    lowercaseAfterCapital = false;
                } else if (end >= 0 && !lowercaseAfterCapital && v.rl.words("opener").longestAt(v.reading, m.start(), s.end()) == null
                        && v.rl.words("not-subject").longestAt(v.reading, m.start(), s.end()) == null) {
                    end = m.end();
                    lowercaseAfterCapital = true;
                }
                previousEnd = m.end();
            }
            if (end > 0 && !v.inMention(h.start(), end) && !ArticleView.overlapsAny(out, h.start(), end)) {
                String written = v.text.substring(h.start(), end);
                out.add(new ArticleView.Name(h.start(), end, written, "organization", TextNormalizer.matchKey(written)));
            }
        }
    }

    /**
     * The product a price is quoted for: the words after the last price word ("giá", "niêm yết")
     * before the amount in its sentence that names one ("giá vàng SJC Hà Nội giao dịch ở mức: …" →
     * vàng SJC Hà Nội), past a kind of price ("giá bán lẻ xăng"), up to a word that ends it; null
     * where no price word names one.
     */
    static String pricedProduct(ArticleView v, Sentence s, AmountMention m) {
        return pricedProduct(v, s.start(), m.start());
    }

    private static String pricedProduct(ArticleView v, int from, int to) {
        for (int at = lastPriceWord(v, from, to); at >= 0; at = lastPriceWord(v, from, at)) {
            String product = productAfter(v, at, to);
            if (product != null) {
                return product;
            }
        }
        return null;
    }

    /**
     * The thing an amount directly follows: the words before it back to a verb, a preposition, an
     * opener or punctuation, numbers inside kept ("căn hộ mini 19 m2"); null where a metric word, a
     * number or nothing comes first.
     * <ul>
     * <li>{@code priced}: past qualifiers and the words that lead to a price, of which one must be a
     * price word ("Morning Si AT giá 402 triệu đồng", "bản LTZ số tự động có giá 392 triệu đồng"); two
     * words or more, or a name, or goods.</li>
     * <li>not {@code priced}: past qualifiers only, goods (not "nhà nước") right before a figure ("căn
     * hộ 100 triệu đồng", not "Câu hỏi tỷ đô la"), not their possessor ("phí bảo trì của chung cư
     * khoảng 3,2 tỉ đồng").</li>
     * </ul>
     */
    static String productBefore(ArticleView v, Sentence s, AmountMention m, boolean priced) {
        List<String> leads = priced ? List.of("qualifier", "price-word", "price-lead", "price-kind") : List.of("qualifier");
        int before = m.start();
        boolean leadsToPrice = false;
        for (boolean skipped = true; skipped; ) {
            int at = skipSpaceBack(v, s.start(), before);
            skipped = false;
            if (wordEndingAt(v, v.rl.words("not-price"), s.start(), at) >= 0) {
                return null;
            }
            for (String kind : leads) {
                int start = wordEndingAt(v, v.rl.words(kind), s.start(), at);
                if (start >= 0) {
                    before = start;
                    skipped = true;
                    leadsToPrice |= kind.equals("price-word");
                    break;
                }
            }
        }
        before = skipSpaceBack(v, s.start(), before);
        boolean priceWordBefore = wordEndingAt(v, v.rl.words("price-word"), s.start(), before) >= 0
                || wordEndingAt(v, v.rl.words("price-kind"), s.start(), before) >= 0;
        if (priced ? !leadsToPrice : priceWordBefore || m.text().chars().noneMatch(Character::isDigit)) {
            return null;
        }
        if (v.inMention(before - 1, before) || v.rl.metrics.get(lastWords(v, s.start(), before, 2)) != null
                || v.rl.metrics.get(lastWords(v, s.start(), before, 1)) != null) {
            return null;
        }
        String quoted = priced ? quotedBefore(v, s.start(), before) : null;
        if (quoted != null) {
            return quoted;
        }
        int start = phraseStartBefore(v, s.start(), before, MAX_SUBJECT_SYLLABLES, true);
        if (start >= before || Character.isDigit(v.text.charAt(start))) {
            return null;
        }
        boolean goods = v.rl.words("goods").findAll(v.reading, start, before).stream().anyMatch(g -> {
            var noun = v.rl.words("compound-noun").longestAt(v.reading, g.start(), v.reading.length());
            return noun == null || noun.end() <= g.end();
        });
        boolean phrase = goods || v.text.indexOf(' ', start) < before || Character.isUpperCase(v.text.charAt(start));
        boolean possessor = v.rl.words("possessive").get(lastWords(v, s.start(), start, 1)) != null;
        return priced ? (phrase ? v.text.substring(start, before) : null)
                : goods && !possessor ? v.text.substring(start, before) : null;
    }

    /** A product named in quotes that end at {@code end} ("yến huyết đảo đặc biệt" với mức giá …), up to six syllables. */
    private static String quotedBefore(ArticleView v, int from, int end) {
        if (end <= from || "\"”»'".indexOf(v.text.charAt(end - 1)) < 0) {
            return null;
        }
        int open = end - 2;
        while (open >= from && "\"“«'".indexOf(v.text.charAt(open)) < 0) {
            open--;
        }
        String inside = open < from ? "" : v.text.substring(open + 1, end - 1).strip();
        return !inside.isEmpty() && inside.split(" ").length <= MAX_PRODUCT_SYLLABLES
                && inside.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ')
                ? inside : null;
    }

    /**
     * The product priced in one of the two sentences before {@code s} in its paragraph, for a price
     * whose own sentence names no subject (a price list goes on about the same product).
     */
    static String productPricedBefore(ArticleView v, Sentence s) {
        return inSentencesBefore(v, s, (from, to) -> pricedProduct(v, from, to));
    }

    /** The first that {@code find} gives of the two sentences before {@code s} in its paragraph, nearest first. */
    private static String inSentencesBefore(ArticleView v, Sentence s, BiFunction<Integer, Integer, String> find) {
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2) && v.sentences.get(i).paragraph() == s.paragraph(); i--) {
            String found = find.apply(v.sentences.get(i).start(), v.sentences.get(i).end());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** What a buyer or seller of a price trades in the two sentences before it, in its paragraph ("mua yến huyết"). */
    static String tradedBefore(ArticleView v, Sentence s) {
        return inSentencesBefore(v, s, (from, to) -> tradedBetween(v, from, to));
    }

    /**
     * What a buyer or seller trades in {@code [from, to)} (khách hàng có thể mua căn hộ tầng trệt … nhưng giá bán khoảng
     * 400-500 triệu đồng → căn hộ tầng trệt …): the phrase after the last {@code trade-verb} that names one, not one
     * that follows "giá" (giá bán); null where none does.
     */
    static String tradedBetween(ArticleView v, int from, int to) {
        var verbs = v.rl.words("trade-verb").findAll(v.reading, from, to);
        for (int k = verbs.size() - 1; k >= 0; k--) {
            var verb = verbs.get(k);
            if (v.reading.startsWith("giá ", Math.max(from, verb.start() - 4))) {
                continue;
            }
            String traded = phraseAfter(v, verb.end(), to, MAX_PRODUCT_SYLLABLES,
                    List.of(v.rl.words("np-stop"), v.rl.words("product-stop"), v.rl.words("verb"), v.rl.words("qualifier")));
            if (traded != null) {
                return traded;
            }
        }
        return null;
    }

    private static String productAfter(ArticleView v, int at, int limit) {
        Lexicon<Boolean> kinds = v.rl.words("price-kind");
        int from = v.rl.words("price-word").longestAt(v.reading, at, limit).end();
        while (from < limit && v.reading.charAt(from) == ' ') {
            var kind = kinds.longestAt(v.reading, from + 1, limit);
            if (kind == null) {
                break;
            }
            from = kind.end();
        }
        Matcher quantity = QUANTITY.matcher(v.text).region(from, limit);
        if (quantity.lookingAt() && !v.inMention(quantity.start() + 1, quantity.end())) {
            from = quantity.end(); // giá mỗi 100 g yến huyết
        }
        return phraseAfter(v, from, limit, MAX_PRODUCT_SYLLABLES, List.of(v.rl.words("np-stop"), v.rl.words("product-stop"),
                v.rl.words("verb"), v.rl.words("qualifier")));
    }

    /**
     * The syllables after {@code from}, one space apart, up to {@code max} of them, punctuation, a
     * number or a word of {@code ends}; null where there is none.
     */
    private static String phraseAfter(ArticleView v, int from, int limit, int max, List<Lexicon<Boolean>> ends) {
        Matcher syl = ArticleView.SYLLABLE.matcher(v.text);
        syl.region(from, limit);
        int previousEnd = from;
        int start = -1;
        int end = -1;
        for (int count = 0; count < max && syl.find(); count++) {
            int at = syl.start();
            if (!v.text.substring(previousEnd, at).equals(" ") || Character.isDigit(v.text.charAt(at))
                    || ends.stream().anyMatch(words -> words.longestAt(v.reading, at, limit) != null)) {
                break;
            }
            start = start < 0 ? at : start;
            end = syl.end();
            previousEnd = end;
        }
        return start < 0 ? null : v.text.substring(start, end);
    }

    /**
     * "30 triệu đồng đối với tội phạm ít nghiêm trọng": an amount followed by a {@code for-whom} word
     * (or a {@code for-whom-name} word and a name: 15 triệu đồng với Vinastas) is about the noun phrase after
     * it, up to punctuation, a verb, a word that ends a noun phrase
     * or a number; null where the amount is not so followed.
     */
    static String forWhom(ArticleView v, Sentence s, AmountMention m) {
        int i = m.end();
        if (i < s.end() && v.reading.charAt(i) == '/') {
            Matcher unit = ArticleView.SYLLABLE.matcher(v.text).region(i + 1, s.end());
            i = unit.lookingAt() ? unit.end() : i;
        }
        i = skipSpace(v, i, s.end());
        var word = v.rl.words("for-whom").longestAt(v.reading, i, s.end());
        if (word == null) {
            word = v.rl.words("for-whom-name").longestAt(v.reading, i, s.end());
            int next = word == null ? s.end() : skipSpace(v, word.end(), s.end());
            if (next >= s.end() || !Character.isUpperCase(v.text.charAt(next))) {
                return null;
            }
        }
        return phraseAfter(v, word.end(), s.end(), MAX_SUBJECT_SYLLABLES, List.of(v.rl.words("np-stop"), v.rl.words("verb")));
    }

    /**
     * The noun phrase that opens the clause {@code [from, to)}, Vietnamese being subject–verb–object:
     * after openers ("Trong đó", "Tuy nhiên") and time expressions, and not after a preposition,
     * a money word, a pronoun or an honorific, the syllables up to a verb, a qualifier or a word that ends a
     * noun phrase, compound nouns kept whole ("nhà đầu tư đã thua lỗ" → nhà đầu tư), or up to a
     * number after two syllables or more ("Căn hộ 50-70 m2"); {@code [start, end)}, or null where
     * the clause opens otherwise or the phrase is not so ended.
     */
    static int[] clauseSubject(ArticleView v, int from, int to) {
        Lexicon<Boolean> openers = v.rl.words("opener");
        Lexicon<Boolean> nouns = v.rl.words("compound-noun");
        Lexicon<Boolean> stops = v.rl.words("np-stop");
        Lexicon<Boolean> verbs = v.rl.words("verb");
        Lexicon<Boolean> qualifiers = v.rl.words("qualifier");
        int i = skipSpace(v, from, to);
        for (boolean skipped = true; skipped && i < to; ) {
            var opener = openers.longestAt(v.reading, i, to);
            var time = v.rl.times.longestAt(v.reading, i, to);
            int end = Math.max(opener == null ? -1 : opener.end(), time == null ? -1 : time.end());
            skipped = end > i;
            if (skipped) {
                i = skipSpace(v, end, to);
            }
        }
        var metric = v.rl.metrics.longestAt(v.reading, i, to);
        if (i >= to || v.rl.words("not-subject").longestAt(v.reading, i, to) != null || metric != null && !"-".equals(metric.value())
                || v.rl.words("honorific").longestAt(v.reading, i, to) != null || v.rl.words("pronoun").longestAt(v.reading, i, to) != null) {
            return null;
        }
        Matcher syl = ArticleView.SYLLABLE.matcher(v.text);
        int start = i;
        int end = -1;
        for (int count = 0; count < MAX_SUBJECT_SYLLABLES && i < to; count++) {
            var noun = nouns.longestAt(v.reading, i, to);
            boolean count0 = count == 0 && Character.isDigit(v.text.charAt(i)) && !v.inMention(i, i + 1) && syl.region(i, to).lookingAt()
                    && syl.group().chars().allMatch(Character::isDigit);
            if (noun != null) {
                end = noun.end();
            } else if (count0) {
                end = syl.end(); // a count opens the phrase: "41 cơ quan báo chí khác bị phạt"
            } else if (Character.isDigit(v.text.charAt(i)) || stops.longestAt(v.reading, i, to) != null
                    || verbs.longestAt(v.reading, i, to) != null || qualifiers.longestAt(v.reading, i, to) != null) {
                return end < 0 || Character.isDigit(v.text.charAt(i)) && count < 2 ? null : new int[] {start, end};
            } else if (syl.region(i, to).lookingAt()) {
                end = syl.end();
            } else {
                return null;
            }
            if (end >= to || v.text.charAt(end) != ' ') {
                return null;
            }
            i = end + 1;
        }
        if (i < to && end > 0 && (stops.longestAt(v.reading, i, to) != null
                || verbs.longestAt(v.reading, i, to) != null)) {
            return new int[] {start, end};
        }
        return null;
    }

    private static final Pattern OWNER = Pattern.compile("\\bcủa\\s+");

    /**
     * The noun phrase that owns what the amount is ("tổng số tiền phí bảo trì của chung cư khoảng 3,2
     * tỉ đồng" → chung cư): the phrase after the last "của" of the clause before the amount, where
     * only a verb or a qualifier comes between it and the amount; null where there is none.
     */
    static String possessor(ArticleView v, int clauseStart, AmountMention m) {
        if (clauseStart >= m.start()) {
            return null;
        }
        Matcher of = OWNER.matcher(v.reading).region(clauseStart, m.start());
        int after = -1;
        while (of.find()) {
            after = of.end();
        }
        int[] np = after < 0 ? null : clauseSubject(v, after, m.start());
        if (np == null || np[1] > m.start() || v.reading.substring(np[1], m.start()).trim().split("\\s+").length > 2) {
            return null;
        }
        String phrase = v.reading.substring(np[0], np[1]);
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        // "của Atari và kiếm được 5 USD": a phrase that ends in a conjunction runs into the next clause
        return v.rl.words("trim-head").get(last) != null ? null : v.text.substring(np[0], np[1]);
    }

    /**
     * An amount in brackets after what it is about ("Berkshire Hathaway (24 tỉ USD)", "khu tái định
     * cư (5.030 tỷ đồng)"): the name that ends at the bracket, else the words before it back to a
     * verb, a preposition or punctuation; null where the amount is not so bracketed, or the bracket
     * follows another amount (a conversion: "70 triệu USD (khoảng 1.600 tỷ đồng)") or a count
     * ("12 triệu cổ phiếu (275 tỷ đồng)").
     */
    static String bracketed(ArticleView v, Sentence s, AmountMention m, List<Subjects.Candidate> cands) {
        int open = m.start();
        while (open > s.start() && v.text.charAt(open - 1) != '(') {
            open--;
            if (open < m.start() - 12) {
                return null;
            }
        }
        if (open <= s.start() || v.rl.words("qualifier").findAll(v.reading, open, m.start()).isEmpty()
                && !v.text.substring(open, m.start()).isBlank()) {
            return null;
        }
        int before = open - 1;
        while (before > s.start() && v.text.charAt(before - 1) == ' ') {
            before--;
        }
        if (v.inMention(before - 1, before)) {
            return null;
        }
        for (Subjects.Candidate c : cands) {
            if (c.name() && c.end() == before) {
                return c.text();
            }
        }
        int start = phraseStartBefore(v, s.start(), before, MAX_PRODUCT_SYLLABLES, false);
        int previous = start;
        while (previous > s.start() && v.text.charAt(previous - 1) == ' ') {
            previous--;
        }
        boolean counted = previous > s.start() && Character.isDigit(v.text.charAt(previous - 1));
        return start < before && !counted ? v.text.substring(start, before) : null;
    }

    /**
     * Where the noun phrase that ends at {@code before} starts: up to {@code max} syllables back, to
     * punctuation or a word that no noun phrase runs across; syllables with digits only where
     * {@code digits} ("căn hộ mini 19 m2").
     */
    private static int phraseStartBefore(ArticleView v, int from, int before, int max, boolean digits) {
        int start = before;
        for (int count = 0; count < max; count++) {
            int end = start;
            while (start > from && (Character.isLetter(v.text.charAt(start - 1))
                    || digits && (Character.isDigit(v.text.charAt(start - 1)) || v.text.charAt(start - 1) == '.' && start - 1 > from
                    && Character.isDigit(v.text.charAt(start - 2))))) {
                start--;
            }
            if (start == end) {
                break;
            }
            int ender = insideCompound(v, from, start, before) ? -1 : phraseEnder(v, start, before);
            if (ender > 0) {
                start = ender;
                break;
            }
            if (start == from || v.text.charAt(start - 1) != ' ') {
                break;
            }
            start--;
        }
        while (start < before && v.text.charAt(start) == ' ') {
            start++;
        }
        return start;
    }

    /** Whether the syllable at {@code at} ends a compound noun that starts one syllable before it (nhà ở, nhà đầu tư). */
    private static boolean insideCompound(ArticleView v, int from, int at, int before) {
        int previous = syllableStartBefore(v, from, skipSpaceBack(v, from, at));
        var noun = previous < 0 ? null : v.rl.words("compound-noun").longestAt(v.reading, previous, before);
        return noun != null && noun.end() > at;
    }

    /** Start of a word of {@code words} of up to three syllables that ends at {@code end}, or -1. */
    private static int wordEndingAt(ArticleView v, Lexicon<Boolean> words, int from, int end) {
        int start = end;
        for (int syllables = 0; syllables < 3 && start > from; syllables++) {
            start = syllableStartBefore(v, from, start);
            if (start < 0) {
                return -1;
            }
            if (words.get(v.reading.substring(start, end)) != null) {
                return start;
            }
            start = skipSpaceBack(v, from, start);
        }
        return -1;
    }

    /** The last {@code n} syllables before {@code end}, as read. */
    private static String lastWords(ArticleView v, int from, int end, int n) {
        int start = end;
        for (int k = 0; k < n && start > from; k++) {
            int syllable = syllableStartBefore(v, from, skipSpaceBack(v, from, start));
            if (syllable < 0) {
                break;
            }
            start = syllable;
        }
        return v.reading.substring(start, end);
    }

    private static int syllableStartBefore(ArticleView v, int from, int end) {
        int start = end;
        while (start > from && Character.isLetter(v.text.charAt(start - 1))) {
            start--;
        }
        return start == end ? -1 : start;
    }

    private static int skipSpaceBack(ArticleView v, int from, int i) {
        while (i > from && v.text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** The end of the longest word at {@code at} that no noun phrase runs across (a verb, preposition, opener, qualifier), or -1. */
    private static int phraseEnder(ArticleView v, int at, int to) {
        int end = -1;
        for (String kind : List.of("np-stop", "verb", "not-subject", "opener", "qualifier", "product-stop")) {
            var w = v.rl.words(kind).longestAt(v.reading, at, to);
            end = w == null ? end : Math.max(end, w.end());
        }
        return end;
    }

    /**
     * Where a conjunction ("nhưng", "còn", "trong khi") opens a new clause without a comma before
     * the amount, the subject of that part: its first candidate, else the noun phrase opening it;
     * null where there is no such part, it names no subject or opens with a pronoun (resolved as
     * the subject of the whole clause).
     */
    static String afterConjunction(ArticleView v, int from, int amountStart, List<Subjects.Candidate> cands) {
        int part = -1;
        for (var c : v.rl.words("conjunction").findAll(v.reading, from, amountStart)) {
            if (c.start() > from) {
                part = c.end();
            }
        }
        if (part < 0) {
            return null;
        }
        for (Subjects.Candidate cand : cands) {
            if (cand.start() >= part && cand.start() < amountStart) {
                return cand.pronoun() ? null : cand.text();
            }
        }
        int[] np = clauseSubject(v, part, amountStart);
        return np == null ? null : v.text.substring(np[0], np[1]);
    }

    /**
     * Whether the name at {@code nameStart} is in a phrase of place: after a locative word ("tại",
     * "ở", "phố", "khu vực") with at most a few lowercase words between ("Tại thị trường TP.HCM",
     * "trên phố Hào Nam", "(quận Thủ Đức"), or listed after such a name and up to two lowercase words
     * ("tại thị trường Trung Quốc đại lục, Hồng Kông và Đài Loan").
     */
    static boolean isPlace(ArticleView v, Sentence s, int nameStart) {
        Matcher listed = LIST_BEFORE.matcher(v.text).region(s.start(), nameStart);
        if (listed.find()) {
            for (ArticleView.Name n : v.names.get(s.index())) {
                if (n.end() <= listed.start() && v.text.substring(n.end(), listed.start()).matches("( \\p{Ll}+){0,2}")
                        && isPlace(v, s, n.start())) {
                    return true;
                }
            }
        }
        Lexicon<Boolean> locatives = v.rl.words("locative");
        int i = nameStart;
        for (int back = 0; back < MAX_LOCATIVE_GAP && i > s.start(); back++) {
            int end = i;
            while (end > s.start() && v.text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > s.start() && Character.isLetter(v.text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            var w = locatives.longestAt(v.reading, start, nameStart);
            if (w != null && w.start() == start) {
                return true;
            }
            if (!Character.isLowerCase(v.text.charAt(start))) {
                return false;
            }
            i = start;
        }
        return false;
    }

    private static int skipSpace(ArticleView v, int i, int to) {
        while (i < to && (Character.isWhitespace(v.text.charAt(i)) || "“\"'‘(".indexOf(v.text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** Start of the last price word ("giá", "niêm yết") in {@code [from, to)} that is not part of a compound such as trị giá, đánh giá. */
    private static int lastPriceWord(ArticleView v, int from, int to) {
        Lexicon<Boolean> notPrice = v.rl.words("not-price");
        List<Lexicon.Match<Boolean>> words = v.rl.words("price-word").findAll(v.reading, from, to);
        for (int k = words.size() - 1; k >= 0; k--) {
            var w = words.get(k);
            boolean compound = false;
            for (var n : notPrice.findAll(v.reading, Math.max(from, w.start() - 6), Math.min(v.reading.length(), w.end() + 5))) {
                if (n.start() <= w.start() && n.end() >= w.end()) {
                    compound = true;
                }
            }
            if (!compound) {
                return w.start();
            }
        }
        return -1;
    }
}
