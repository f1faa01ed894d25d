package org.newsclaims.dedup;

import java.util.List;

/**
 * That the article at {@code path} is a reprint of, or reprinted as, the article being linked; or,
 * as relation {@code apart}, that it is template news (the same wording, other figures) that must
 * stay out of its cluster.
 *
 * @param relation    duplicate | near_duplicate | script_variant | spun | translation | apart
 * @param score       how sure: Jaccard similarity for copies, anchor agreement for spun copies and translations
 * @param jaccard     exact Jaccard similarity of the folded shingles (0 across languages)
 * @param anchorScore share of the lighter side's anchor weight matched in order
 * @param aligned     the anchors matched in order
 */
public record ReprintLink(String path, String docId, String relation, double score, double jaccard,
                          double anchorScore, int sharedShingles, List<String> aligned) {

    public static final String APART = "apart";

    public ReprintLink {
        aligned = List.copyOf(aligned);
    }

    public boolean reprint() {
        return !APART.equals(relation);
    }

    /** Stored form (one line): path, doc id, relation, score. */
    public String stored() {
        return path + "\t" + docId + "\t" + relation + "\t" + String.format(java.util.Locale.ROOT, "%.3f", score);
    }
}
