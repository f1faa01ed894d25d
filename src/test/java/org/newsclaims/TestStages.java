package org.newsclaims;

import java.nio.file.Path;
import org.newsclaims.pipeline.Stages;

/**
 * The stages the tests share, built as a command builds them: from the project's {@code models/}, read
 * once per test run, with one CoreNLP annotator (its pipeline loads once).
 */
public final class TestStages {

    public static final Models MODELS = Models.read(Path.of("models"));
    public static final Stages STAGES = Stages.of(MODELS);

    private TestStages() {
    }
}
