package org.newsclaims.spark;

import java.io.Serializable;
import java.util.List;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.query.ClaimHit;

/**
 * One article read and extracted on an executor: what the datasets and reprint clustering need of it.
 * {@code path}: the file as {@code ingest} keys it, or a WARC record's target URI; {@code body} the article
 * without site chrome; {@code text}: the whole text where it carries a translation notice (what clustering
 * reads it for), else null, since Spark moves every byte of it; {@code claims} not yet in a cluster.
 */
record Doc(String path, String docId, String lang, String title, String date, boolean dateTrusted, String body, String text,
           Print print, List<ClaimHit> claims) implements Serializable {

    /** The year directory of the article's rows. */
    static final String UNDATED = "undated";

    /** The article as clustering sees it, with its reprint links (each {target path, doc id, relation, score}). */
    Clusters.Node node(List<String[]> links) {
        return new Clusters.Node(path, docId, lang, title, date, dateTrusted, links);
    }

    /** The article without what clustering does not read: its fingerprint and claims. */
    Doc forClustering() {
        return new Doc(path, docId, lang, title, date, dateTrusted, body, text, null, List.of());
    }

    /** The texts clustering reads: the body stands for a whole text that holds no translation notice. */
    Clusters.Texts texts() {
        return new Clusters.Texts(body, text != null ? text : body);
    }

    /** Where the article's rows go in each dataset: language, then year of publication. */
    String partition() {
        return partition(lang, date);
    }

    static String partition(String lang, String date) {
        return lang + "/" + (date == null ? UNDATED : date.substring(0, 4));
    }
}
