package org.newsclaims.dedup;

/**
 * Something that survives reprinting, spinning and translation: a money amount
 * ({@code $USD:5000000000}), a number ({@code #600}), a percentage ({@code %82}), a year
 * ({@code y2024}) or a Latin-script name ({@code @openai}), with how much a match on it says.
 */
public record Anchor(String key, double weight) {

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
}
