package org.newsclaims.spark;

import java.nio.file.Path;
import org.newsclaims.Models;
import org.newsclaims.pipeline.Stages;

/**
 * The stages a Spark task runs, built as {@code ingest} builds them ({@link Stages}), once per JVM: every
 * task an executor runs shares them (CoreNLP's Chinese models take seconds and hundreds of megabytes to
 * load; the stages are thread-safe).
 */
final class ExecutorStages {

    /** What the stages are built from: shipped to executors with each task. */
    record Settings(String modelsDir, long maxBytes) implements java.io.Serializable {
    }

    private static Stages loaded;
    private static Settings loadedFor;

    private ExecutorStages() {
    }

    static synchronized Stages get(Settings settings) {
        if (loaded == null || !loadedFor.equals(settings)) {
            Stages stages = Stages.of(Models.read(Path.of(settings.modelsDir())));
            loaded = stages.withReader(stages.reader().withMaxBytes(settings.maxBytes()));
            loadedFor = settings;
        }
        return loaded;
    }

    /** Makes CoreNLP in this JVM forget the spans it remembers, if it is loaded. */
    static synchronized void forgetSpans() {
        if (loaded != null) {
            loaded.annotator().forgetSpans();
        }
    }
}
