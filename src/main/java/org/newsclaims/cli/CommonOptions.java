package org.newsclaims.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
public final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory holding the index (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--verbose", description = "On an error, show its stack trace and the errors that caused it.")
    boolean verbose;

    public Path data() {
        return data;
    }
}
