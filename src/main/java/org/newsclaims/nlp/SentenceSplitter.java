package org.newsclaims.nlp;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences by ICU's sentence BreakIterator, with every newline a hard break and the Chinese
 * sentence-final marks (。！？ and their ASCII forms, followed by any closing quotes) always
 * ending a sentence, also where ICU would not break (a mark not followed by a space in Latin text).
 * Thread-safe: a BreakIterator is cloned per call.
 */
public final class SentenceSplitter {

    private static final String FINAL = "。！？!?";
    private static final String CLOSERS = "”’」』）)\"'";

    private final BreakIterator prototype;
    private final List<Pattern> breaksAfter;

    public SentenceSplitter(ULocale locale) {
        this(locale, List.of(), List.of());
    }

    /**
     * Also no break after any of {@code abbreviations} (TP. Hồ Chí Minh), which ICU has for some languages only,
     * and a break after each match of {@code breaksAfter} (an image credit run into the sentence after it:
     * "Ảnh: TTXVN Ngày 6/2, …").
     */
    public SentenceSplitter(ULocale locale, Collection<String> abbreviations, List<Pattern> breaksAfter) {
        FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getEmptyInstance();
        abbreviations.forEach(filter::suppressBreakAfter);
        this.prototype = filter.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        this.breaksAfter = List.copyOf(breaksAfter);
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator it = (BreakIterator) prototype.clone();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                it.setText(line);
                int s = it.first();
                for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                    splitOnMarks(text, lineStart + s, lineStart + e, paragraph, out);
                }
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private void splitOnMarks(String text, int start, int end, int paragraph, List<Sentence> out) {
        int s = start;
        for (int i = start; i < end; i++) {
            if (FINAL.indexOf(text.charAt(i)) >= 0) {
                int j = i + 1;
                while (j < end && (FINAL.indexOf(text.charAt(j)) >= 0 || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                addBroken(text, s, j, paragraph, out);
                s = j;
                i = j - 1;
            }
        }
        addBroken(text, s, end, paragraph, out);
    }

    private void addBroken(String text, int start, int end, int paragraph, List<Sentence> out) {
        for (Pattern p : breaksAfter) {
            Matcher m = p.matcher(text).region(start, end);
            if (m.find() && m.end() > start && m.end() < end) {
                add(text, start, m.end(), paragraph, out);
                addBroken(text, m.end(), end, paragraph, out);
                return;
            }
        }
        add(text, start, end, paragraph, out);
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, paragraph, text.substring(start, end)));
        }
    }
}
