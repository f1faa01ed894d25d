package org.newsclaims.ingest;

import com.ibm.icu.text.Normalizer2;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsclaims.Models;

/**
 * Separates an article from the site chrome around it, line by line, with the patterns of
 * {@code models/ingest/chrome.tsv}. The result is the list of body ranges of the text.
 */
public final class ChromeFilter {

    private record Rule(boolean tail, Pattern pattern) {
    }

    /** Head lines this long are text (a wrapped first line), not a byline, site name or meta line. */
    private static final double HEAD_TEXT_WORDS = 15;
    /**
     * A head line of this many words written apart is a headline, not chrome left over (a section name, a byline):
     * the first such is the title. Han lines are not counted so, as a six-character site name is as long.
     */
    private static final int TITLE_MIN_WORDS = 6;

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final List<Rule> rules;

    private ChromeFilter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads {@code ingest/chrome.tsv}. */
    static ChromeFilter load(Models models) {
        String table = "ingest/chrome.tsv";
        Path file = models.path(table);
        List<Rule> rules = new ArrayList<>();
        List<String> lines = models.lines(table);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || !(cols[0].equals("line") || cols[0].equals("tail"))) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected 'line|tail<TAB>regex<TAB>note'");
            }
            try {
                rules.add(new Rule(cols[0].equals("tail"), Pattern.compile(cols[1])));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": bad regex: " + e.getDescription(), e);
            }
        }
        return new ChromeFilter(rules);
    }

    /**
     * Where the article is in a page's text.
     *
     * @param body      body lines in order, chrome left out; the title is the first of them
     * @param title     the headline line, or null when the text has no head before its first paragraph
     * @param bodyStart offset where running text starts: what comes before is the page head (title, byline, meta)
     */
    public record Layout(List<Span> body, Span title, int bodyStart) {
    }

    /**
     * Splits {@code text} into lines and keeps the article's: not chrome, not after a tail marker
     * in the second half of the text, and in the head (before the first paragraph) only the
     * headline, taken as the first head line of six words or more written apart that carries no date (a lede
     * after it is longer), else the longest undated one, and lines long enough to be text.
     */
    public Layout layout(String text) {
        List<Span> lines = lines(text);
        int half = text.length() / 2;
        List<Span> kept = new ArrayList<>();
        for (Span line : lines) {
            String content = NFKC.normalize(text.substring(line.start(), line.end()));
            Rule hit = match(content, line.start() >= half);
            if (hit != null && hit.tail()) {
                break;
            }
            if (hit == null) {
                kept.add(line);
            }
        }
        int firstParagraph = 0;
        while (firstParagraph < kept.size() && !isParagraph(text, kept.get(firstParagraph))) {
            firstParagraph++;
        }
        if (firstParagraph == kept.size()) {
            return new Layout(kept, kept.isEmpty() ? null : kept.get(0), kept.isEmpty() ? 0 : kept.get(0).start());
        }
        Span title = null;
        Span longest = null;
        for (Span line : kept.subList(0, firstParagraph)) {
            boolean dated = DateFinder.firstDate(text.substring(line.start(), line.end())) != null;
            if (!dated && title == null && spaces(text, line) >= TITLE_MIN_WORDS - 1) {
                title = line;
            }
            if (!dated && (longest == null || line.end() - line.start() > longest.end() - longest.start())) {
                longest = line;
            }
        }
        title = title == null ? longest : title;
        List<Span> body = new ArrayList<>();
        int bodyStart = kept.get(firstParagraph).start();
        for (Span line : kept.subList(0, firstParagraph)) {
            boolean textLine = line != title && words(text, line) >= HEAD_TEXT_WORDS;
            if (line == title || textLine) {
                body.add(line);
            }
            if (textLine) {
                bodyStart = Math.min(bodyStart, line.start());
            }
        }
        body.addAll(kept.subList(firstParagraph, kept.size()));
        return new Layout(body, title, bodyStart);
    }

    /**
     * A line of running text: about 40 words long (a Han character counts as a word, four other
     * characters as one), or with two or more punctuation marks inside it (wrapped lines of a PDF
     * paragraph), or at least 8 words ending like a sentence (not like a headline's question).
     */
    private static boolean isParagraph(String text, Span line) {
        char last = text.charAt(line.end() - 1);
        return words(text, line) >= 40 || innerPunctuation(text, line) >= 2
                || words(text, line) >= 8 && "。！!…".indexOf(last) >= 0;
    }

    private static int spaces(String text, Span line) {
        return (int) text.substring(line.start(), line.end()).chars().filter(c -> c == ' ').count();
    }

    /** Words in a line: a Han character counts as one, four other non-space characters as one. */
    private static double words(String text, Span line) {
        double words = 0;
        for (int i = line.start(); i < line.end(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (com.ibm.icu.lang.UScript.getScript(cp) == com.ibm.icu.lang.UScript.HAN) {
                words += 1;
            } else if (!Character.isWhitespace(cp)) {
                words += 0.25;
            }
        }
        return words;
    }

    private static int innerPunctuation(String text, Span line) {
        int n = 0;
        for (int i = line.start(); i < line.end() - 1; i++) {
            if ("，,。、；;！!？?".indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The first rule that matches; tail rules only count in the second half of the text, and win there. */
    private Rule match(String line, boolean secondHalf) {
        Rule lineRule = null;
        for (Rule r : rules) {
            if (r.pattern().matcher(line).find()) {
                if (r.tail() && secondHalf) {
                    return r;
                }
                if (!r.tail() && lineRule == null) {
                    lineRule = r;
                }
            }
        }
        return lineRule;
    }

    /** Non-blank lines as trimmed spans. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int s = start;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            if (end >= n) {
                break;
            }
            start = end + 1;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
