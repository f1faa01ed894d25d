package org.newsclaims.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ways reprints are made, applied to a text: new site chrome, an edited lead with a sentence
 * dropped, conversion to the other Chinese script, and synonym-style swaps of every fifth word.
 * Used to grow a corpus realistically for benchmarks and to test that copies still cluster.
 */
public final class Reprinting {

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

    /** Every fifth word (Chinese: ICU dictionary words; Vietnamese: syllables) replaced by another word; numbers kept. */
    public static String swapEveryFifthWord(String text, boolean chinese) {
        String[] fillers = chinese ? new String[] {"因而", "然而", "此外", "相当", "一些", "进行"}
                : new String[] {"rất", "nhiều", "được", "những", "cũng", "khá"};
        BreakIterator words = BreakIterator.getWordInstance(chinese ? Locale.CHINESE : Locale.forLanguageTag("vi"));
        words.setText(text);
        StringBuilder out = new StringBuilder(text.length());
        int n = 0;
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String w = text.substring(start, end);
            boolean word = words.getRuleStatus() >= BreakIterator.WORD_LETTER && w.chars().noneMatch(Character::isDigit);
            out.append(word && ++n % 5 == 0 ? fillers[n % fillers.length] : w);
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
