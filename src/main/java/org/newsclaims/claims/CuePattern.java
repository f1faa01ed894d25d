package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One attribution pattern of {@code cues.tsv}, compiled to a regular expression (see the file's
 * header for the syntax). {@code order} is the pattern's line order, used to break ties.
 */
record CuePattern(String source, Pattern regex, String fixedSource, boolean contentBefore, boolean anchored,
                  SlotVerbs slotVerbs, String opening, List<List<String>> required, int order) {

    private static final String CLAUSE_PUNCT = ",，;；:：";
    /** What an anchored ({@code ^}) pattern may follow, besides the start of the sentence. */
    private static final String OPENERS = CLAUSE_PUNCT + "“「\"";
    /** What the source slot cannot hold. */
    private static final String SLOT_STOPS = ",，;；:：。!?！？“”「」\"()（）";
    private static final int SLOT_MAX = 40;
    /** The longest bracketed aside (a stock code, a full name) a slot pattern lets stand before its words. */
    private static final int MAX_ASIDE = 12;
    private static final Pattern ASIDE = Pattern.compile("^\\(\\?:\\[（\\(\\][^\\]]*\\]\\{\\d+,\\d+\\}\\[）\\)\\]\\)\\?");
    private static final String SLOT = "(?<x>[^" + SLOT_STOPS + "]{1," + SLOT_MAX + "}?)";
    private static final Pattern LITERAL = Pattern.compile("[^\\\\.\\[\\]{}()*+?^$|]+");
    /** Lookbehinds that open a pattern: they look before the match, so they are not part of its opening words. */
    private static final Pattern LOOKBEHINDS = Pattern.compile("^(\\(\\?<[!=][^()]*\\))+");

    /**
     * For a pattern that opens with its slot and then one of some words ({@code ^{X}(表示|指出|…)}):
     * the words, and what stands between slot and word. A clause can only match where one of the
     * words follows within the slot's reach, which is much cheaper to check than the regex, which
     * tries every length of the slot against every word. Words of optional groups before the first
     * required one count too ({@code (近日|日前)?(发布|…)}), and with {@code aside} a bracket right
     * after the slot may stand before them ({@code 阿民（曾裕民）说}, {@code 友邦吊顶（002718）发布}).
     */
    record SlotVerbs(String spacer, List<String> words, String firstChars, boolean aside) {

        SlotVerbs(String spacer, List<String> words, boolean aside) {
            this(spacer, words, words.stream().map(w -> w.substring(0, 1).toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining()),
                    aside);
        }

        /** Whether one of the words can follow a slot that starts at {@code at} or after the spaces there. */
        boolean within(String text, int at, int to) {
            int x = at;
            while (x < to && Character.isWhitespace(text.charAt(x))) {
                x++;
            }
            for (int j = at + 1; j <= Math.min(to, x + SLOT_MAX); j++) {
                char c = text.charAt(j - 1);
                if (SLOT_STOPS.indexOf(c) >= 0) {
                    if (!aside || c != '(' && c != '（' || j - 1 == at) {
                        return false;
                    }
                    for (int k = j; k < Math.min(to, j + MAX_ASIDE + 1); k++) {
                        if (text.charAt(k) == ')' || text.charAt(k) == '）') {
                            return wordAt(text, k + 1, to);
                        }
                    }
                    return false;
                }
                if (text.startsWith(spacer, j) && wordAt(text, j + spacer.length(), to)) {
                    return true;
                }
            }
            return false;
        }

        private boolean wordAt(String text, int w0, int to) {
            if (w0 >= to || firstChars.indexOf(Character.toLowerCase(text.charAt(w0))) < 0) {
                return false;
            }
            for (String w : words) {
                if (text.regionMatches(true, w0, w, 0, w.length())) {
                    return true;
                }
            }
            return false;
        }

        /** The slot words of {@code pattern} (without its {@code ^}), or null when it does not open with them. */
        static SlotVerbs of(String pattern) {
            if (!pattern.startsWith("{X}")) {
                return null;
            }
            String rest = pattern.substring(3);
            Matcher aside = ASIDE.matcher(rest);
            boolean bracket = aside.lookingAt();
            rest = bracket ? rest.substring(aside.end()) : rest;
            int open = rest.indexOf('(');
            if (open < 0 || !rest.substring(0, open).isBlank() || bracket && open > 0) {
                return null;
            }
            String spacer = rest.substring(0, open);
            rest = rest.substring(open);
            List<String> words = new ArrayList<>();
            while (rest.startsWith("(")) {
                int close = rest.indexOf(')');
                if (close < 0) {
                    return null;
                }
                List<String> group = List.of(rest.substring(1, close).split("\\|"));
                if (!group.stream().allMatch(w -> LITERAL.matcher(w).matches())) {
                    return null;
                }
                words.addAll(group);
                if (close + 1 >= rest.length() || rest.charAt(close + 1) != '?') {
                    return new SlotVerbs(spacer, words, bracket);
                }
                rest = rest.substring(close + 2);
            }
            return null;
        }
    }

    /** A match in a sentence: the cue's span, the source slot's span (or -1), and the cue words. */
    record Hit(CuePattern pattern, int start, int end, int sourceStart, int sourceEnd, String label) {
    }

    static CuePattern compile(String source, String fixedSource, int order) {
        String p = source.strip();
        boolean anchored = p.startsWith("^");
        if (anchored) {
            p = p.substring(1);
        }
        boolean followPunct = p.endsWith(">");
        boolean contentBefore = p.endsWith("<");
        if (followPunct || contentBefore) {
            p = p.substring(0, p.length() - 1);
        }
        StringBuilder re = new StringBuilder();
        if (anchored) {
            re.append("(?:^|(?<=[").append(OPENERS).append("]))\\s*");
        }
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (p.startsWith("{X}", i)) {
                re.append(SLOT);
                i += 2;
            } else if (c == '{') {
                depth++;
                re.append(c);
            } else if (c == '}') {
                depth--;
                re.append(c);
            } else if (c == ',' && depth == 0) {
                re.append("(?:\\s*[,，:：]|\\s*$)");
            } else {
                re.append(c);
            }
        }
        if (followPunct) {
            re.append("(?=\\s*[,，:：“「\"]|\\s*$)");
        }
        if (Character.isLetter(p.charAt(p.length() - 1)) && Lexicon.isLatin(p.charAt(p.length() - 1))) {
            re.append("(?!\\p{L})");
        }
        return new CuePattern(source, Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                fixedSource, contentBefore, anchored, anchored ? SlotVerbs.of(p) : null, opening(p), required(p), order);
    }

    /**
     * What every match of pattern {@code p} holds: each top-level group of plain alternatives that
     * is not optional, and each top-level run of plain characters, as a list of alternatives. Where
     * a sentence lacks one of them the pattern cannot match there, and looking for them is far
     * cheaper than the regex. Null where the pattern has top-level alternatives or none of these.
     */
    static List<List<String>> required(String p) {
        if (hasTopLevelAlternative(p)) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean quantified = i + 1 < p.length() && "?*{+".indexOf(p.charAt(i + 1)) >= 0 && !p.startsWith("{X}", i + 1);
            if (depth == 0 && LITERAL.matcher(String.valueOf(c)).matches() && c != ',' && c != '<' && c != '>' && !quantified) {
                run.append(c);
                continue;
            }
            addRun(run, out);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(p, i);
            } else if (c == '{') {
                i = p.startsWith("{X}", i) ? i + 2 : Math.max(i, p.indexOf('}', i));
            } else if (c == '(') {
                int close = p.indexOf(')', i);
                String inner = close < 0 ? "" : p.substring(i + 1, close);
                boolean optional = close + 1 < p.length() && "?*{".indexOf(p.charAt(close + 1)) >= 0;
                if (depth == 0 && close > 0 && !optional && !inner.isEmpty()
                        && Arrays.stream(inner.split("\\|")).allMatch(w -> LITERAL.matcher(w).matches())) {
                    out.add(Arrays.stream(inner.split("\\|")).map(w -> w.toLowerCase(Locale.ROOT)).toList());
                    i = close;
                } else {
                    depth++;
                }
            } else if (c == ')') {
                depth--;
            }
        }
        addRun(run, out);
        return out.isEmpty() ? null : out;
    }

    private static void addRun(StringBuilder run, List<List<String>> out) {
        String words = run.toString().strip();
        if (!words.isEmpty()) {
            out.add(List.of(words.toLowerCase(Locale.ROOT)));
        }
        run.setLength(0);
    }

    private static boolean hasTopLevelAlternative(String p) {
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(p, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the {@code ]} that closes the character class opening at {@code open}. */
    private static int classEnd(String p, int open) {
        for (int i = open + 1; i < p.length(); i++) {
            if (p.charAt(i) == '\\') {
                i++;
            } else if (p.charAt(i) == ']') {
                return i;
            }
        }
        return p.length();
    }

    /**
     * The words every match of pattern {@code p} opens with (past its lookbehinds), when they have
     * no upper or lower case (Chinese); else null. Where the text does not hold them, the pattern
     * cannot match, and a search for them is far cheaper than the regex.
     */
    static String opening(String p) {
        String rest = LOOKBEHINDS.matcher(p).replaceFirst("");
        int depth = 0;
        for (char c : rest.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '|' && depth == 0 || c == '\\') {
                return null;
            }
        }
        Matcher run = LITERAL.matcher(rest);
        // a comma stands for any clause break (see compile), so the words end before it
        int end = run.lookingAt() ? run.end() : 0;
        int comma = rest.indexOf(',');
        end = comma >= 0 ? Math.min(end, comma) : end;
        // a quantifier after the run (有?) applies to its last character only
        if (end < rest.length() && "*?{+".indexOf(rest.charAt(end)) >= 0 && !rest.startsWith("{X}", end)) {
            end--;
        }
        String words = rest.substring(0, Math.max(0, end));
        return !words.isEmpty() && words.chars().allMatch(c -> Character.toLowerCase(c) == c && Character.toUpperCase(c) == c) ? words : null;
    }

    /**
     * The first match of an anchored pattern, tried only where it can start (at {@code from} and
     * after an opener): the same match as {@code find()}, without trying every character.
     */
    private boolean matchesAtAnOpening(Matcher m, String folded, int from, int to) {
        for (int at = from; at < to; at++) {
            if ((at == from || OPENERS.indexOf(folded.charAt(at - 1)) >= 0)
                    && (slotVerbs == null || slotVerbs.within(folded, at, to)) && m.region(at, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first match in {@code folded[from, to)} at or after {@code from}, or null. */
    Hit find(String folded, int from, int to) {
        if (opening != null) {
            int at = folded.indexOf(opening, from);
            if (at < 0 || at + opening.length() > to) {
                return null;
            }
        }
        if (required != null && !required.stream().allMatch(any -> any.stream().anyMatch(w -> {
            int at = folded.indexOf(w, from);
            return at >= 0 && at + w.length() <= to;
        }))) {
            return null;
        }
        Matcher m = regex.matcher(folded);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(true);
        if (anchored ? !matchesAtAnOpening(m, folded, from, to) : !m.region(from, to).find()) {
            return null;
        }
        boolean hasSlot = regex.pattern().contains("(?<x>");
        int xs = hasSlot ? m.start("x") : -1;
        int xe = hasSlot ? m.end("x") : -1;
        if (fixedSource != null) {
            String fixed = Fold.fold(fixedSource);
            int at = folded.indexOf(fixed, m.start());
            if (at >= 0 && at + fixed.length() <= m.end()) {
                xs = at;
                xe = at + fixed.length();
            }
        }
        String label = hasSlot
                ? folded.substring(m.start(), xs) + "…" + folded.substring(xe, m.end())
                : folded.substring(m.start(), m.end());
        label = label.replaceAll("[\\s,，:：。“”「」\"]+", " ").strip();
        label = label.replaceAll("^…\\s*|\\s*…$", "").strip();
        return new Hit(this, m.start(), m.end(), xs, xe, label);
    }
}
