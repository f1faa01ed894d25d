package org.newsclaims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This program's version and the CoreNLP model artifact it runs, as pom.xml named them when it was built. */
public final class BuildInfo {

    public static final String VERSION;
    /** The Maven artifact of CoreNLP's Chinese models, e.g. {@code stanford-corenlp-4.5.10-models-chinese}. */
    public static final String CORENLP_MODELS;

    static {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the classpath: rebuild with mvn package");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VERSION = p.getProperty("version");
        CORENLP_MODELS = p.getProperty("corenlp.models");
    }

    private BuildInfo() {
    }
}
