package org.newsclaims.claims;

/** A rule match in an article: its span and value (a metric, or a year rule of {@code time.tsv}). */
record Found(int start, int end, String value) {
}
