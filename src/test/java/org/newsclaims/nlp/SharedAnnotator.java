package org.newsclaims.nlp;

/** The annotator the tests share, as the commands share one: CoreNLP's Chinese pipeline loads once per test run. */
public final class SharedAnnotator {

    public static final ChineseAnnotator ANNOTATOR = new ChineseAnnotator();

    private SharedAnnotator() {
    }
}
