package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.nlp.ChineseAnnotator;

/**
 * Chinese names CoreNLP does not know (聚财猫, 宜人贷, 唐小僧 are read as 聚财/猫, 宜人/贷, 唐/小僧), from an
 * article's headline, its first line where that is at most {@value #MAX_TITLE} characters long: the
 * longest runs of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} Han characters of it that the body
 * repeats as a whole word ({@link #repeatsWhole}), that are no word of the segmenter's dictionary nor
 * built of its words alone, that cut across no word of the line, and that hold no {@code not-in-name}
 * character and no metric word.
 */
final class TitleNames {

    private static final int MAX_TITLE = 60;
    private static final int MIN_REPEATS = 3;
    private static final int MIN_WHOLE = 2;
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 6;
    /** The longest name-preceder, in characters (按照). */
    private static final int MAX_PRECEDER = 2;

    private record Run(int at, String text) {
    }

    private TitleNames() {
    }

    /** The names, as folded, that the headline of the article read as {@code reading} gives. */
    static Set<String> of(String reading, Rules.Lang rl, ChineseAnnotator words) {
        int lineEnd = reading.indexOf('\n');
        String title = reading.substring(0, lineEnd < 0 ? reading.length() : lineEnd);
        if (title.strip().length() > MAX_TITLE) {
            return Set.of(); // not a headline: a digest of several, or a paragraph
        }
        String body = reading.substring(title.length());
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < title.length(); i++) {
            String longest = null;
            for (int len = MIN_LENGTH; len <= MAX_LENGTH && i + len <= title.length() && isHan(title.charAt(i + len - 1)); len++) {
                String run = title.substring(i, i + len);
                if (!isHan(run.charAt(0)) || !repeats(body, run)) {
                    break; // a longer run repeats no more often
                }
                if (repeatsWhole(body, run, rl)) {
                    longest = run;
                }
            }
            if (longest != null) {
                runs.add(new Run(i, longest));
            }
        }
        Set<Integer> bounds = wordBounds(title, words);
        Set<String> names = new HashSet<>();
        for (Run run : runs) {
            String text = run.text();
            if (runs.stream().noneMatch(r -> r.text().length() > text.length() && r.text().contains(text))
                    && bounds.contains(run.at()) && bounds.contains(run.at() + text.length())
                    && !words.isWord(text) && !wordsOnly(text, words)
                    && rl.words("not-in-name").findAll(text, 0, text.length()).isEmpty()
                    && rl.metrics.findAll(text, 0, text.length()).isEmpty()) {
                names.add(text);
            }
        }
        return names;
    }

    /**
     * Whether {@code body} repeats {@code run} at least {@value #MIN_REPEATS} times, of which at least
     * {@value #MIN_WHOLE} end a word: punctuation or a {@code name-follower} (的, 官网, 平台) comes next, not
     * the rest of a longer word (累计净买入, 全国碳市场), one of them by a name-follower, as a name is and a
     * phrase that ends a clause (创历史新高) is not; and at least one opens a clause or follows a
     * {@code name-preceder} (据, 与), not the middle of a word (融易新媒体, 屡创历史新高).
     */
    private static boolean repeatsWhole(String body, String run, Rules.Lang rl) {
        int count = 0;
        int whole = 0;
        boolean followed = false;
        boolean opens = false;
        for (int at = body.indexOf(run); at >= 0; at = body.indexOf(run, at + run.length())) {
            count++;
            int next = at + run.length();
            boolean follower = rl.words("name-follower").longestAt(body, next, body.length()) != null;
            if (next == body.length() || !Character.isLetterOrDigit(body.charAt(next)) || follower) {
                whole++;
            }
            followed |= follower;
            opens |= at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1))
                    || ArticleView.endsWithAny(body.substring(Math.max(0, at - MAX_PRECEDER), at), rl.words("name-preceder"));
        }
        return count >= MIN_REPEATS && whole >= MIN_WHOLE && followed && opens;
    }

    /** Whether {@code body} holds {@code run} at least {@value #MIN_REPEATS} times: the cheap test before {@link #repeatsWhole}. */
    private static boolean repeats(String body, String run) {
        int count = 0;
        for (int at = body.indexOf(run); at >= 0 && count < MIN_REPEATS; at = body.indexOf(run, at + run.length())) {
            count++;
        }
        return count >= MIN_REPEATS;
    }

    /** Word boundaries of {@code line} by forward longest match on the dictionary. */
    private static Set<Integer> wordBounds(String line, ChineseAnnotator words) {
        Set<Integer> bounds = new HashSet<>();
        bounds.add(0);
        for (int i = 0; i < line.length(); ) {
            i += wordAt(line, i, words);
            bounds.add(i);
        }
        return bounds;
    }

    /** Whether {@code run} splits into dictionary words of two characters or more (风险提示, 电动汽车). */
    private static boolean wordsOnly(String run, ChineseAnnotator words) {
        for (int i = 0; i < run.length(); ) {
            int len = wordAt(run, i, words);
            if (len == 1) {
                return false;
            }
            i += len;
        }
        return true;
    }

    private static int wordAt(String s, int i, ChineseAnnotator words) {
        for (int len = Math.min(MAX_LENGTH, s.length() - i); len > 1; len--) {
            if (words.isWord(s.substring(i, i + len))) {
                return len;
            }
        }
        return 1;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
