package org.newsclaims.dedup;

import java.util.Set;

/**
 * Something that survives reprinting, spinning and translation: a money amount
 * ({@code $USD:5000000000}), a number ({@code #600}), a percentage ({@code %82}), a year
 * ({@code y2024}), a day of the year ({@code d2-9}) or a Latin-script name ({@code @openai}), with how
 * much a match on it says.
 */
public record Anchor(String key, double weight) {

    /** Currencies written with the same 元, which a bare 元 is read as by the article's cues. */
    private static final Set<String> YUAN = Set.of("CNY", "TWD", "HKD");

    /** Stored form: key and weight, e.g. {@code $USD:5000000000/3.0}. */
    @Override
    public String toString() {
        return key + "/" + weight;
    }

    /** The anchor of its stored form ({@link #toString}). */
    public static Anchor parse(String stored) {
        int slash = stored.lastIndexOf('/');
        return new Anchor(stored.substring(0, slash), Double.parseDouble(stored.substring(slash + 1)));
    }

    /**
     * The same figure: equal keys, or equal amounts in two currencies of 元 (a bare 元 read as TWD
     * in a Traditional article is CNY once the article is converted to Simplified).
     */
    public boolean sameAs(Anchor other) {
        if (key.equals(other.key)) {
            return true;
        }
        if (!isMoney() || !other.isMoney()) {
            return false;
        }
        int colon = key.indexOf(':');
        int otherColon = other.key.indexOf(':');
        return colon > 0 && otherColon > 0 && key.substring(colon).equals(other.key.substring(otherColon))
                && YUAN.contains(key.substring(1, colon)) && YUAN.contains(other.key.substring(1, otherColon));
    }

    boolean isDate() {
        return key.startsWith("d");
    }

    boolean isMoney() {
        return key.startsWith("$");
    }
}
