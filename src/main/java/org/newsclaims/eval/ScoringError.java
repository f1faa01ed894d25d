package org.newsclaims.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One miss, false positive or wrong field. {@code gold} and {@code predicted} are the compared
 * values as text, null where the field is empty; a miss has no {@code predicted}, a false positive
 * no {@code gold}. {@code context} is the sentence around the mention, or null.
 */
public record ScoringError(ErrorClass kind, String lang, String doc, int start, String mention,
                           String gold, String predicted, String context) {

    private static final int CONTEXT_CHARS = 80;

    /** For {@link ErrorClass#METRIC}: the confusion pair, e.g. {@code price→other}. */
    public String metricPair() {
        return gold + "→" + predicted;
    }

    /** One line: document, offset, mention, gold vs predicted, and the sentence where there is one. */
    public String line() {
        StringBuilder sb = new StringBuilder().append(doc).append(' ').append(start).append(' ').append(mention);
        if (kind.hasGold()) {
            sb.append("  gold=").append(gold);
        }
        if (kind.hasPrediction()) {
            sb.append("  predicted=").append(predicted);
        }
        if (context != null) {
            sb.append("  «").append(context).append('»');
        }
        return sb.toString();
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc);
        m.put("start", start);
        m.put("mention", mention);
        m.put("gold", kind.hasGold() ? gold : null);
        m.put("predicted", kind.hasPrediction() ? predicted : null);
        m.put("sentence", context);
        return m;
    }

    /** About {@value #CONTEXT_CHARS} characters of {@code sentence} centred on {@code mention}, on one line. */
    static String around(String sentence, String mention) {
        if (sentence == null) {
            return null;
        }
        String s = sentence.replaceAll("\\s+", " ").strip();
        if (s.length() <= CONTEXT_CHARS) {
            return s;
        }
        int at = mention == null ? -1 : s.indexOf(mention);
        int centre = at < 0 ? 0 : at + mention.length() / 2;
        int from = Math.max(0, Math.min(centre - CONTEXT_CHARS / 2, s.length() - CONTEXT_CHARS));
        int to = from + CONTEXT_CHARS;
        // never cut a character outside the Basic Multilingual Plane in two
        from += Character.isLowSurrogate(s.charAt(from)) ? 1 : 0;
        to += to < s.length() && Character.isLowSurrogate(s.charAt(to)) ? 1 : 0;
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }
}
