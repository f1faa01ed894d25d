package org.newsclaims.query;

/**
 * One article found by a search; {@code snippet} is in the original script, with matches between « and ».
 * {@code cluster} and {@code reprints} (other members of its reprint cluster) are set when hits are collapsed.
 */
public record ArticleHit(String docId, String path, String title, String language, String date, float score,
                         String snippet, String cluster, int reprints) {
}
