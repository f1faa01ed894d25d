package org.newsclaims.normalize;

/**
 * A text after normalization, with a map from every normalized character back to the
 * original characters it came from.
 *
 * <p>{@code origStart[i]}/{@code origEnd[i]} give the original span of normalized char {@code i}.
 * A normalized span {@code [s, e)} maps back to {@code [origStart[s], origEnd[e - 1])}.
 */
public record NormalizedText(String original, String text, int[] origStart, int[] origEnd) {

    public int length() {
        return text.length();
    }

    /** Original offset where the normalized span starting at {@code start} begins. */
    public int toOriginalStart(int start) {
        if (start >= text.length()) {
            return original.length();
        }
        return origStart[start];
    }

    /** Original offset (exclusive) where the normalized span ending at {@code end} ends. */
    public int toOriginalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return origEnd[end - 1];
    }
}
