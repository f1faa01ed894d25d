package org.newsclaims.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.newsclaims.export.Column;
import org.newsclaims.export.Column.Type;

/** The columns of the datasets that {@code export} has no counterpart of: reprint links and cluster members. */
final class Rows {

    private static final int SCORE_PLACES = 6;

    static final List<Column<ReprintGraph.Link>> LINK_COLUMNS = List.of(
            column("doc_id", Type.STRING, "Id of the article the link is stored with.", ReprintGraph.Link::docId),
            column("path", Type.STRING, "Its file, or the target URI of its WARC record.", ReprintGraph.Link::path),
            column("other_doc_id", Type.STRING, "Id of the article it is a reprint of, or reprinted as.", ReprintGraph.Link::otherDocId),
            column("other_path", Type.STRING, "That article's file or URI.", ReprintGraph.Link::otherPath),
            column("relation", Type.STRING, "duplicate, near_duplicate, script_variant, spun or translation.", ReprintGraph.Link::relation),
            column("score", Type.DECIMAL, "How sure: Jaccard similarity for copies, anchor agreement for spun copies and translations.",
                    l -> score(l.score())),
            column("jaccard", Type.DECIMAL, "Jaccard similarity of the script-folded shingles (0 across languages).", l -> score(l.jaccard())),
            column("anchor_score", Type.DECIMAL, "Share of the lighter side's anchor weight matched in order.", l -> score(l.anchorScore())),
            column("shared_shingles", Type.INT, "Shingles the two articles share.", ReprintGraph.Link::sharedShingles));

    static final List<Column<SparkJob.Placed>> CLUSTER_COLUMNS = List.of(
            column("cluster_id", Type.STRING, "The doc_id of the cluster's canonical article.", SparkJob.Placed::clusterId),
            column("doc_id", Type.STRING, "Id of the member article.", p -> p.doc().docId()),
            column("path", Type.STRING, "Its file, or the target URI of its WARC record.", p -> p.doc().path()),
            column("lang", Type.STRING, "Language tag (BCP 47): zh-Hans, zh-Hant or vi.", p -> p.doc().lang()),
            column("title", Type.STRING, "The article's title.", p -> p.doc().title()),
            column("relation", Type.STRING, "To the canonical: canonical, spun, duplicate, near_duplicate, script_variant or translation.",
                    p -> p.membership().relation()),
            column("score", Type.DECIMAL, "Score of the link that relation comes from (1 for the canonical article).",
                    p -> score(p.membership().score())),
            column("canonical", Type.BOOLEAN, "The article is its cluster's canonical article.", SparkJob.Placed::canonical));

    private Rows() {
    }

    private static <R> Column<R> column(String name, Type type, String description, java.util.function.Function<R, Object> value) {
        return new Column<>(name, type, null, description, value);
    }

    private static BigDecimal score(double s) {
        return BigDecimal.valueOf(s).setScale(SCORE_PLACES, RoundingMode.HALF_EVEN);
    }
}
