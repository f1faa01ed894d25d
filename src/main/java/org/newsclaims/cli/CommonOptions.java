package org.newsclaims.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsclaims.Models;
import org.newsclaims.UserError;
import org.newsclaims.pipeline.Stages;
import picocli.CommandLine.Option;

/** Options every subcommand takes, and what the command builds from them once. */
public final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory holding the index (default: ${DEFAULT-VALUE}).")
    Path data;

    // the launcher names the installation's models/ (-Dnewsclaims.models), so they are found from any working directory
    @Option(names = "--models", paramLabel = "DIR", defaultValue = "${sys:newsclaims.models:-models}",
            description = "Rules and lexicons that drive extraction (default: ${DEFAULT-VALUE}).")
    Path modelsDir;

    @Option(names = "--verbose", description = "On an error, show its stack trace and the errors that caused it.")
    boolean verbose;

    private Models models;
    private Stages stages;

    public Path data() {
        return data;
    }

    /** The files under {@code --models}, read on first use. */
    Models models() throws UserError {
        if (models == null) {
            if (!Files.isDirectory(modelsDir)) {
                throw new UserError("no models directory " + modelsDir);
            }
            models = Models.read(modelsDir);
        }
        return models;
    }

    /** Every stage, built from {@link #models()} on first use. */
    Stages stages() throws UserError {
        if (stages == null) {
            stages = Stages.of(models());
        }
        return stages;
    }
}
