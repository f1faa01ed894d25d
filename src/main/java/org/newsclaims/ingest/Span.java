package org.newsclaims.ingest;

/** A half-open range {@code [start, end)} of UTF-16 offsets into an article's original text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(int s, int e) {
        return s < end && e > start;
    }
}
