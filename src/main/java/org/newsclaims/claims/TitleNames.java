package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.nlp.ChineseAnnotator;

/**
 * Chinese names CoreNLP does not know (聚财猫, 宜人贷, 唐小僧 are read as 聚财/猫, 宜人/贷, 唐/小僧): the
 * longest runs of Han characters in the article's first line that its body repeats at least
 * {@value #MIN_REPEATS} times, as a whole word at least twice, and that are no word of the segmenter's dictionary, not built of its
 * words alone, not cut across a word of the line, with no {@code not-in-name} character and no metric word.
 */
final class TitleNames {

    static final int MIN_REPEATS = 3;
    /** A first line longer than this is no headline. */
    static final int MAX_TITLE = 60;
    private static final int MIN_WHOLE = 2;
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 6;

    private TitleNames() {
    }

    /** The names, as folded, of an article whose first line is {@code reading.substring(start, end)}. */
    static Set<String> of(String reading, int start, int end, Rules.Lang rl, ChineseAnnotator words) {
        String body = reading.substring(end);
        List<String> runs = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (int i = start; i < end; i++) {
            String longest = null;
            for (int len = MIN_LENGTH; len <= MAX_LENGTH && i + len <= end && isHan(reading.charAt(i + len - 1)); len++) {
                String run = reading.substring(i, i + len);
                if (isHan(run.charAt(0)) && repeatsWhole(body, run, rl)) {
                    longest = run;
                }
            }
            if (longest != null) {
                runs.add(longest);
                starts.add(i);
            }
        }
        Set<Integer> bounds = wordBounds(reading.substring(start, end), words);
        Set<String> names = new HashSet<>();
        for (int k = 0; k < runs.size(); k++) {
            String run = runs.get(k);
            int at = reading.indexOf(run, start) - start;
            if (runs.stream().noneMatch(r -> r.length() > run.length() && r.contains(run))
                    && bounds.contains(at) && bounds.contains(at + run.length())
                    && !words.isWord(run) && !wordsOnly(run, words)
                    && rl.words("not-in-name").findAll(run, 0, run.length()).isEmpty()
                    && rl.metrics.findAll(run, 0, run.length()).isEmpty()) {
                names.add(run);
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
            opens |= at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)) || endsWithWord(body, at, rl.words("name-preceder"));
        }
        return count >= MIN_REPEATS && whole >= MIN_WHOLE && followed && opens;
    }

    private static boolean endsWithWord(String text, int end, Lexicon<Boolean> words) {
        for (int start = Math.max(0, end - 2); start < end; start++) {
            if (words.get(text.substring(start, end)) != null) {
                return true;
            }
        }
        return false;
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
