package org.newsclaims.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One attribution pattern of {@code cues.tsv}, compiled to a regular expression (see the file's
 * header for the syntax). {@code order} is the pattern's line order, used to break ties.
 */
record CuePattern(String source, Pattern regex, String fixedSource, boolean contentBefore, boolean anchored, int order) {

    private static final String CLAUSE_PUNCT = ",，;；:：";
    /** What an anchored ({@code ^}) pattern may follow, besides the start of the sentence. */
    private static final String OPENERS = CLAUSE_PUNCT + "“「\"";
    private static final String SLOT = "(?<x>[^,，;；:：。!?！？“”「」\"()（）]{1,40}?)";

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
                fixedSource, contentBefore, anchored, order);
    }

    /**
     * The first match of an anchored pattern, tried only where it can start (at {@code from} and
     * after an opener): the same match as {@code find()}, without trying every character.
     */
    private static boolean matchesAtAnOpening(Matcher m, String folded, int from, int to) {
        for (int at = from; at < to; at++) {
            if ((at == from || OPENERS.indexOf(folded.charAt(at - 1)) >= 0) && m.region(at, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first match in {@code folded[from, to)} at or after {@code from}, or null. */
    Hit find(String folded, int from, int to) {
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
