package org.newsclaims.spark;

import java.io.Serializable;

/** What became of one input record: an article, or the reason it could not be read ({@code source} names the record). */
record Outcome(Doc doc, String source, String failure) implements Serializable {

    static Outcome read(Doc doc) {
        return new Outcome(doc, doc.path(), null);
    }

    static Outcome failed(String source, String reason) {
        return new Outcome(null, source, reason);
    }
}
