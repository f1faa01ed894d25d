package org.newsclaims.spark;

import java.io.Serializable;

/**
 * What became of one input record: an article, the reason it could not be read ({@code source} names the
 * record), or neither: a web page of a crawl in another language, passed over.
 */
record Outcome(Doc doc, String source, String failure) implements Serializable {

    static Outcome read(Doc doc) {
        return new Outcome(doc, doc.path(), null);
    }

    static Outcome otherLanguage(String source) {
        return new Outcome(null, source, null);
    }

    static Outcome failed(String source, String reason) {
        return new Outcome(null, source, reason);
    }
}
