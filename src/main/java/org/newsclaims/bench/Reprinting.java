package org.newsclaims.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways reprints are made, applied to a text: new site chrome, an edited lead with a sentence
 * dropped, conversion to the other Chinese script, and synonym-style swaps of every fifth word;
 * the same bulletin another day (template news, which must not cluster with it); and single changes
 * an editor or a translation makes to a claim (a figure changed, a hedge or a source dropped, a
 * year moved). Used to grow a corpus realistically for benchmarks, to test that copies still
 * cluster, and to plant claim variants.
 */
public final class Reprinting {

    /** A day and month: 2月9日, 9/2, ngày 9 tháng 2, 2022-02-09 (the day in a group named {@code dayN}); or a year. */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(?:\\d{1,2}\\s*月\\s*(?<day1>\\d{1,2})\\s*[日号]"
            + "|(?<day2>\\d{1,2})\\s*(?:/|\\s+tháng\\s+)\\d{1,2}|(?:19|20)\\d\\d-\\d{1,2}-(?<day3>\\d{1,2})|(?:19|20)\\d\\d)(?!\\d)");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    private Reprinting() {
    }

    public static String withNewChrome(String text) {
        return "快捷导航 新闻首页\n主页 > 财经 >\n\n" + text + "\n\n相关文章\n某公司融资10亿美元\n";
    }

    /** The second sentence rewritten and the middle one dropped (sentences, so one-paragraph items are edited too). */
    public static String editedLead(String text, boolean chinese) {
        List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[。！？!?]|\\. )")));
        if (sentences.size() < 3) {
            return text + (chinese ? "\n(本报记者综合报道)" : "\n(Theo phóng viên tổng hợp)");
        }
        sentences.set(1, chinese ? "据本报记者综合报道,以下为详细内容。" : "Theo phóng viên tổng hợp, sau đây là nội dung chi tiết. ");
        sentences.remove(sentences.size() / 2);
        return String.join("", sentences);
    }

    /** Simplified to Traditional, or Traditional to Simplified, with ICU. */
    public static String otherScript(String text, boolean traditional) {
        return Transliterator.getInstance(traditional ? "Traditional-Simplified" : "Simplified-Traditional")
                .transliterate(text);
    }

    /**
     * Every fifth word (Chinese: ICU dictionary words; Vietnamese: syllables) replaced by another word;
     * amounts kept: numbers, and the scale or currency word right after one (50亿美元, 5 tỷ USD).
     */
    public static String swapEveryFifthWord(String text, boolean chinese) {
        String[] fillers = chinese ? new String[] {"因而", "然而", "此外", "相当", "一些", "进行"}
                : new String[] {"rất", "nhiều", "được", "những", "cũng", "khá"};
        BreakIterator words = BreakIterator.getWordInstance(chinese ? Locale.CHINESE : Locale.forLanguageTag("vi"));
        words.setText(text);
        StringBuilder out = new StringBuilder(text.length());
        int n = 0;
        boolean afterNumber = false;
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String w = text.substring(start, end);
            boolean number = w.chars().anyMatch(Character::isDigit);
            boolean word = words.getRuleStatus() >= BreakIterator.WORD_LETTER && !number && !afterNumber;
            out.append(word && ++n % 5 == 0 ? fillers[n % fillers.length] : w);
            if (!w.isBlank()) {
                afterNumber = number;
            }
        }
        return out.toString();
    }

    /** The same text with every digit changed: a template bulletin of another day. */
    public static String otherNumbers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('0' + (c - '0' + 3) % 10) : c);
        }
        return out.toString();
    }

    /** Whether the text states a day of the month that {@link #nextDay} would move. */
    public static boolean dated(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if (day(m) != null) {
                return true;
            }
        }
        return false;
    }

    /** The same bulletin a day later: each date's day moved on by one, years kept, every other digit changed. */
    public static String nextDay(String text) {
        Matcher m = DATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            out.append(otherNumbers(text.substring(at, m.start())));
            String group = day(m);
            if (group == null) {
                out.append(m.group());
            } else {
                int day = Integer.parseInt(m.group(group));
                out.append(text, m.start(), m.start(group)).append(day % 28 + 1).append(text, m.end(group), m.end());
            }
            at = m.end();
        }
        return out.append(otherNumbers(text.substring(at))).toString();
    }

    /** The group holding the day of a {@link #DATE} match, null for a year. */
    private static String day(Matcher m) {
        for (String group : List.of("day1", "day2", "day3")) {
            if (m.group(group) != null) {
                return group;
            }
        }
        return null;
    }

    /** The figure in {@code text[start, end)} changed: its first digit moved on by one (9 to 1). */
    public static String changeFigure(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return text.substring(0, i) + (char) ('1' + (c - '0') % 9) + text.substring(i + 1);
            }
        }
        return text;
    }

    /** {@code text} without {@code text[start, end)}: a hedge or a source that an editor or a translation dropped. */
    public static String drop(String text, int start, int end) {
        return text.substring(0, start) + text.substring(end);
    }

    /** The first year (19xx, 20xx) in {@code text[start, end)} moved back by one. */
    public static String swapYear(String text, int start, int end) {
        Matcher m = YEAR.matcher(text).region(start, end);
        if (!m.find()) {
            return text;
        }
        return text.substring(0, m.start()) + (Integer.parseInt(m.group()) - 1) + text.substring(m.end());
    }

    /** The {@code k}-th reprint of a text (k ≥ 1), cycling through the transformations. */
    public static String reprint(String text, int k, boolean chinese, boolean traditional) {
        return switch (k % 4) {
            case 1 -> withNewChrome(text);
            case 2 -> editedLead(text, chinese);
            case 3 -> chinese ? otherScript(text, traditional) : swapEveryFifthWord(text, false);
            default -> swapEveryFifthWord(text, chinese);
        };
    }
}
